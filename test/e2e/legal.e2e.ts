// The legal pages the issue names: an abrogated article points to its successor, L114-8 to its current version.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser';

const baseUrl = inject('baseUrl');
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
});
