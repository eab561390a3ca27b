// Step « Délibération » renders in the document worker like the pack: « Annuler » stops a render
// under way (nothing saved, focus back on the button), and a PDF that could not draw a character
// says which one and where, next to the buttons.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './browser';
import { currentStep, EXAMPLE_DOSSIER } from '../../bench/assistant-walk';

const baseUrl = inject('baseUrl');
const PDF_BUTTON = /^Télécharger la délibération à signer/;
const LOST = 'Des caractères n’ont pas pu être écrits dans le PDF';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The assistant on « Délibération » with the example, its first aid's label ending in `suffix`. */
async function atDeliberation(suffix = ''): Promise<{ page: Page; errors: string[] }> {
	const page = await newPage(browser, { acceptDownloads: true });
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${baseUrl}/assistant/`);
	await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
	const dossier = JSON.parse(readFileSync(EXAMPLE_DOSSIER, 'utf8')) as {
		aids: { label: string }[];
	};
	const [aid] = dossier.aids;
	if (aid) aid.label += suffix;
	await page.getByLabel(/^Importer un dossier/).setInputFiles({
		name: 'dossier.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(dossier)),
	});
	await page.getByRole('heading', { name: 'Dossier importé' }).first().waitFor();
	for (let i = 0; i < 10 && (await currentStep(page)) !== 'Délibération'; i++) {
		const before = await currentStep(page);
		await page.getByRole('button', { name: /^(Suivant|Valider cette étape)$/ }).click();
		await page.waitForFunction(
			(previous) =>
				document.querySelector('#hc-step-title [data-slot="title"]')?.textContent?.trim() !==
				previous,
			before,
		);
	}
	expect(await currentStep(page)).toBe('Délibération');
	await page.getByRole('button', { name: PDF_BUTTON }).waitFor({ state: 'visible' });
	return { page, errors };
}

describe('Délibération step, rendered in the worker', () => {
	it('« Annuler » stops the render, saves nothing, and a new click works', async () => {
		const { page, errors } = await atDeliberation();
		const saved: string[] = [];
		page.on('download', (download) => saved.push(download.suggestedFilename()));
		// The fonts arrive late, so the render is surely under way when « Annuler » is pressed.
		let delay = 3000;
		await page.route(/\/fonts\/.*\.ttf$/, async (route) => {
			await new Promise((resolve) => setTimeout(resolve, delay));
			await route.continue();
		});
		const pdf = page.getByRole('button', { name: PDF_BUTTON });
		const cancel = page.getByRole('button', { name: 'Annuler', exact: true });
		await expect(cancel.isVisible()).resolves.toBe(false);

		await pdf.click();
		await page.getByText('Préparation de 02-deliberation.pdf…').waitFor();
		await expect(cancel.isVisible()).resolves.toBe(true);
		await expect(pdf.isDisabled()).resolves.toBe(true);
		await cancel.focus();
		await cancel.press('Enter');
		await page.getByText('Préparation annulée : aucun fichier n’a été enregistré.').waitFor();
		await expect(cancel.isVisible()).resolves.toBe(false);
		await expect(pdf.isDisabled()).resolves.toBe(false);
		// The focus « Annuler » had goes back to the button that started the render.
		await expect(pdf.evaluate((button) => button === document.activeElement)).resolves.toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		// Nothing arrives later from the stopped worker.
		await page.waitForTimeout(delay + 500);
		expect(saved).toEqual([]);

		delay = 0;
		const [download] = await Promise.all([page.waitForEvent('download'), pdf.click()]);
		expect(download.suggestedFilename()).toBe('02-deliberation.pdf');
		await page.getByText(/^Document prêt : 02-deliberation\.pdf \(/).waitFor();
		// Every character of the example is drawn: no warning.
		await expect(page.getByText(LOST).count()).resolves.toBe(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('says which characters the PDF could not draw, and in which text', async () => {
		// The import refuses any text the site's fonts cannot draw, so a PDF loses a letter only when
		// the font it gets is not the one the rules were checked against (a stale cache, a proxy). The
		// test serves such a font: DejaVu Sans ExtraLight, which has no snowman, as the regular face.
		const { page, errors } = await atDeliberation(' ☃');
		const other = readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-ExtraLight.ttf');
		await page.route(/\/fonts\/DejaVuSans(?:\.\w+)?\.ttf(?:\?.*)?$/, (route) =>
			route.fulfill({ body: other, contentType: 'font/ttf' }),
		);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: PDF_BUTTON }).click(),
		]);
		expect(download.suggestedFilename()).toBe('02-deliberation.pdf');
		const alert = page.getByRole('alert').filter({ hasText: LOST });
		await alert.waitFor();
		const text = (await alert.textContent()) ?? '';
		expect(text).toContain('02-deliberation.pdf');
		expect(text).toMatch(/caractères? n’(?:a|ont) pas pu être écrits? et/);
		expect(text).toContain('« ☃ » (U+2603)');
		expect(text).toMatch(/dans « [^»]*☃/);
		expect(await axeViolations(page)).toEqual([]);
		// The DOCX keeps every character: no warning is added for it, the PDF's stays.
		await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /^Télécharger la délibération à modifier/ }).click(),
		]);
		await page.getByText(/^Document prêt : 02-deliberation\.docx \(/).waitFor();
		await expect(alert.count()).resolves.toBe(1);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
