// /verifier/ with files: a text PDF is read (pdf.js fetched only then, from the site itself, under its
// CSP), a scan is refused with advice, and a DOCX of millions of empty paragraphs never freezes the page.
import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './browser';

const baseUrl = inject('baseUrl');
const CHAVILLE = readFileSync('test/fixtures/seeds/000_aac0786d8c4cf6f6.txt', 'utf8');
const NNBSP = '\u202f';

let browser: Browser;
let page: Page;
let errors: string[];
let requests: string[];
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});
beforeEach(async () => {
	page = await newPage(browser);
	errors = [];
	requests = [];
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to/i.test(message.text())) errors.push(message.text());
	});
	page.on('request', (request) => requests.push(request.url()));
	// Long tasks of the page's main thread, from the start (a worker's tasks are not reported here).
	await page.addInitScript(() => {
		const seen: { start: number; duration: number }[] = [];
		(globalThis as { longTasks?: typeof seen }).longTasks = seen;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) {
				seen.push({ start: entry.startTime, duration: entry.duration });
			}
		}).observe({ type: 'longtask', buffered: true });
	});
	await page.goto(`${baseUrl}/verifier/`, { waitUntil: 'networkidle' });
});

const textField = () => page.getByLabel('Texte de la délibération');
const fileField = () => page.getByLabel('Ou choisissez le fichier de la délibération');
const verify = () => page.getByRole('button', { name: 'Vérifier', exact: true }).click();
const fileMessages = () => page.locator('#verifier-fichier-messages');

/** A PDF with a text layer, one line of the Chaville text per line of the page. */
async function textPdf(text: string): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	const font = await pdf.embedFont(StandardFonts.Helvetica);
	// The standard font encodes WinAnsi only: typographic apostrophes become plain ones.
	const lines = text
		.replace(/[’]/g, "'")
		.replace(/[^\n\x20-\x7e\u00a0-\u00ff]/g, ' ')
		.split('\n');
	for (let start = 0; start < lines.length; start += 60) {
		const sheet = pdf.addPage([595, 842]);
		lines.slice(start, start + 60).forEach((line, index) => {
			sheet.drawText(line, { x: 40, y: 800 - index * 13, size: 10, font });
		});
	}
	return pdf.save();
}

describe('vérifier un PDF', () => {
	it('reads a PDF with text, loading pdf.js only then and from the site itself', async () => {
		const pdfjsBefore = requests.filter((url) => /pdf/i.test(url));
		expect(pdfjsBefore, 'pdf.js avant le choix d’un PDF').toEqual([]);
		await fileField().setInputFiles({
			name: 'chaville.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from(await textPdf(CHAVILLE)),
		});
		await page.getByText(`Fichier «${NNBSP}chaville.pdf${NNBSP}» lu`).waitFor();
		await expect(textField().inputValue()).resolves.toContain('L11-8');
		const scripts = requests.filter((url) => /\.m?js(?:\?|$)/.test(url));
		expect(
			scripts.some((url) => /pdf/i.test(url)),
			scripts.join(', '),
		).toBe(true);
		for (const url of scripts) expect(new URL(url).origin).toBe(new URL(baseUrl).origin);
		await verify();
		await page.getByRole('heading', { level: 2, name: 'Résultat de la vérification' }).waitFor();
		await expect(page.locator('mark').allTextContents()).resolves.toEqual([
			'L 312-1',
			'R 123-5',
			'L11-8',
			'R 114-9-3',
			// And the aid granted by the social worker himself.
			'accordée par le travailleur social',
		]);
		expect(errors).toEqual([]);
	});

	it('refuses a scanned PDF with advice, and stays accessible', async () => {
		const pdf = await PDFDocument.create();
		pdf.addPage([595, 842]).drawRectangle({ x: 40, y: 40, width: 500, height: 700 });
		await fileField().setInputFiles({
			name: 'scan.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from(await pdf.save()),
		});
		await fileMessages()
			.getByText('copiez le texte ou joignez le DOCX', { exact: false })
			.waitFor();
		await expect(textField().inputValue()).resolves.toBe('');
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
	});
});

describe('un fichier démesuré', () => {
	it('puts at most the checked length in the text area, and says so', async () => {
		const text = `Vu l’article L. 114-8 du CRPA.\n${'Considérant le texte. '.repeat(15_000)}`;
		await fileField().setInputFiles({
			name: 'long.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from(text, 'utf8'),
		});
		await fileMessages().getByText('premiers caractères', { exact: false }).waitFor();
		await expect(fileMessages().textContent()).resolves.toContain(`250${NNBSP}000`);
		await expect(textField().inputValue()).resolves.toHaveLength(250_000);
		expect(errors).toEqual([]);
	});

	it('reads a DOCX of two million empty paragraphs without a main-thread task over 200 ms', async () => {
		const body = '<w:p/>'.repeat(2_000_000);
		const xml =
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' +
			'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
			`<w:p><w:r><w:t>Vu l’article L. 114-8 du CRPA</w:t></w:r></w:p>${body}</w:body></w:document>`;
		const docx = zipSync({
			'[Content_Types].xml': strToU8(
				'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
			),
			'word/document.xml': strToU8(xml),
		});
		expect(docx.length).toBeLessThan(1_000_000);
		const mark = await page.evaluate(() => performance.now());
		await fileField().setInputFiles({
			name: 'vide.docx',
			mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			buffer: Buffer.from(docx),
		});
		// Read, or refused by the reader's own limits: either way a message, never a frozen page.
		await fileMessages()
			.locator('p')
			.filter({ hasNotText: 'Lecture du fichier' })
			.waitFor({ timeout: 60_000 });
		const value = await textField().inputValue();
		expect(value.length).toBeLessThanOrEqual(250_000);
		if (value !== '') {
			await verify();
			await page
				.getByRole('heading', { level: 2, name: 'Résultat de la vérification' })
				.waitFor({ timeout: 60_000 });
		}
		// A last frame, so that a task still running is over and reported.
		await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
		const tasks = await page.evaluate(
			(since) =>
				((globalThis as { longTasks?: { start: number; duration: number }[] }).longTasks ?? [])
					.filter((task) => task.start >= since)
					.map((task) => Math.round(task.duration)),
			mark,
		);
		expect(Math.max(0, ...tasks), `tâches longues : ${tasks.join(', ')} ms`).toBeLessThanOrEqual(
			200,
		);
		expect(errors).toEqual([]);
	}, 120_000);
});
