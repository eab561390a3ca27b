// The guides in Chromium: generated tables match the collections, the table of contents points at
// real anchors, and no link opens a new window without saying so.
import { verifiedStatus } from '../../src/lib/citations/status';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import { sortEditors } from '../../src/lib/catalogue/editors';
import { legalCitationStart } from '../../src/lib/guides/citation';

const baseUrl = inject('baseUrl');
const { catalogue } = loadCatalogue('content');
let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	page = await newPage(browser);
});
afterAll(async () => {
	await browser?.close();
});

/** The row headers of the table with this caption (the first cell of each row). */
async function rowHeaders(caption: string): Promise<string[]> {
	const table = page.getByRole('table', { name: caption });
	return (await table.locator('tbody th').allTextContents()).map((text) => text.trim());
}

describe('guide « Aides des CCAS »', () => {
	beforeAll(async () => {
		await page.goto(`${baseUrl}/guides/aides-ccas-api-particulier/`);
	});

	it.each([
		['api-particulier', 'Données de l’API Particulier utiles à un CCAS'],
		['api-impot-particulier', 'Données de l’API Impôt particulier (DGFiP) utiles à un CCAS'],
	] as const)('lists every data item of %s, in catalogue order', async (api, caption) => {
		const expected = catalogue.data
			.filter((item) => item.api === api)
			.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
			.map((item) => item.label);
		expect(await rowHeaders(caption)).toEqual(expected);
		const links = await page
			.getByRole('table', { name: caption })
			.locator('tbody th a')
			.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
		expect(links).toEqual(
			catalogue.data
				.filter((item) => item.api === api)
				.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
				.map((item) => `/donnees/${item.id}/`),
		);
	});

	it('lists the active CCAS editors of the collection', async () => {
		const expected = sortEditors(
			catalogue.editors.filter(
				(editor) => editor.status === 'actif' && editor.useCases.includes('ccas'),
			),
		).map((editor) => editor.solution);
		expect(expected.length).toBeGreaterThan(2);
		expect(
			await rowHeaders('Éditeurs connectés à l’API Particulier : Aides sociales des CCAS'),
		).toEqual(expected);
	});

	it('shows the legal texts with their current status', async () => {
		const table = page.getByRole('table', {
			name: 'Textes sur lesquels s’appuie l’accès du CCAS aux données',
		});
		for (const row of await table.locator('tbody tr').all()) {
			const citation = (await row.locator('th').textContent())?.trim() ?? '';
			const article = catalogue.legal.find((entry) => legalCitationStart(entry) === citation);
			expect(article, citation).toBeDefined();
			// The badge says what was verified (« En vigueur selon le texte de 2015 »…), as legal pages do.
			if (!article) continue;
			await expect(row.locator('td').nth(1).textContent()).resolves.toBe(
				verifiedStatus(article).label,
			);
			await expect(row.getByRole('link').last().getAttribute('href')).resolves.toBe(article?.url);
		}
	});
});

describe('guide « Préparer la délibération »', () => {
	it('cites an abrogated article with its status and its successor, from content/legal', async () => {
		await page.goto(`${baseUrl}/guides/preparer-la-deliberation/`);
		const paragraph = page.locator('main p', { hasText: 'Trois erreurs fréquentes' });
		await expect(paragraph.textContent()).resolves.toMatch(
			/L’article R\. 114-9-3 du CRPA \(abrogé, remplacé par l’article D\. 114-9-1 du CRPA\) ne se cite plus/,
		);
		await expect(
			paragraph.getByRole('link', { name: 'article D. 114-9-1 du CRPA' }).getAttribute('href'),
		).resolves.toBe('/cadre-juridique/crpa-d114-9-1/');
	});
});

describe.each(catalogue.guides.map((guide) => guide.id))('guide %s', (id) => {
	beforeAll(async () => {
		await page.goto(`${baseUrl}/guides/${id}/`);
	});

	it('has a generated table of contents whose links all reach a heading', async () => {
		const toc = page.getByRole('navigation', { name: 'Sommaire' });
		const hrefs = await toc
			.getByRole('link')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		const headings = await page
			.locator('main h2[id], main h3[id]')
			.evaluateAll((elements) =>
				elements.filter((element) => !element.closest('nav')).map((element) => `#${element.id}`),
			);
		expect(hrefs).toEqual(headings);
		expect(hrefs.length).toBeGreaterThan(5);
	});

	it('resolves every in-page link and says « nouvelle fenêtre » only for links that open one', async () => {
		const links = await page.locator('main a').evaluateAll((anchors) =>
			anchors.map((anchor) => ({
				href: anchor.getAttribute('href') ?? '',
				target: anchor.getAttribute('target'),
				name: `${anchor.textContent ?? ''} ${anchor.getAttribute('title') ?? ''}`,
			})),
		);
		for (const link of links) {
			expect(link.target === '_blank', link.href).toBe(/nouvelle fenêtre/i.test(link.name));
			if (link.href.startsWith('#'))
				expect(await page.locator(link.href).count(), link.href).toBe(1);
		}
	});
});
