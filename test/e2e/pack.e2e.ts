// The last steps in Chromium: « Demande DataPass » and « Votre dossier » (checklist, texts to copy,
// previews, the ZIP and each document alone), with the heavy code loaded only on the first download.
import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, launchBrowser } from './browser';
import { readPackTemplates } from '../../src/cli/templates';
import { parseDossierJson } from '../../src/lib/dossier/parse';
import { preparePack } from '../../src/lib/pack';
import { realCatalogue } from '../helpers/catalogue';
import { comparableTexts } from '../helpers/poppler';

const baseUrl = inject('baseUrl');
const url = `${baseUrl}/assistant/`;
const exampleText = readFileSync('examples/ccas-villebourg.json', 'utf8');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** Download controls whose visible text is empty or wider than the box that shows it. */
async function downloadProblems(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[
			...document.querySelectorAll<HTMLElement>(
				'[data-pack-file], [data-pack-action="zip"], [data-deliberation-download]',
			),
		]
			.filter(
				(button) => button.getClientRects().length > 0 || button.dataset['packFile']?.includes('.'),
			)
			.flatMap((button) => {
				const name =
					button.dataset['packFile'] ??
					button.dataset['packAction'] ??
					button.dataset['deliberationDownload'] ??
					'';
				if (button.innerText.trim() === '') return [`${name} : aucun texte visible`];
				if (button.scrollWidth > button.clientWidth + 1)
					return [`${name} : texte coupé (${button.scrollWidth} px pour ${button.clientWidth})`];
				return [];
			}),
	);
}

/** A fresh assistant page that may use the clipboard, with its errors and requests recorded. */
async function open(): Promise<{ page: Page; errors: string[]; requests: string[] }> {
	const context = await browser.newContext({
		locale: 'fr-FR',
		acceptDownloads: true,
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	const page = await context.newPage();
	const errors: string[] = [];
	const requests: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('request', (request) => requests.push(request.url()));
	await page.goto(url);
	await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
	return { page, errors, requests };
}

async function visible(locator: Locator): Promise<void> {
	await locator.first().waitFor({ state: 'visible', timeout: 20_000 });
}

function stepTitle(page: Page): Promise<string | null> {
	return page.locator('#hc-step-title [data-slot="title"]').textContent();
}

async function importText(page: Page, name: string, text: string): Promise<void> {
	await page.getByLabel(/^Importer un dossier/).setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text),
	});
	// Over a dossier already on the page, the assistant asks first.
	const ask = page.getByRole('button', { name: 'Remplacer par le fichier' });
	await visible(page.getByRole('heading', { name: /^(Dossier importé|Remplacer votre dossier)/ }));
	if (await ask.isVisible()) await ask.click();
	await visible(page.getByRole('heading', { name: 'Dossier importé' }));
}

/** « Suivant » until the step titled `title` (every step before it must validate). */
async function goTo(page: Page, title: string): Promise<void> {
	for (let n = 0; n < 8 && (await stepTitle(page)) !== title; n++) {
		const before = await stepTitle(page);
		await page.getByRole('button', { name: /^Suivant$/ }).click();
		await page.waitForFunction(
			(previous) =>
				document.querySelector('#hc-step-title [data-slot="title"]')?.textContent !== previous,
			before,
			{ timeout: 10_000 },
		);
	}
	await expect(stepTitle(page)).resolves.toBe(title);
}

/** The checklist of « Votre dossier », once rendered. */
function checklist(page: Page): Locator {
	return page.getByRole('region', { name: 'Ce qui est prêt, ce qui manque' }).getByRole('listitem');
}

/** Requests of the document code: docx, pdf-lib, the renderers and the fonts. */
function heavy(requests: readonly string[]): string[] {
	return requests.filter((request) =>
		/pack-render|docx|pdf-lib|fontkit|\/pdf\.[^/]*\.js|DejaVu|\.ttf/i.test(request),
	);
}

async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

describe('pack', () => {
	it('fills « Demande DataPass » from the example, then « Votre dossier » copies, previews and downloads', async () => {
		const { page, errors, requests } = await open();
		await importText(page, 'ccas-villebourg.json', exampleText);

		await goTo(page, 'Demande DataPass');
		await expect(page.getByLabel(/^Nom du projet/).inputValue()).resolves.toBe(
			'Aides sociales du CCAS de Villebourg-sur-Loir',
		);
		await expect(page.getByLabel(/^Date de mise en production prévue/).inputValue()).resolves.toBe(
			'01/02/2027',
		);
		await expect(
			page.getByRole('checkbox', { name: /^Saisie de l’identité par l’agent/ }).isChecked(),
		).resolves.toBe(true);
		await expect(
			page.getByRole('group', { name: /^Délégué à la protection des données/ }).textContent(),
		).resolves.toContain('ne peut pas être le maire');
		expect(await axeViolations(page)).toEqual([]);

		await goTo(page, 'Votre dossier');
		await visible(page.getByRole('button', { name: /^Télécharger le dossier complet/ }));
		const items = checklist(page);
		expect(await items.count()).toBeGreaterThanOrEqual(6);
		await expect(items.filter({ hasText: 'À compléter' }).count()).resolves.toBe(0);
		await expect(items.filter({ hasText: 'Prêt' }).count()).resolves.toBe(await items.count());

		// The DataPass fields, with their exact labels, in DataPass's order.
		const project = page.getByRole('textbox', { name: 'Nom du projet', exact: true });
		await expect(project.inputValue()).resolves.toBe(
			'Aides sociales du CCAS de Villebourg-sur-Loir',
		);
		const headings = await page
			.getByRole('heading', { level: 4, name: /^Étape « / })
			.allTextContents();
		expect(headings[0]).toBe('Étape « Mon projet »');
		expect(headings.at(-1)).toBe('Étape « Les personnes impliquées »');

		// « Copier » puts the text in the clipboard and says so.
		await page.getByRole('button', { name: 'Copier : Nom du projet' }).click();
		await visible(page.getByText(/^Texte copié : « Nom du projet »/));
		await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(
			'Aides sociales du CCAS de Villebourg-sur-Loir',
		);

		// A preview, built on demand.
		await page
			.locator('summary')
			.filter({ hasText: /^Aperçu : Délibération/ })
			.click();
		await visible(page.getByRole('region', { name: /^Aperçu : Délibération/ }));
		await expect(
			page.getByRole('region', { name: /^Aperçu : Délibération/ }).textContent(),
		).resolves.toContain('Villebourg');
		expect(await axeViolations(page)).toEqual([]);

		// Every download control shows its text, whole: never an empty or clipped button.
		expect(await downloadProblems(page)).toEqual([]);
		// The check can fail: a planted empty button and a clipped one are reported.
		const planted = await page.evaluate(() => {
			const list = document.querySelector('[data-slot="documents"]');
			const empty = document.createElement('button');
			empty.dataset['packFile'] = 'vide.pdf';
			const clipped = document.createElement('button');
			clipped.dataset['packFile'] = 'coupe.pdf';
			clipped.textContent = 'Télécharger un document au nom bien trop long pour sa boîte';
			clipped.style.cssText =
				'width: 3rem; overflow: hidden; white-space: nowrap; display: inline-block';
			list?.append(empty, clipped);
			return [empty, clipped].length;
		});
		expect(planted).toBe(2);
		expect(await downloadProblems(page)).toEqual([
			'vide.pdf : aucun texte visible',
			expect.stringMatching(/^coupe\.pdf : texte coupé/),
		]);
		await page.evaluate(() =>
			document
				.querySelectorAll('[data-pack-file="vide.pdf"], [data-pack-file="coupe.pdf"]')
				.forEach((b) => b.remove()),
		);

		// Nothing of the document code before the first download.
		expect(heavy(requests)).toEqual([]);
		const zipButton = page.getByRole('button', { name: /^Télécharger le dossier complet/ });
		const zip = await download(page, zipButton);
		expect(heavy(requests).some((request) => /DejaVu/.test(request))).toBe(true);
		await visible(page.getByText(/^Dossier complet téléchargé/));
		await expect(zipButton.isDisabled()).resolves.toBe(false);
		expect(zip.name).toBe('dossier-habilitation-ccas-de-villebourg-sur-loir.zip');
		const files = unzipSync(new Uint8Array(zip.bytes));
		expect(Object.keys(files)).toEqual(
			expect.arrayContaining([
				'01-fiche-datapass.pdf',
				'01-fiche-datapass.docx',
				'02-deliberation.pdf',
				'02-deliberation.docx',
				'dossier.json',
				'LISEZ-MOI.txt',
			]),
		);
		expect(strFromU8(files['02-deliberation.pdf']!.subarray(0, 5))).toBe('%PDF-');
		const packed = strFromU8(files['dossier.json']!);

		// One document alone.
		const oneButton = page.getByRole('button', {
			name: /^Télécharger « Délibération du conseil d’administration » DOCX/,
		});
		await expect(oneButton.innerText()).resolves.toMatch(
			/^Télécharger « Délibération du conseil d’administration »\s+DOCX – 02-deliberation\.docx$/,
		);
		const one = await download(page, oneButton);
		expect(one.name).toBe('02-deliberation.docx');
		await expect(oneButton.innerText()).resolves.toMatch(/DOCX, \d+\s?ko – 02-deliberation\.docx$/);

		// The preview of this step is the document: same text, same order as the PDF of the ZIP.
		const reparsed = parseDossierJson(packed);
		if (!reparsed.ok) throw new Error('dossier.json illisible');
		const prepared = preparePack({
			dossier: reparsed.dossier,
			catalogue: realCatalogue(),
			templates: readPackTemplates(),
		});
		const part = prepared.ok ? prepared.parts.find((p) => p.id === 'deliberation') : undefined;
		if (part?.kind !== 'doc') throw new Error('délibération absente');
		const previewText = await page
			.getByRole('region', { name: /^Aperçu : Délibération/ })
			.evaluate((region) => {
				const copy = region.cloneNode(true) as HTMLElement;
				copy
					.querySelectorAll('.doc-running-header, .doc-running-footer')
					.forEach((n) => n.remove());
				return copy.textContent ?? '';
			});
		const texts = comparableTexts(previewText, files['02-deliberation.pdf']!, part.doc);
		expect(texts.preview.length).toBeGreaterThan(2000);
		expect(texts.preview).toBe(texts.pdf);
		expect(one.bytes.subarray(0, 2).toString()).toBe('PK');

		// The ZIP's dossier.json comes back through « Importer » unchanged.
		await importText(page, 'dossier.json', packed);
		const [exported] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Exporter (JSON)' }).click(),
		]);
		expect(JSON.parse(readFileSync(await exported.path(), 'utf8'))).toEqual(JSON.parse(packed));

		// Without the sitting, the checklist says what is missing and links to its step.
		const withoutSitting = JSON.parse(packed) as Record<string, unknown>;
		delete withoutSitting['sitting'];
		await importText(page, 'sans-seance.json', JSON.stringify(withoutSitting));
		await expect(stepTitle(page)).resolves.toBe('Votre dossier');
		const missing = checklist(page).filter({ hasText: 'À compléter' });
		await visible(missing);
		await expect(missing.count()).resolves.toBe(1);
		await expect(missing.textContent()).resolves.toContain('Séance du conseil');
		const fix = missing.getByRole('link', { name: /^Corriger : étape « Séance du conseil »/ });
		await visible(fix);
		await expect(
			page.getByRole('button', { name: /^Télécharger le dossier complet/ }).isVisible(),
		).resolves.toBe(false);
		expect(await axeViolations(page)).toEqual([]);
		const total = /sur (\d+)/.exec(await page.title())?.[1];
		if (total === '8') {
			// The « Séance du conseil » step is in the registry: the link goes there.
			await fix.click();
			await expect(stepTitle(page)).resolves.toMatch(/^Séance du conseil/);
		}

		expect(errors).toEqual([]);
		await page.context().close();
	});
});
