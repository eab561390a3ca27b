// Every page of the sitemap (plus the 404) loads, has one h1, a French lang and no axe violation,
// at 1280 px and on a 375 px phone, where no page is wider than the screen.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './browser';
import { sitemapPaths } from './site';

const baseUrl = inject('baseUrl');
const paths = await sitemapPaths(baseUrl);

let browser: Browser;
let page: Page;
let phone: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	page = await newPage(browser);
	phone = await newPage(browser, { viewport: { width: 375, height: 800 } });
});
afterAll(async () => {
	await browser?.close();
});

describe('sitemap', () => {
	it('lists the main sections and every legal article page', () => {
		expect(paths).toEqual(
			expect.arrayContaining([
				'/',
				'/cadre-juridique/',
				'/donnees/',
				'/editeurs/',
				'/guides/',
				'/assistant/',
				'/mentions-legales/',
				'/accessibilite/',
				'/donnees-personnelles/',
				'/cadre-juridique/crpa-l114-8/',
				'/cadre-juridique/crpa-r114-9-3/',
				'/cadre-juridique/crpa-d114-9-1/',
			]),
		);
	});
});

describe.each([...paths, '/404.html'])('page %s', (path) => {
	it('loads with one h1, lang="fr" and no axe violation (WCAG 2.x A/AA)', async () => {
		const errors: string[] = [];
		page.removeAllListeners('pageerror');
		page.on('pageerror', (error) => errors.push(error.message));
		const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
		expect(response?.status(), `statut HTTP de ${path}`).toBe(path === '/404.html' ? 200 : 200);
		expect(await page.locator('h1').count(), `nombre de h1 sur ${path}`).toBe(1);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
		expect(await axeViolations(page), `violations axe sur ${path}`).toEqual([]);
		expect(errors, `erreurs JavaScript sur ${path}`).toEqual([]);
	});

	it('fits a 375 px screen (tables stacked or scrolled in a focusable region) with no axe violation', async () => {
		await phone.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
		const width = await phone.evaluate(() => document.documentElement.scrollWidth);
		expect(width, `largeur de ${path} à 375 px`).toBeLessThanOrEqual(375);
		expect(await axeViolations(phone), `violations axe sur ${path} à 375 px`).toEqual([]);
	});
});
