/** Renders a document to PDF with pdf-lib, A4, every text drawn in embedded DejaVu Sans subsets. */

import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, PDFName, PDFString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Doc } from '../document/model.ts';
import { docScale } from '../document/scale.ts';
import { fallbackCharacter, fontSafeText } from './font-text.ts';
import type { PdfFonts } from './fonts.ts';
import { paginate } from './layout.ts';
import { createPdfLayout } from './pdf-flow.ts';
import { CONTENT_HEIGHT, PAGE, type DrawOp, type Face, type FontMetrics } from './pdf-style.ts';

/** Options of `renderPdf`. */
export interface PdfOptions {
	/** Creation date written to the metadata; now by default (fixed in tests). */
	date?: Date;
	/**
	 * Filled with every code point the fonts could not draw (drawn as U+FFFD instead), so that a
	 * caller can warn: a PDF is signed and published, a lost letter must never go unnoticed.
	 */
	missingGlyphs?: Set<number>;
}

const CREATOR = 'Habilitation CCAS';

type EmbeddedFonts = Record<Face, PDFFont>;

/**
 * Whether the font can draw a code point: it must be in its cmap, and fontkit must lay it out.
 * @pdf-lib/fontkit 1.1.1 throws (a missing `regeneratorRuntime`) in its Indic and Universal
 * shapers, which it picks for scripts such as Tifinagh that DejaVu Sans covers. Each code point
 * beyond Latin is tried once; fontkit picks the shaper from a run's first letter, so a run made of
 * tried code points is safe.
 */
export function drawable(font: PDFFont): (codePoint: number) => boolean {
	const cmap = new Set(font.getCharacterSet());
	const tried = new Map<number, boolean>();
	return (codePoint) => {
		if (!cmap.has(codePoint)) return false;
		if (codePoint < 0x0370) return true;
		let ok = tried.get(codePoint);
		if (ok === undefined) {
			try {
				font.widthOfTextAtSize(String.fromCodePoint(codePoint), 10);
				ok = true;
			} catch {
				ok = false;
			}
			tried.set(codePoint, ok);
		}
		return ok;
	};
}

/** Sorted code points that every given face draws (regular, bold and italic by default). */
export async function drawableByAllFaces(fonts: PdfFonts): Promise<number[]> {
	const pdf = await PDFDocument.create();
	pdf.registerFontkit(fontkit);
	const faces = [fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic].filter(
		(bytes) => bytes !== undefined,
	);
	const embedded = await Promise.all(faces.map((bytes) => pdf.embedFont(bytes, { subset: true })));
	const [first] = embedded;
	if (!first) return [];
	// Each face's test looks in its own cmap first: a code point passes only if all faces draw it.
	const tests = embedded.map(drawable);
	return first
		.getCharacterSet()
		.filter((code) => tests.every((test) => test(code)))
		.sort((a, b) => a - b);
}

/** Widths from the fonts, and text restricted to each face's characters. */
function fontMetrics(fonts: EmbeddedFonts, missing?: Set<number>): FontMetrics {
	const sanitizers = new Map<Face, (text: string) => string>();
	const onMissing = missing && ((code: number) => void missing.add(code));
	for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
		const supports = drawable(fonts[face]);
		const fallback = fallbackCharacter(supports);
		sanitizers.set(face, (text) => fontSafeText(text, supports, fallback, onMissing));
	}
	// fontkit lays text out on every call; layout measures the same words many times, so widths
	// are cached per face at size 1 (widths scale linearly with the size).
	const widths = new Map<string, number>();
	const unitWidth = (text: string, face: Face): number => {
		const key = `${face}\u0000${text}`;
		let width = widths.get(key);
		if (width === undefined) {
			width = fonts[face].widthOfTextAtSize(text, 1);
			widths.set(key, width);
		}
		return width;
	};
	return {
		measure: (text, face, size) => (text === '' ? 0 : unitWidth(text, face) * size),
		sanitize: (text, face) => sanitizers.get(face)?.(text) ?? '',
	};
}

/**
 * Metrics for large print: every width is measured at `scale` times the size, so lines wrap as the
 * enlarged text needs. The layout keeps its own sizes and line heights; `paint` multiplies the
 * vertical distances and the font size by `scale`, and pages are cut at `CONTENT_HEIGHT / scale`.
 * Indents and cell padding stay at their normal width, which suits a poster.
 */
function scaledMetrics(metrics: FontMetrics, scale: number): FontMetrics {
	return {
		measure: (text, face, size) => metrics.measure(text, face, size * scale),
		sanitize: metrics.sanitize,
	};
}

/** Adds a clickable URI area to the page. */
function addLink(pdf: PDFDocument, page: PDFPage, rect: number[], href: string): void {
	const annotation = pdf.context.obj({
		Type: 'Annot',
		Subtype: 'Link',
		Rect: rect,
		Border: [0, 0, 0],
		A: { Type: 'Action', S: 'URI', URI: PDFString.of(href) },
	});
	page.node.addAnnot(pdf.context.register(annotation));
}

/** Draws operations given relative to the content area, `top` down from its top edge. */
function paint(
	pdf: PDFDocument,
	page: PDFPage,
	fonts: EmbeddedFonts,
	ops: DrawOp[],
	top: number,
	scale = 1,
): void {
	const x = (value: number): number => PAGE.margin + value;
	// Vertical distances of a large-print layout are multiplied here (see `scaledMetrics`).
	const y = (value: number): number => PAGE.height - PAGE.margin - (top + value) * scale;
	for (const op of ops) {
		if (op.op === 'rect') {
			page.drawRectangle({
				x: x(op.x),
				y: y(op.y + op.height),
				width: op.width,
				height: op.height * scale,
				color: rgb(...op.fill),
			});
		} else if (op.op === 'line') {
			page.drawLine({
				start: { x: x(op.x1), y: y(op.y1) },
				end: { x: x(op.x2), y: y(op.y2) },
				thickness: op.thickness,
				color: rgb(...op.color),
			});
		} else if (op.text.trim() !== '') {
			const { face, color, href } = op.style;
			const size = op.style.size * scale;
			page.drawText(op.text, {
				x: x(op.x),
				y: y(op.y),
				size,
				font: fonts[face],
				color: rgb(...color),
			});
			if (href !== undefined) {
				const underline = y(op.y) - size * 0.15;
				page.drawLine({
					start: { x: x(op.x), y: underline },
					end: { x: x(op.x + op.width), y: underline },
					thickness: 0.5,
					color: rgb(...color),
				});
				addLink(
					pdf,
					page,
					[x(op.x), y(op.y) - size * 0.3, x(op.x + op.width), y(op.y) + size],
					href,
				);
			}
		}
	}
}

/**
 * The document as PDF bytes: A4, DejaVu Sans embedded as subsets (never a standard font), running
 * header, « Page X sur Y » footer, metadata in French. Characters the font lacks become U+FFFD
 * and are reported in `options.missingGlyphs`.
 */
export async function renderPdf(
	doc: Doc,
	fonts: PdfFonts,
	options: PdfOptions = {},
): Promise<Uint8Array> {
	const pdf = await PDFDocument.create({ updateMetadata: false });
	pdf.registerFontkit(fontkit);
	const embed = (bytes: Uint8Array | ArrayBuffer): Promise<PDFFont> =>
		pdf.embedFont(bytes, { subset: true });
	const [regular, bold, italic, boldItalic] = await Promise.all([
		embed(fonts.regular),
		embed(fonts.bold),
		embed(fonts.italic),
		fonts.boldItalic === undefined ? undefined : embed(fonts.boldItalic),
	]);
	const embedded: EmbeddedFonts = { regular, bold, italic, boldItalic: boldItalic ?? bold };

	const metrics = fontMetrics(embedded, options.missingGlyphs);
	const scale = docScale(doc);
	const layout = createPdfLayout(metrics);
	// The running header and footer keep their normal size; only the body is enlarged.
	const body = scale === 1 ? layout : createPdfLayout(scaledMetrics(metrics, scale));
	const pages = paginate(body.flow(doc), CONTENT_HEIGHT / scale);
	pages.forEach((placed, index) => {
		const page = pdf.addPage([PAGE.width, PAGE.height]);
		for (const { item, top } of placed) paint(pdf, page, embedded, item.data, top, scale);
		paint(pdf, page, embedded, layout.decorations(doc, index + 1, pages.length), 0);
	});

	const date = options.date ?? new Date();
	pdf.setTitle(doc.meta.title, { showInWindowTitleBar: true });
	pdf.setAuthor(doc.meta.author);
	pdf.setSubject(doc.meta.subject);
	pdf.setKeywords(doc.meta.keywords);
	pdf.setLanguage(doc.meta.language);
	pdf.setCreator(CREATOR);
	pdf.setProducer(`${CREATOR} (pdf-lib)`);
	pdf.setCreationDate(date);
	pdf.setModificationDate(date);
	// Readers open the document at its title, not its file name, and in a single page view.
	pdf.catalog.set(PDFName.of('PageLayout'), PDFName.of('OneColumn'));
	return pdf.save();
}

/** The PDF and the code points it could not draw, sorted (empty when nothing was lost). */
export async function renderPdfReport(
	doc: Doc,
	fonts: PdfFonts,
	options: Omit<PdfOptions, 'missingGlyphs'> = {},
): Promise<{ bytes: Uint8Array; missingGlyphs: number[] }> {
	const missingGlyphs = new Set<number>();
	const bytes = await renderPdf(doc, fonts, { ...options, missingGlyphs });
	return { bytes, missingGlyphs: [...missingGlyphs].sort((a, b) => a - b) };
}
