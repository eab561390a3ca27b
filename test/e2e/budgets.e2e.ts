// Performance budgets (bench/budgets.json), measured in Chromium on every page of the sitemap.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { sitemapPaths } from './site';
import { recordWeights } from '../../bench/measure';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as {
	contentPage: {
		jsBeforeInteraction: number;
		siteJsBeforeInteraction: number;
		cssBeforeInteraction: number;
	};
	assistant: { jsBeforeDocument: number; cssBeforeInteraction: number };
};
const baseUrl = inject('baseUrl');
const paths = await sitemapPaths(baseUrl);
/** Pages that are tools (they compute in the browser) rather than content. */
const toolPages = new Set(['/assistant/', '/verifier/', '/editeurs/proposer/']);

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(paths)('budget of %s', (path) => {
	it('stays within its gzip budget before any interaction', async () => {
		const page = await newPage(browser);
		const recording = recordWeights(page);
		await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
		const weights = await recording.stop();
		const where = `${path} : ${weights.urls.filter((u) => /\.(js|css)$/.test(u)).join(', ')}`;
		if (toolPages.has(path)) {
			expect(weights.js, `JS de ${where}`).toBeLessThanOrEqual(budgets.assistant.jsBeforeDocument);
			expect(weights.css, `CSS de ${where}`).toBeLessThanOrEqual(
				budgets.assistant.cssBeforeInteraction,
			);
		} else {
			expect(weights.js, `JS de ${where}`).toBeLessThanOrEqual(
				budgets.contentPage.jsBeforeInteraction,
			);
			expect(weights.siteJs, `JS propre au site de ${where}`).toBeLessThanOrEqual(
				budgets.contentPage.siteJsBeforeInteraction,
			);
			expect(weights.css, `CSS de ${where}`).toBeLessThanOrEqual(
				budgets.contentPage.cssBeforeInteraction,
			);
		}
		await page.context().close();
	});
});
