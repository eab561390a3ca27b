// Performance budgets (bench/budgets.json), measured in Chromium on every page of the sitemap.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newPage } from './browser';
import { sitemapPaths } from './site';
import { recordWeights } from '../../bench/measure';
import { FIRST_DOCUMENT_STEP, totalJs, walkAssistant } from '../../bench/assistant-walk';

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

// The assistant's budget holds « before a document is asked for »: page load, import of a dossier
// and every step up to the first one that shows a document (« Délibération »), not the page load only.
describe('assistant walked up to its first document', () => {
	it(`loads at most the assistant budget of JS before « ${FIRST_DOCUMENT_STEP} »`, async () => {
		const page = await newPage(browser);
		const { stages, reached } = await walkAssistant(page, baseUrl, FIRST_DOCUMENT_STEP);
		expect(reached, `étape « ${FIRST_DOCUMENT_STEP} » non atteinte`).toBe(true);
		// The step's preview must have been built, or its stage would not show what it costs.
		await page.getByRole('heading', { name: 'Aperçu de la délibération' }).waitFor();
		const before = stages.slice(0, -1);
		const detail = before.map((s) => `${s.label} ${s.js} o : ${s.files.join(', ')}`).join(' | ');
		expect(before.length, 'étapes parcourues').toBeGreaterThanOrEqual(6);
		expect(totalJs(before), detail).toBeLessThanOrEqual(budgets.assistant.jsBeforeDocument);
		await page.context().close();
	});

	it('loads no script for a form step once the deliberation is shown', async () => {
		const page = await newPage(browser);
		const { stages, reached } = await walkAssistant(page, baseUrl, 'Votre dossier');
		expect(reached).toBe(true);
		const labels = stages.map((s) => s.label);
		const first = labels.indexOf(FIRST_DOCUMENT_STEP);
		const forms = stages.slice(first + 1, -1);
		expect(forms.map((s) => s.label)).toEqual(['Demande DataPass']);
		for (const form of forms) expect(form.files, form.label).toEqual([]);
		await page.context().close();
	});
});
