// « Votre dossier » builds its files in a Web Worker: during the ZIP's generation the page never
// has a task over 100 ms, the progress line names each document, « Annuler » stops the work, and
// the ZIP holds readable PDFs (pdf-lib's standard-font metrics are stubbed in the browser build).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './browser';
import { walkAssistant } from '../../bench/assistant-walk';
import { clickZip, mainThreadRecord, watchMainThread, ZIP_BUTTON } from '../../bench/zip-click';
import { normalise, pdfText } from '../helpers/poppler';

const baseUrl = inject('baseUrl');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** A fresh assistant on « Votre dossier » with the example, its errors and requests recorded. */
async function atDossier(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
	const page = await newPage(browser, { acceptDownloads: true });
	const errors: string[] = [];
	const requests: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => requests.push(request.url()));
	const { reached } = await walkAssistant(page, baseUrl, 'Votre dossier');
	expect(reached).toBe(true);
	await page.getByRole('button', { name: ZIP_BUTTON }).waitFor({ state: 'visible' });
	return { page, errors, requests };
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /./ }).first();

describe('pack generated in a worker', () => {
	it('keeps the main thread free, names each document, and saves a ZIP of readable files', async () => {
		const { page, errors, requests } = await atDossier();
		const click = await clickZip(page);

		expect(click.longTasks.filter((ms) => ms > 100)).toEqual([]);
		const named = click.progress.filter((text) => text.startsWith('Génération de « '));
		expect(named.length).toBeGreaterThanOrEqual(10);
		expect(named).toContainEqual(
			expect.stringMatching(/^Génération de « Délibération[^»]* » \(\d+ sur \d+\)…$/),
		);
		const total = /sur (\d+)\)/.exec(named[0] ?? '')?.[1];
		expect(named[0]).toMatch(/\(1 sur \d+\)…$/);
		expect(named.at(-1)).toBe(named.at(-1)?.replace(/\(\d+ sur/, `(${total} sur`));
		await expect(status(page).textContent()).resolves.toMatch(
			new RegExp(`^Dossier complet téléchargé : ${click.name} \\(${total} fichiers,`),
		);

		expect(click.name).toBe('dossier-habilitation-ccas-de-villebourg-sur-loir.zip');
		const files = unzipSync(new Uint8Array(click.bytes));
		expect(Object.keys(files)).toHaveLength(Number(total));
		expect(Object.keys(files)).toEqual(
			expect.arrayContaining(['02-deliberation.pdf', '02-deliberation.docx', 'dossier.json']),
		);
		// The PDF is drawn with DejaVu: its text reads back (no standard font was needed).
		const text = normalise(pdfText(files['02-deliberation.pdf']!));
		expect(text).toContain('Villebourg');
		expect(text).toMatch(/Délibération/);
		// No lost characters for the example: no warning.
		await expect(page.getByText('Des caractères n’ont pas pu être écrits').count()).resolves.toBe(
			0,
		);
		// The observer does see a long task when there is one: a planted 150 ms loop is recorded.
		await watchMainThread(page);
		// (in a timer: a task Playwright's evaluate runs is not one the observer reports).
		await page.evaluate(() => {
			setTimeout(() => {
				const end = performance.now() + 150;
				while (performance.now() < end);
			}, 0);
		});
		expect((await mainThreadRecord(page)).longTasks.some((ms) => ms > 100)).toBe(true);
		// Everything came from the site itself.
		expect(requests.filter((request) => !request.startsWith(baseUrl))).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('« Annuler » stops the generation, says so, and a new click works', async () => {
		const { page, errors } = await atDossier();
		const saved: string[] = [];
		page.on('download', (download) => saved.push(download.suggestedFilename()));
		const zip = page.getByRole('button', { name: ZIP_BUTTON });
		const cancel = page.getByRole('button', { name: 'Annuler', exact: true });
		await expect(cancel.isVisible()).resolves.toBe(false);

		await watchMainThread(page);
		await zip.click();
		await page.getByText(/^Génération de « .+ » \(\d+ sur \d+\)…$/).waitFor({ timeout: 30_000 });
		await cancel.click();
		await page.getByText('Génération annulée : aucun fichier n’a été enregistré.').waitFor();
		await expect(cancel.isVisible()).resolves.toBe(false);
		await expect(zip.isDisabled()).resolves.toBe(false);
		expect(await axeViolations(page)).toEqual([]);
		// The focus the cancel button had goes back to the pack's button.
		await expect(zip.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
		const record = await mainThreadRecord(page);
		expect(record.progress.at(-1)).toBe('Génération annulée : aucun fichier n’a été enregistré.');
		// Nothing arrives later from the stopped worker.
		await page.waitForTimeout(1500);
		expect(saved).toEqual([]);

		const again = await clickZip(page);
		expect(again.name).toMatch(/\.zip$/);
		expect(Object.keys(unzipSync(new Uint8Array(again.bytes)))).toContain('02-deliberation.pdf');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('builds one document alone in the worker too', async () => {
		const { page, errors } = await atDossier();
		await watchMainThread(page);
		const button = page.getByRole('button', {
			name: /^Télécharger « Délibération du conseil d’administration » PDF/,
		});
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toBe('02-deliberation.pdf');
		const { readFileSync } = await import('node:fs');
		const bytes = readFileSync(await download.path());
		expect(normalise(pdfText(bytes))).toContain('Villebourg');
		const record = await mainThreadRecord(page);
		expect(record.progress).toContain(
			'Génération de « Délibération du conseil d’administration » (1 sur 1)…',
		);
		expect(record.longTasks.filter((ms) => ms > 100)).toEqual([]);
		await expect(status(page).textContent()).resolves.toBe(
			'Document téléchargé : 02-deliberation.pdf.',
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
