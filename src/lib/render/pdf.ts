/** Renders a document to PDF with pdf-lib, A4, every text drawn in embedded DejaVu Sans subsets. */

import { PDFDocument, PDFName, PDFString, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { Doc } from '../document/model.ts';
import { docScale } from '../document/scale.ts';
import { fallbackCharacter, fontSafeText } from './font-text.ts';
import type { FontBytes, PdfFonts } from './fonts.ts';
import { paginate } from './layout.ts';
import {
	characterSet,
	drawableTest,
	fontView,
	postscriptName,
	sharedFontkit,
	unitWidth,
} from './pdf-font-cache.ts';
import { createPdfLayout } from './pdf-flow.ts';
import {
	CONTENT_HEIGHT,
	PAGE,
	structNode,
	type DrawOp,
	type Face,
	type FontMetrics,
} from './pdf-style.ts';
import { createTagger, type ArtifactKind, type PageTags } from './pdf-tags.ts';
import { writeXmpMetadata } from './pdf-xmp.ts';

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
/** The faces embedded in one PDF: those its text uses. */
type UsedFonts = Partial<EmbeddedFonts>;
type FaceBytes = Record<Face, Uint8Array>;

/** Sorted code points that every given face draws (regular, bold and italic by default). */
export function drawableByAllFaces(fonts: PdfFonts): Promise<number[]> {
	const faces = [fonts.regular, fonts.bold, fonts.italic, fonts.boldItalic]
		.filter((bytes) => bytes !== undefined)
		.map(fontView);
	const [first] = faces;
	if (!first) return Promise.resolve([]);
	// Each face's test looks in its own cmap first: a code point passes only if all faces draw it.
	const tests = faces.map(drawableTest);
	const codes = characterSet(first).filter((code) => tests.every((test) => test(code)));
	return Promise.resolve(codes.sort((a, b) => a - b));
}

/** Widths from the fonts (laid out once per process), and text restricted to each face's characters. */
function fontMetrics(faces: FaceBytes, missing?: Set<number>): FontMetrics {
	const sanitizers = new Map<Face, (text: string) => string>();
	const onMissing = missing && ((code: number) => void missing.add(code));
	for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
		const supports = drawableTest(faces[face]);
		const fallback = fallbackCharacter(supports);
		sanitizers.set(face, (text) => fontSafeText(text, supports, fallback, onMissing));
	}
	return {
		measure: (text, face, size) => (text === '' ? 0 : unitWidth(faces[face], text) * size),
		sanitize: (text, face) => sanitizers.get(face)?.(text) ?? '',
	};
}

/**
 * The standard subset tag (ISO 32000-1, 9.6.4): six uppercase letters, here derived from the
 * document's title and the face so that one PDF's subsets differ and a render is reproducible.
 */
export function subsetTag(seed: string): string {
	// FNV-1a: a small, stable hash; the tag only needs to differ between the subsets of one file.
	let hash = 0x811c9dc5;
	for (const char of seed) {
		hash ^= char.codePointAt(0) ?? 0;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	let tag = '';
	for (let index = 0; index < 6; index++) {
		tag += String.fromCharCode(65 + (hash % 26));
		hash = Math.floor(hash / 26) + Math.imul(index + 1, 0x9e3779b1 >>> 8);
	}
	return tag;
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

/** Adds a clickable URI area to the page; returns the annotation's reference. */
function addLink(pdf: PDFDocument, page: PDFPage, rect: number[], href: string) {
	const annotation = pdf.context.obj({
		Type: 'Annot',
		Subtype: 'Link',
		Rect: rect,
		Border: [0, 0, 0],
		// What a screen reader announces for the area, and what a tooltip shows.
		Contents: PDFString.of(href),
		A: { Type: 'Action', S: 'URI', URI: PDFString.of(href) },
	});
	const ref = pdf.context.register(annotation);
	page.node.addAnnot(ref);
	return ref;
}

/** How a group of operations is tagged: as its elements' content, or all as one artifact. */
type Marking = { artifact: false } | { artifact: true; kind: ArtifactKind };

/**
 * Draws operations given relative to the content area, `top` down from its top edge. Text of an
 * element is marked content of that element; rules, fills, underlines and everything of an
 * artifact `marking` are artifacts, grouped so that the content stream stays short.
 */
function paint(
	pdf: PDFDocument,
	page: PDFPage,
	tags: PageTags,
	fonts: UsedFonts,
	ops: DrawOp[],
	top: number,
	marking: Marking,
	scale = 1,
): void {
	const x = (value: number): number => PAGE.margin + value;
	// Vertical distances of a large-print layout are multiplied here (see `scaledMetrics`).
	const y = (value: number): number => PAGE.height - PAGE.margin - (top + value) * scale;
	let inArtifact = false;
	const artifact = (): void => {
		if (inArtifact) return;
		tags.artifact(marking.artifact ? marking.kind : 'Layout');
		inArtifact = true;
	};
	const closeArtifact = (): void => {
		if (!inArtifact) return;
		tags.end();
		inArtifact = false;
	};
	for (const op of ops) {
		if (op.op === 'rect') {
			artifact();
			page.drawRectangle({
				x: x(op.x),
				y: y(op.y + op.height),
				width: op.width,
				height: op.height * scale,
				color: rgb(...op.fill),
			});
		} else if (op.op === 'line') {
			artifact();
			page.drawLine({
				start: { x: x(op.x1), y: y(op.y1) },
				end: { x: x(op.x2), y: y(op.y2) },
				thickness: op.thickness,
				color: rgb(...op.color),
			});
		} else if (op.text.trim() !== '') {
			const { face, color, href } = op.style;
			const size = op.style.size * scale;
			const node = marking.artifact ? undefined : op.node;
			if (node === undefined) artifact();
			else {
				closeArtifact();
				tags.text(node);
			}
			const font = fonts[face];
			// usedFaces embedded every face a text op names: a miss is a programming error.
			if (font === undefined) throw new Error(`Police non intégrée : ${face}`);
			page.drawText(op.text, {
				x: x(op.x),
				y: y(op.y),
				size,
				font,
				color: rgb(...color),
			});
			if (node !== undefined) tags.end();
			if (href !== undefined) {
				const underline = y(op.y) - size * 0.15;
				artifact();
				page.drawLine({
					start: { x: x(op.x), y: underline },
					end: { x: x(op.x + op.width), y: underline },
					thickness: 0.5,
					color: rgb(...color),
				});
				const annot = addLink(
					pdf,
					page,
					[x(op.x), y(op.y) - size * 0.3, x(op.x + op.width), y(op.y) + size],
					href,
				);
				if (node?.role === 'Link') tags.link(node, annot);
			}
		}
	}
	closeArtifact();
}

/**
 * Embeds the faces the pages use, and only those, as subsets named with the standard six-letter tag
 * (`ABCDEF+DejaVuSans`). A subset costs its encoding and compression even when empty, and most
 * documents draw no bold italic, many no italic.
 */
async function embedFaces(
	pdf: PDFDocument,
	faces: FaceBytes,
	used: ReadonlySet<Face>,
	seed: string,
): Promise<UsedFonts> {
	const embedded: UsedFonts = {};
	const byBytes = new Map<Uint8Array, Promise<PDFFont>>();
	await Promise.all(
		[...used].map(async (face) => {
			// Bold italic falls back on the bold bytes: one subset serves both faces then.
			const bytes = faces[face];
			const shared = byBytes.get(bytes);
			const font =
				shared ??
				pdf.embedFont(bytes, {
					subset: true,
					customName: `${subsetTag(`${seed}\u0000${face}`)}+${postscriptName(bytes)}`,
				});
			byBytes.set(bytes, font);
			embedded[face] = await font;
		}),
	);
	return embedded;
}

/** The faces of every text drawn on the pages, header and footer included. */
function usedFaces(opsLists: Iterable<readonly DrawOp[]>): Set<Face> {
	const used = new Set<Face>();
	for (const ops of opsLists)
		for (const op of ops) if (op.op === 'text' && op.text.trim() !== '') used.add(op.style.face);
	return used;
}

/**
 * The document as a tagged PDF: A4, DejaVu Sans embedded as subsets (never a standard font),
 * running header, « Page X sur Y » footer (artifacts), a structure tree in reading order, links
 * clickable, metadata in French. Characters the font lacks become U+FFFD and are reported in
 * `options.missingGlyphs`.
 */
export async function renderPdf(
	doc: Doc,
	fonts: PdfFonts,
	options: PdfOptions = {},
): Promise<Uint8Array> {
	const pdf = await PDFDocument.create({ updateMetadata: false });
	pdf.registerFontkit(sharedFontkit);
	const view = (bytes: FontBytes): Uint8Array => fontView(bytes);
	const bold = view(fonts.bold);
	const faces: FaceBytes = {
		regular: view(fonts.regular),
		bold,
		italic: view(fonts.italic),
		boldItalic: fonts.boldItalic === undefined ? bold : view(fonts.boldItalic),
	};

	const metrics = fontMetrics(faces, options.missingGlyphs);
	const scale = docScale(doc);
	const layout = createPdfLayout(metrics);
	// The running header and footer keep their normal size; only the body is enlarged.
	const body = scale === 1 ? layout : createPdfLayout(scaledMetrics(metrics, scale));
	const root = structNode('Document');
	const pages = paginate(body.flow(doc, root), CONTENT_HEIGHT / scale);
	const decorated = pages.map((placed, index) => {
		// The header is drawn first so that the content stream follows the page from top to bottom.
		const decorations = layout.decorations(doc, index + 1, pages.length);
		const header = decorations.filter((op) => op.op === 'text' && op.y < 0);
		const footer = decorations.filter((op) => !header.includes(op));
		return { placed, header, footer };
	});
	// Layout needs only the shared metrics; the faces are embedded once the pages say which.
	const embedded = await embedFaces(
		pdf,
		faces,
		usedFaces(
			decorated.flatMap(({ placed, header, footer }) => [
				header,
				footer,
				...placed.map(({ item }) => item.data),
			]),
		),
		doc.meta.title,
	);
	const tagger = createTagger(pdf);
	const painted = new Set<unknown>();
	for (const { placed, header, footer } of decorated) {
		const page = pdf.addPage([PAGE.width, PAGE.height]);
		const tags = tagger.page(page);
		paint(pdf, page, tags, embedded, header, 0, { artifact: true, kind: 'Header' });
		for (const { item, top } of placed) {
			// A table header repeated on a new page is drawn again, but read once.
			const marking: Marking = painted.has(item)
				? { artifact: true, kind: 'Layout' }
				: { artifact: false };
			painted.add(item);
			paint(pdf, page, tags, embedded, item.data, top, marking, scale);
		}
		paint(pdf, page, tags, embedded, footer, 0, { artifact: true, kind: 'Footer' });
	}
	tagger.finish(root);

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
	writeXmpMetadata(pdf, { ...doc.meta, creator: CREATOR, producer: `${CREATOR} (pdf-lib)`, date });
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
