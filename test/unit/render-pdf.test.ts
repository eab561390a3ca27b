import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFRawStream, PDFString, decodePDFRawStream, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { doc, p } from '../../src/lib/document/index.ts';
import type { PdfFonts } from '../../src/lib/render/fonts.ts';
import { renderPdf } from '../../src/lib/render/pdf.ts';
import { nodePdfFonts } from '../helpers/fonts.ts';
import {
	darkPixels,
	hasCommand,
	normalise,
	pdfFonts,
	pdfInfo,
	pdfText,
	renderPages,
} from '../helpers/poppler.ts';
import { HARD_NAMES, SAMPLE_AMOUNT, SAMPLE_HEADINGS, sampleDoc } from '../helpers/sample-doc.ts';

const hasPoppler = hasCommand('pdftotext') && hasCommand('pdftoppm') && hasCommand('pdffonts');
const DATE = new Date('2026-11-23T17:00:00Z');
// The body of a page, between the running header and footer, as fractions of its height.
const BODY = { top: 0.07, bottom: 0.93 };

let fonts: PdfFonts;
let bytes: Uint8Array;

beforeAll(async () => {
	fonts = await nodePdfFonts();
	bytes = await renderPdf(sampleDoc(), fonts, { date: DATE });
});

/** A one-paragraph document, no running header or footer text. */
function single(text: string) {
	return doc({ title: 'Glyphes', author: 'Test', subject: 'Rendu', blocks: [p(text)] });
}

describe('renderPdf', () => {
	it('writes a PDF whose fonts are subsets (far smaller than one DejaVu face)', () => {
		expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
		const smallestFace = Math.min(
			...[fonts.regular, fonts.bold, fonts.italic].map((face) => face.byteLength),
		);
		expect(smallestFace).toBeGreaterThan(600_000);
		expect(bytes.byteLength).toBeLessThan(smallestFace / 4);
	});

	it('writes metadata in French', async () => {
		const loaded = await PDFDocument.load(bytes, { updateMetadata: false });
		expect(loaded.getTitle()).toBe('Délibération n° 2026-042 — accès à l’API Particulier');
		expect(loaded.getAuthor()).toBe('CCAS de Villeneuve-sur-Lot');
		expect(loaded.getSubject()).toBe('Délibération du conseil d’administration');
		expect(loaded.getKeywords()).toBe('CCAS API Particulier délibération');
		expect(loaded.getCreator()).toBe('Habilitation CCAS');
		expect(loaded.getProducer()).toContain('Habilitation CCAS');
		expect(loaded.getCreationDate()?.toISOString()).toBe(DATE.toISOString());
		const lang = loaded.catalog.lookup(PDFName.of('Lang'));
		expect(lang instanceof PDFString ? lang.decodeText() : lang?.toString()).toBe('fr-FR');
	});

	it.skipIf(!hasPoppler)('gives poppler every name, heading and the U+202F amount', () => {
		const raw = pdfText(bytes);
		const text = normalise(raw);
		for (const name of HARD_NAMES) expect(text).toContain(name);
		for (const heading of SAMPLE_HEADINGS) expect(text).toContain(normalise(heading));
		// Poppler prints every kind of space as U+0020: the U+202F itself is checked in the font below.
		expect(text).toContain(normalise(SAMPLE_AMOUNT));
		// No ligature swallowed a letter.
		expect(text).toContain('officielle, définitive');
		expect(text).toContain('Page 1 sur ');
	});

	it('draws U+202F with a glyph of the embedded font (mapped in its ToUnicode table)', async () => {
		const loaded = await PDFDocument.load(bytes);
		const cmaps = loaded.context
			.enumerateIndirectObjects()
			.map(([, object]) => object)
			.filter((object) => object instanceof PDFRawStream)
			.map((stream) => new TextDecoder().decode(decodePDFRawStream(stream).decode()))
			.filter((text) => text.includes('begincmap'));
		expect(cmaps.length).toBe(3);
		expect(cmaps.some((cmap) => /<202f>/i.test(cmap))).toBe(true);
	});

	it.skipIf(!hasPoppler)('is A4, three pages or more, with the title poppler reads', () => {
		const info = pdfInfo(bytes);
		expect(info['Title']).toBe('Délibération n° 2026-042 — accès à l’API Particulier');
		expect(Number(info['Pages'])).toBeGreaterThanOrEqual(3);
		expect(info['Page size']).toMatch(/^595\.28 x 841\.89 pts \(A4\)/);
		const text = normalise(pdfText(bytes));
		expect(text).toContain(`Page ${info['Pages']} sur ${info['Pages']}`);
	});

	it.skipIf(!hasPoppler)('embeds DejaVu Sans and no standard font', () => {
		const rows = pdfFonts(bytes);
		expect(rows.length).toBe(3);
		for (const row of rows) {
			expect(row.name).toMatch(/DejaVuSans/);
			expect(row.embedded).toBe(true);
			expect(row.name).not.toMatch(/Helvetica|Times|Courier|Symbol/);
		}
	});

	it.skipIf(!hasPoppler)('embeds only the faces its text uses', async () => {
		// One regular paragraph: no bold, italic or bold italic subset (each costs time and bytes).
		const rows = pdfFonts(await renderPdf(single('Bonjour à tous.'), fonts, { date: DATE }));
		expect(rows.map((row) => row.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(['DejaVuSans']);
	});

	it.skipIf(!hasPoppler)('draws visible glyphs on every page, names included', () => {
		const pages = renderPages(bytes, 50);
		expect(pages.length).toBe(Number(pdfInfo(bytes)['Pages']));
		for (const page of pages) expect(darkPixels(page, BODY)).toBeGreaterThan(200);
	});
});

describe.skipIf(!hasPoppler)('subset glyphs render (not only extract)', () => {
	const characters = [...'ŁśễịğĞşÖü’«€'];

	it.each(characters)('%s is drawn, in regular, bold and italic', async (character) => {
		const row = character.repeat(20);
		const pdf = await renderPdf(
			doc({
				title: 'Glyphes',
				author: 'Test',
				subject: 'Rendu',
				blocks: [p(row), p({ text: row, bold: true }), p({ text: row, italic: true })],
			}),
			fonts,
		);
		expect(normalise(pdfText(pdf))).toContain(row);
		const [page] = renderPages(pdf, 72);
		expect(page).toBeDefined();
		// Three lines of 20 glyphs at 10.5 pt: several hundred dark pixels, well above the noise.
		if (page !== undefined) expect(darkPixels(page, BODY)).toBeGreaterThan(60);
	});

	it('the pixel check fails on text that extracts but does not show', async () => {
		// Text drawn in white with the same subset font: pdftotext still finds it, the pixels do not.
		const pdf = await PDFDocument.create();
		pdf.registerFontkit(fontkit);
		const font = await pdf.embedFont(fonts.regular, { subset: true });
		const page = pdf.addPage([595.28, 841.89]);
		page.drawText(HARD_NAMES.join(' '), { x: 57, y: 700, size: 10.5, font, color: rgb(1, 1, 1) });
		const invisible = await pdf.save();
		expect(normalise(pdfText(invisible))).toContain(HARD_NAMES[1]);
		const [blank] = renderPages(invisible, 72);
		expect(blank === undefined ? -1 : darkPixels(blank)).toBe(0);

		const visible = await renderPdf(single(HARD_NAMES.join(' ')), fonts);
		const [shown] = renderPages(visible, 72);
		expect(shown === undefined ? 0 : darkPixels(shown, BODY)).toBeGreaterThan(100);
	});

	it('replaces characters fontkit cannot shape (Tifinagh) instead of failing', async () => {
		// DejaVu Sans has Tifinagh glyphs, but @pdf-lib/fontkit 1.1.1 throws in the shaper it picks.
		const pdf = await renderPdf(single('ⴰⵣⵓⵍ Tifinagh, puis Łukasz'), fonts);
		expect(normalise(pdfText(pdf))).toContain('\uFFFD\uFFFD\uFFFD\uFFFD Tifinagh, puis Łukasz');
	});

	it('replaces characters the font lacks instead of failing', async () => {
		// U+10FFFD is a private-use plane code point no font draws; U+D800 is a lone surrogate.
		const pdf = await renderPdf(single('avant \u{10FFFD} \uD800 après'), fonts);
		expect(normalise(pdfText(pdf))).toContain('avant \uFFFD \uFFFD après');
	});
});
