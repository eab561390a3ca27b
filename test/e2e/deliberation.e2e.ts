// Steps « Séance du conseil » and « Délibération »: the CASF rules block the step on their field, the
// preview is the document, and DOCX / PDF download with their code and fonts loaded only on click.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './browser';
import { buildDeliberation, buildDocumentContext } from '../../src/lib/documents';
import { readPackTemplates } from '../../src/cli/templates';
import { renderHtml } from '../../src/lib/render/html';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';
import { comparableTexts, normalise, pdfText } from '../helpers/poppler';
import { docxParts, paragraphTexts } from '../helpers/docx-read';

const baseUrl = inject('baseUrl');
const url = `${baseUrl}/assistant/`;
const CCAS = 'CCAS de Villebourg-sur-Loir';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

function title(page: Page): Promise<string | null> {
	return page.locator('#hc-step-title [data-slot="title"]').textContent();
}

async function waitTitle(page: Page, expected: string): Promise<void> {
	await page.waitForFunction(
		(wanted) =>
			document.querySelector('#hc-step-title [data-slot="title"]')?.textContent === wanted,
		expected,
		{ timeout: 10_000 },
	);
}

async function next(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^(Suivant|Valider cette étape)$/ }).click();
}

/** Bytes of the file a click downloads, and its suggested name. */
async function downloaded(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

/**
 * The document's code (docx, pdf-lib) and the fonts, among requested URLs: the page's chunks are
 * named `docx.<hash>.js`, the document worker's `docx-<hash>.js` (the step renders in the worker).
 */
const heavy = (urls: string[]) => ({
	docx: urls.some((u) => /\/_astro\/docx[.-][^/]*\.js$/.test(u)),
	pdf: urls.some((u) => /\/_astro\/pdf[.-][^/]*\.js$/.test(u)),
	fonts: urls.some((u) => /\/fonts\/DejaVuSans[^/]*\.ttf$/.test(u)),
});

describe('séance du conseil and délibération', () => {
	it('blocks on two proxies, previews the deliberation and downloads DOCX and PDF', async () => {
		const page = await newPage(browser, { acceptDownloads: true });
		const errors: string[] = [];
		const requested: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('request', (request) => requested.push(request.url()));
		await page.goto(url);
		await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		await page.getByLabel(/^Importer un dossier/).setInputFiles('examples/ccas-villebourg.json');
		await page.getByRole('heading', { name: 'Dossier importé' }).waitFor();

		for (const step of ['Votre CCAS', 'Vos aides', 'Données', 'Conservation']) {
			await expect(title(page)).resolves.toMatch(new RegExp(`^${step}`));
			const current = (await title(page)) ?? '';
			await next(page);
			await page.waitForFunction(
				(previous) =>
					document.querySelector('#hc-step-title [data-slot="title"]')?.textContent !== previous,
				current,
			);
		}
		await waitTitle(page, 'Séance du conseil');
		const counts = page.getByRole('status').filter({ hasText: 'Quorum requis' });
		await expect(counts.textContent()).resolves.toBe(
			'9 présents, 2 représentés, 2 absents. Quorum requis\u202f: 7 présents sur 13 en exercice (atteint).',
		);
		await expect(
			page.getByRole('link', { name: 'article R. 123-17 du CASF' }).getAttribute('href'),
		).resolves.toMatch(/\/cadre-juridique\/casf-r123-17\/$/);
		const violations: Record<string, unknown[]> = {};
		violations['seance'] = await axeViolations(page);

		// Sophie Martin's proxy to Jean-Baptiste Moreau, who already holds Karim Benali's.
		const proxy = page.locator('[name="members.8.proxyTo"]');
		// The proxy holder is chosen among the members present.
		await proxy.selectOption('Jean-Baptiste Moreau');
		await next(page);
		const fieldError = page.locator('#hc-seance-members-8-proxyTo-error');
		await fieldError.waitFor({ state: 'visible' });
		await expect(fieldError.textContent()).resolves.toMatch(/ne peut en détenir qu’une/);
		await expect(proxy.getAttribute('aria-describedby')).resolves.toContain(
			'hc-seance-members-8-proxyTo-error',
		);
		const summary = page.locator('[data-error-summary]');
		await expect(summary.textContent()).resolves.toMatch(/ne peut en détenir qu’une/);
		await expect(title(page)).resolves.toBe('Séance du conseil');
		violations['seance (erreurs)'] = await axeViolations(page);

		await proxy.selectOption('Amélie Dubois');
		await next(page);
		await waitTitle(page, 'Délibération');
		const preview = page.locator('[data-slot="deliberation-preview"] article.doc-preview');
		await preview.waitFor();
		const text = (await preview.textContent()) ?? '';
		expect(text).toContain('L’an deux mille vingt-six');
		expect(text).toMatch(/Vu le code de l’action sociale et des familles/);
		expect(text).toContain(CCAS);
		violations['deliberation'] = await axeViolations(page);
		expect(violations).toEqual({ seance: [], 'seance (erreurs)': [], deliberation: [] });

		// The DOM preview is what the one HTML renderer writes (headings two levels down).
		const doc = buildDeliberation(
			buildDocumentContext(exampleDossier(), realCatalogue(), readPackTemplates()),
		);
		if (!doc.ok) throw new Error('exemple invalide');
		const html = renderHtml(doc.doc, { headingOffset: 2 });
		const same = await preview.evaluate((article, expected) => {
			const parsed = new DOMParser().parseFromString(expected.replace(/>\n</g, '><'), 'text/html');
			return parsed.body.firstElementChild?.isEqualNode(article) ?? false;
		}, html);
		expect(same).toBe(true);

		expect(heavy(requested)).toEqual({ docx: false, pdf: false, fonts: false });
		const docxButton = page.getByRole('button', {
			name: /^Télécharger la délibération à modifier/,
		});
		await expect(docxButton.innerText()).resolves.toMatch(
			/Télécharger la délibération à modifier\s+DOCX/,
		);
		const docx = await downloaded(page, docxButton);
		// One file name wherever the deliberation is produced (step, CLI, pack).
		expect(docx.name).toBe('02-deliberation.docx');
		await expect(docxButton.innerText()).resolves.toMatch(/DOCX, \d+\s?ko/);
		const body = paragraphTexts(
			docxParts(new Uint8Array(docx.bytes)).get('word/document.xml') ?? '',
		);
		expect(body.join('\n')).toContain(CCAS);
		expect(heavy(requested)).toMatchObject({ docx: true, fonts: false });
		await expect(
			page.getByRole('status').filter({ hasText: 'Document prêt' }).count(),
		).resolves.toBe(1);

		const pdf = await downloaded(
			page,
			page.getByRole('button', { name: /^Télécharger la délibération à signer/ }),
		);
		expect(pdf.name).toBe('02-deliberation.pdf');
		expect(normalise(pdfText(new Uint8Array(pdf.bytes)))).toContain(CCAS);
		// The preview is the document: the same text in the same order as the PDF (running texts aside).
		const previewText = await preview.evaluate((article) => {
			const copy = article.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('.doc-running-header, .doc-running-footer').forEach((n) => n.remove());
			return copy.textContent ?? '';
		});
		const texts = comparableTexts(previewText, new Uint8Array(pdf.bytes), doc.doc);
		expect(texts.preview.length).toBeGreaterThan(2000);
		expect(texts.preview).toBe(texts.pdf);
		expect(heavy(requested)).toEqual({ docx: true, pdf: true, fonts: true });
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('offers the projet without a sitting and links the act to the fields it needs', async () => {
		const page = await newPage(browser);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(url);
		await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		// The example without its sitting, then straight to the deliberation step through the saved draft.
		const { sitting: _sitting, ...rest } = exampleDossier();
		await page.getByLabel(/^Importer un dossier/).setInputFiles({
			name: 'sans-seance.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(rest)),
		});
		await page.getByRole('heading', { name: 'Dossier importé' }).waitFor();
		await page.evaluate(() => {
			const key = 'habilitation-ccas:brouillon';
			const draft = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
			localStorage.setItem(key, JSON.stringify({ ...draft, step: 5 }));
		});
		await page.reload();
		await waitTitle(page, 'Délibération');
		// The projet needs no sitting; the act lists the fields of « Séance » it still needs.
		await page.getByRole('heading', { name: 'La délibération attend la séance' }).waitFor();
		await page.getByRole('heading', { name: 'Aperçu du projet de délibération' }).waitFor();
		const link = page.getByRole('link', { name: 'Date de la séance' });
		await link.click();
		await waitTitle(page, 'Séance du conseil');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('says so when the template cannot be fetched, and previews once it can', async () => {
		const page = await newPage(browser);
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		// The wording of the deliberation is data fetched by the step (/assistant/modeles/…).
		await page.route('**/assistant/modeles/deliberation.json', (route) =>
			route.fulfill({ status: 503, body: 'indisponible' }),
		);
		await page.goto(url);
		await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		await page.getByLabel(/^Importer un dossier/).setInputFiles('examples/ccas-villebourg.json');
		await page.getByRole('heading', { name: 'Dossier importé' }).waitFor();
		await page.evaluate(() => {
			const key = 'habilitation-ccas:brouillon';
			const draft = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
			localStorage.setItem(key, JSON.stringify({ ...draft, step: 5 }));
		});
		await page.reload();
		await waitTitle(page, 'Délibération');
		const problem = page.getByText(/Le modèle de la délibération n’a pas pu être chargé/);
		await problem.waitFor();
		await expect(
			page.getByRole('heading', { name: 'Aperçu de la délibération' }).isVisible(),
		).resolves.toBe(false);

		// Back online: leaving the step and coming back fetches the template again.
		await page.unroute('**/assistant/modeles/deliberation.json');
		await page.getByRole('button', { name: 'Précédent' }).click();
		await waitTitle(page, 'Séance du conseil');
		await next(page);
		await waitTitle(page, 'Délibération');
		await page.getByRole('heading', { name: 'Aperçu de la délibération' }).waitFor();
		await expect(problem.isVisible()).resolves.toBe(false);
		await expect(page.getByText(CCAS).first().isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
