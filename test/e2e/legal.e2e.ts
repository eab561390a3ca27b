// The legal pages the issue names: an abrogated article points to its successor, L114-8 to its current version.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './browser';
import { sitemapPaths } from './site';

const baseUrl = inject('baseUrl');
const legalPaths = (await sitemapPaths(baseUrl)).filter((path) =>
	path.startsWith('/cadre-juridique/'),
);
let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	page = await newPage(browser);
});
afterAll(async () => {
	await browser?.close();
});

describe('cadre juridique', () => {
	it('marks R114-9-3 abrogated and links to D114-9-1', async () => {
		await page.goto(`${baseUrl}/cadre-juridique/crpa-r114-9-3/`);
		await expect(page.getByText('Abrogé', { exact: true }).first().isVisible()).resolves.toBe(true);
		const successor = page.getByRole('link', { name: /D\. 114-9-1/ });
		await expect(successor.first().getAttribute('href')).resolves.toBe(
			'/cadre-juridique/crpa-d114-9-1/',
		);
		await successor.first().click();
		await page.waitForURL(`${baseUrl}/cadre-juridique/crpa-d114-9-1/`);
		await expect(page.locator('h1').textContent()).resolves.toMatch(/D\. 114-9-1/);
	});

	it('links L114-8 to its current version LEGIARTI000045213315', async () => {
		await page.goto(`${baseUrl}/cadre-juridique/crpa-l114-8/`);
		const link = page.getByRole('link', { name: 'Lire l’article sur Légifrance' });
		await expect(link.getAttribute('href')).resolves.toBe(
			'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045213315',
		);
	});

	it('lists articles by code with their status in the index', async () => {
		await page.goto(`${baseUrl}/cadre-juridique/`);
		const row = page.getByRole('row', { name: /R114-9-3/ });
		await expect(row.getByText('Abrogé', { exact: true }).isVisible()).resolves.toBe(true);
		await expect(
			page
				.getByRole('heading', {
					level: 2,
					name: 'Code des relations entre le public et l’administration',
				})
				.isVisible(),
		).resolves.toBe(true);
	});

	it('says what was verified: « selon le texte de 2015 » for R. 123-5, never a bare « En vigueur »', async () => {
		await page.goto(`${baseUrl}/cadre-juridique/casf-r123-5/`);
		await expect(
			page.getByText('En vigueur selon le texte de 2015', { exact: true }).isVisible(),
		).resolves.toBe(true);
		await expect(page.getByText('En vigueur', { exact: true }).count()).resolves.toBe(0);
		await expect(page.locator('main').textContent()).resolves.toContain(
			'les modifications postérieures n’ont pas été vérifiées',
		);
		// Without an article id, the official link is a search for the article, not the whole code.
		await expect(
			page.getByRole('link', { name: 'Chercher l’article sur Légifrance' }).getAttribute('href'),
		).resolves.toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\/search\/code\?query=R123-5/);
	});

	it('gives R. 114-9-3 one legal date, the date its absence was seen named as such', async () => {
		await page.goto(`${baseUrl}/cadre-juridique/crpa-r114-9-3/`);
		const main = (await page.locator('main').textContent()) ?? '';
		expect(main).toContain('Il a cessé de s’appliquer le 14 mai 2023');
		expect(main).not.toMatch(/abrogé (?:depuis )?le 16 mai 2023/);
		expect(main).toContain('son absence a été constatée dans les données LEGI');
		// Each known version links to its own page on Légifrance.
		await expect(
			page.getByRole('link', { name: 'LEGIARTI000038029900' }).getAttribute('href'),
		).resolves.toBe('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038029900');
	});
});

describe('cadre juridique à 375 px', () => {
	it.each(legalPaths)('%s has no axe violation on a narrow screen', async (path) => {
		const narrow = await newPage(browser);
		await narrow.setViewportSize({ width: 375, height: 800 });
		await narrow.goto(`${baseUrl}${path}`);
		expect(await axeViolations(narrow), path).toEqual([]);
		await narrow.context().close();
	});
});
