// Proves the axe helper can fail: a page with known defects must produce violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './browser';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('axeViolations', () => {
	it('reports a missing alt, an unlabelled field and a missing lang', async () => {
		const page = await newPage(browser);
		await page.setContent(
			'<html><head><title>t</title></head><body><main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><input type="text"></main></body></html>',
		);
		const rules = (await axeViolations(page)).map((line) => line.rule);
		expect(rules).toEqual(expect.arrayContaining(['image-alt', 'label', 'html-has-lang']));
		await page.close();
	});

	it('reports nothing on a clean page', async () => {
		const page = await newPage(browser);
		await page.setContent(
			'<html lang="fr"><head><title>Propre</title></head><body><main><h1>Titre</h1><label for="a">Nom</label><input id="a" type="text"></main></body></html>',
		);
		expect(await axeViolations(page)).toEqual([]);
		await page.close();
	});
});
