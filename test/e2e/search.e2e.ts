// The header search in Chromium: keyboard combobox, the search page with and without JavaScript,
// and the weight of the site's own JavaScript before the search field is focused.
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './browser';
import { kindLabels, type SearchKind } from '../../src/lib/search/kinds';
import type { SearchPayload } from '../../src/lib/search/engine';

const baseUrl = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Presses Tab until the search field has focus, as a keyboard user would. */
async function tabToSearch(page: Page): Promise<void> {
	for (let i = 0; i < 30; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'combobox'))
			return;
	}
	throw new Error('Le champ de recherche n’est pas atteignable au clavier.');
}

describe('header search', () => {
	it('finds a data item with the keyboard and opens it', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/guides/preparer-la-deliberation/`);
		await tabToSearch(page);
		const combobox = page.getByRole('combobox', { name: 'Rechercher dans le site' });
		await expect(combobox.getAttribute('aria-expanded')).resolves.toBe('false');
		await page.keyboard.type('quotien familial');
		const listbox = page.getByRole('listbox', { name: 'Suggestions' });
		await listbox.waitFor();
		await expect(combobox.getAttribute('aria-expanded')).resolves.toBe('true');
		await expect(listbox.getByRole('option').first().textContent()).resolves.toMatch(
			/Quotient familial CAF ou MSA/,
		);
		await page.keyboard.press('ArrowDown');
		const first = listbox.getByRole('option').first();
		await expect(first.getAttribute('aria-selected')).resolves.toBe('true');
		await expect(combobox.getAttribute('aria-activedescendant')).resolves.toBe(
			await first.getAttribute('id'),
		);
		await expect(combobox.evaluate((element) => element === document.activeElement)).resolves.toBe(
			true,
		);
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl}/donnees/quotient-familial/`);
		await page.context().close();
	});

	it('opens a guide section and an abrogated article, accents and spacing ignored', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/`);
		const combobox = page.getByRole('combobox', { name: 'Rechercher dans le site' });
		await combobox.focus();
		await page.keyboard.type('r 114-9-3');
		await page.getByRole('option').first().waitFor();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl}/cadre-juridique/crpa-r114-9-3/`);
		await expect(page.locator('h1').textContent()).resolves.toMatch(/R\. 114-9-3/);
		await combobox.focus();
		await page.keyboard.type('procedure de repli');
		await page.getByRole('option').first().waitFor();
		await page.getByRole('option', { name: /Garder la voie papier/ }).click();
		await page.waitForURL(`${baseUrl}/guides/familles-non-couvertes/#garder-la-voie-papier`);
		await expect(page.locator('#garder-la-voie-papier').isVisible()).resolves.toBe(true);
		await page.context().close();
	});

	it('closes on Escape, clears on a second Escape, and has no axe violation while open', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/donnees/`);
		const combobox = page.getByRole('combobox', { name: 'Rechercher dans le site' });
		await combobox.focus();
		await page.keyboard.type('msa');
		const listbox = page.getByRole('listbox', { name: 'Suggestions' });
		await listbox.waitFor();
		await page.keyboard.press('ArrowDown');
		expect(await axeViolations(page)).toEqual([]);
		await page.keyboard.press('Escape');
		await listbox.waitFor({ state: 'hidden' });
		await expect(combobox.getAttribute('aria-expanded')).resolves.toBe('false');
		await expect(combobox.inputValue()).resolves.toBe('msa');
		await page.keyboard.press('Escape');
		await expect(combobox.inputValue()).resolves.toBe('');
		await page.context().close();
	});

	it('submits to the search page, which ranks the results above the full listing', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/editeurs/`);
		const combobox = page.getByRole('combobox', { name: 'Rechercher dans le site' });
		await combobox.focus();
		await page.keyboard.type('Millésime');
		await page.getByRole('option').first().waitFor();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/recherche\/\?q=Mill%C3%A9sime$/);
		const results = page.getByRole('region', { name: /résultats pour «\sMillésime\s»/ });
		await results.waitFor();
		await expect(results.getByRole('link').first().textContent()).resolves.toBe(
			'Millésime Action Sociale (Arche MC2)',
		);
		await expect(combobox.inputValue()).resolves.toBe('Millésime');
		await page.context().close();
	});
});

describe('search without JavaScript', () => {
	it('lists every entry grouped by kind, and the header form leads there', async () => {
		const payload = (await (
			await fetch(`${baseUrl}/recherche/index.json`)
		).json()) as SearchPayload;
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(`${baseUrl}/guides/`);
		await page.getByRole('searchbox', { name: 'Rechercher dans le site' }).fill('quorum');
		await page.keyboard.press('Enter');
		await page.waitForURL(`${baseUrl}/recherche/?q=quorum`);
		const kinds = Object.keys(kindLabels) as SearchKind[];
		for (const kind of kinds) {
			const count = payload.hits.filter((hit) => hit.kind === kind).length;
			expect(count, kind).toBeGreaterThan(0);
			await expect(
				page
					.getByRole('heading', { level: 2, name: `${kindLabels[kind].many} (${count})` })
					.isVisible(),
			).resolves.toBe(true);
		}
		for (const hit of payload.hits.filter(
			(item) => item.kind !== 'criterion' && item.kind !== 'aid',
		))
			expect(await page.locator(`main a[href="${hit.url}"]`).count(), hit.url).toBeGreaterThan(0);
		for (const hit of payload.hits.filter(
			(item) => item.kind === 'criterion' || item.kind === 'aid',
		))
			expect(await page.locator(`#${hit.url.split('#')[1]}`).count(), hit.url).toBe(1);
		await page.context().close();
	});
});

describe('JavaScript budget of content pages', () => {
	// The DSFR's own bundle is recognisable by its package name, which it carries as a string.
	const isDsfr = (source: string) => source.includes('@gouvfr') && source.includes('dsfr');

	it.each([
		'/guides/aides-ccas-api-particulier/',
		'/cadre-juridique/crpa-l114-8/',
		'/donnees/quotient-familial/',
		'/editeurs/',
		'/',
	])(
		'%s loads at most 2 kB (2 000 bytes gzip) of the site’s own JS before the search is focused',
		async (path) => {
			const page = await newPage(browser);
			const scripts: { url: string; body: Buffer }[] = [];
			const bodies: Promise<void>[] = [];
			const requested: string[] = [];
			page.on('request', (request) => requested.push(request.url()));
			const onResponse = (response: Response) => {
				if (response.request().resourceType() !== 'script') return;
				bodies.push(
					response.body().then((body) => {
						scripts.push({ url: response.url(), body });
					}),
				);
			};
			page.on('response', onResponse);
			await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
			// Only what loaded before the focus counts.
			page.off('response', onResponse);
			await Promise.all(bodies);
			const inline = await page.evaluate(() =>
				[...document.querySelectorAll('script:not([src])')].map(
					(script) => script.textContent ?? '',
				),
			);
			const own = [
				...scripts
					.filter((script) => !isDsfr(script.body.toString('utf8')))
					.map((script) => script.body),
				...inline.map((source) => Buffer.from(source)),
			];
			const gzip = own.reduce((total, body) => total + gzipSync(body, { level: 9 }).length, 0);
			expect(
				scripts.some((script) => isDsfr(script.body.toString('utf8'))),
				'DSFR chargé',
			).toBe(true);
			expect(gzip, `JS du site avant focus : ${gzip} octets (gzip)`).toBeLessThanOrEqual(2000);
			expect(requested.some((url) => url.includes('/recherche/index.json'))).toBe(false);

			await page.getByRole('combobox', { name: 'Rechercher dans le site' }).focus();
			await page.waitForResponse((response) => response.url().endsWith('/recherche/index.json'));
			await page.context().close();
		},
	);
});
