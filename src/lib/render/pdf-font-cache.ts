/**
 * Font work done once per process instead of once per PDF: text layout (OpenType shaping, most of
 * the time of a render) and the set of drawable code points, shared by every document drawn with the
 * same font bytes. Each PDF still gets its own fontkit `Font` and its own subset.
 */

import fontkit from '@pdf-lib/fontkit';
import type { Font, Glyph, GlyphRun } from '@pdf-lib/fontkit';
import type { PDFDocument } from 'pdf-lib';

/** What `PDFDocument.registerFontkit` takes. */
type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** One laid-out text: glyph ids and the code points each glyph stands for. */
interface Laid {
	run: GlyphRun;
	ids: number[];
	codePoints: number[][];
	/** Sum of the advance widths, in font units. */
	advance: number;
}

/** What is known of one font file, shared across documents. */
interface SharedFont {
	/** Parsed once and only ever used to lay text out and read the cmap: never subset. */
	metrics: Font;
	layouts: Map<string, Laid>;
	/** The cmap's code points, read on first use. */
	cmap?: ReadonlySet<number>;
	/** Code points beyond Latin already tried (see `drawableTest`). */
	tried: Map<number, boolean>;
}

// A long browser session renders many documents; beyond this many texts the layouts start anew
// rather than growing without bound.
const MAX_LAYOUTS = 50_000;

const shared = new WeakMap<ArrayBufferLike, Map<string, SharedFont>>();

/**
 * Tables that fontkit and pdf-lib only read once decoded (metrics, glyph locations, names, hinting
 * programs), decoded once and handed to each fresh font. The glyph data (`glyf`) is not among them:
 * each font reads it through its own stream.
 */
const SHARED_TABLES = ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'post', 'OS/2', 'name', 'cmap'];

/** fontkit's cache of decoded tables, private but stable in @pdf-lib/fontkit 1.x. */
function decodedTables(font: Font): Record<string, unknown> {
	return (font as unknown as { _tables: Record<string, unknown> })._tables;
}

/**
 * The bytes as fontkit parses them. fontkit copies a `Uint8Array` byte by byte into its Buffer
 * (half a megabyte per face and per document) but wraps an `ArrayBuffer` as it is; it never
 * writes into the font data.
 */
function parse(data: Uint8Array, postscriptName?: string): Font {
	const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
	return fontkit.create(whole ? (data.buffer as unknown as Uint8Array) : data, postscriptName);
}

/** The shared entry for these bytes (keyed by their buffer, offset and length). */
function sharedFont(data: Uint8Array): SharedFont {
	let byBuffer = shared.get(data.buffer);
	if (byBuffer === undefined) {
		byBuffer = new Map();
		shared.set(data.buffer, byBuffer);
	}
	const key = `${data.byteOffset}:${data.byteLength}`;
	let found = byBuffer.get(key);
	if (found === undefined) {
		const metrics = parse(data);
		// Reading a table decodes it into the font's cache, from which fresh fonts are seeded.
		for (const tag of SHARED_TABLES) void (metrics as unknown as Record<string, unknown>)[tag];
		found = { metrics, layouts: new Map(), tried: new Map() };
		byBuffer.set(key, found);
	}
	return found;
}

/**
 * The positioning features of fontkit's default plan (GPOS and the old `kern` table), turned off.
 * pdf-lib draws each glyph at its advance width and reads only the glyphs of a layout, never its
 * positions: positioning chose nothing that reaches the PDF, and it was most of the time of a first
 * render (every lookup tried on every glyph of every new text). Substitutions (GSUB: ligatures,
 * compositions, local forms) stay, so the glyphs drawn are the same.
 */
const SUBSTITUTIONS_ONLY = { kern: false, mark: false, mkmk: false, curs: false } as const;

/** `text` laid out once by the shared font; later calls read the stored result. */
function laidOut(font: SharedFont, text: string): Laid {
	let laid = font.layouts.get(text);
	if (laid === undefined) {
		// A copy each time: fontkit keeps the object as the run’s `features`, which layout may write to.
		const run = font.metrics.layout(text, { ...SUBSTITUTIONS_ONLY });
		const chars = Array.from(text, (char) => char.codePointAt(0) ?? 0);
		// When shaping kept one glyph per character, each glyph stands for its own character;
		// otherwise (ligatures, decompositions) fontkit's own code points are kept.
		const oneToOne = run.glyphs.length === chars.length;
		laid = {
			run,
			ids: run.glyphs.map((glyph) => glyph.id),
			advance: run.glyphs.reduce((sum, glyph) => sum + glyph.advanceWidth, 0),
			codePoints: run.glyphs.map((glyph, index) =>
				oneToOne ? [chars[index] ?? 0] : [...glyph.codePoints],
			),
		};
		if (font.layouts.size >= MAX_LAYOUTS) font.layouts.clear();
		font.layouts.set(text, laid);
	}
	return laid;
}

// A space, unless a combining mark follows it (the mark is shaped with the space then).
const WORD_GAP = /( )(?!\p{M})/u;

/**
 * `text` laid out word by word, each word and space once per process, joined. pdf-lib lays out each
 * line it draws, and no two lines are alike, while the words of a pack repeat from one document to
 * the next: a first render shaped every line afresh. Substitutions never cross a space (no
 * ligature or composition spans one), so the glyphs are those of the whole line; a word of another
 * script than the line's first letter is shaped in its own, as a shaping engine's script runs are.
 */
function laidLine(font: SharedFont, text: string): Laid {
	if (!text.includes(' ')) return laidOut(font, text);
	const parts = text.split(WORD_GAP).filter((part) => part !== '');
	if (parts.length === 1) return laidOut(font, text);
	const laid = parts.map((part) => laidOut(font, part));
	const first = laid[0] ?? laidOut(font, text);
	return {
		run: { ...first.run, positions: laid.flatMap((part) => part.run.positions) },
		ids: laid.flatMap((part) => part.ids),
		codePoints: laid.flatMap((part) => part.codePoints),
		advance: laid.reduce((sum, part) => sum + part.advance, 0),
	};
}

/**
 * A fontkit for `PDFDocument.registerFontkit`: each `create` parses a fresh `Font` (so each PDF has
 * its own glyph objects and subset; sharing one `Font` across documents corrupted subsets, as
 * fontkit keeps state in its glyphs and table streams), whose `layout` returns the shared result
 * as glyphs of that fresh font. Features other than the defaults are laid out afresh.
 */
export const sharedFontkit: Fontkit = {
	create(data: Uint8Array, postscriptName?: string): Font {
		const font = parse(data, postscriptName);
		const cache = sharedFont(data);
		const tables = decodedTables(cache.metrics);
		const own = decodedTables(font);
		for (const tag of SHARED_TABLES) if (tables[tag] !== undefined) own[tag] = tables[tag];
		const ownLayout = font.layout.bind(font);
		font.layout = (text, features): GlyphRun => {
			if (features !== undefined) return ownLayout(text, features);
			const laid = laidLine(cache, text);
			const glyphs: Glyph[] = laid.ids.map((id, index) =>
				font.getGlyph(id, laid.codePoints[index]),
			);
			return { ...laid.run, glyphs };
		};
		return font;
	},
};

/**
 * Whether the font can draw a code point: it must be in its cmap, and fontkit must lay it out.
 * @pdf-lib/fontkit 1.1.1 throws (a missing `regeneratorRuntime`) in its Indic and Universal
 * shapers, which it picks for scripts such as Tifinagh that DejaVu Sans covers. Each code point
 * beyond Latin is tried once per process; fontkit picks the shaper from a run's first letter, so a
 * run made of tried code points is safe.
 */
export function drawableTest(data: Uint8Array): (codePoint: number) => boolean {
	const font = sharedFont(data);
	font.cmap ??= new Set(font.metrics.characterSet);
	const { cmap, tried } = font;
	return (codePoint) => {
		if (!cmap.has(codePoint)) return false;
		if (codePoint < 0x0370) return true;
		let ok = tried.get(codePoint);
		if (ok === undefined) {
			try {
				font.metrics.layout(String.fromCodePoint(codePoint));
				ok = true;
			} catch {
				ok = false;
			}
			tried.set(codePoint, ok);
		}
		return ok;
	};
}

/** Width of `text` at size 1 (advance widths, as pdf-lib measures), laid out once per process. */
export function unitWidth(data: Uint8Array, text: string): number {
	const font = sharedFont(data);
	return laidOut(font, text).advance / font.metrics.unitsPerEm;
}

/** Every code point of the font's cmap. */
export function characterSet(data: Uint8Array): number[] {
	return [...sharedFont(data).metrics.characterSet];
}

/** The font's PostScript name (e.g. `DejaVuSans-Bold`). */
export function postscriptName(data: Uint8Array): string {
	return sharedFont(data).metrics.postscriptName ?? 'Font';
}

/** The bytes as a `Uint8Array` view, without copying (pdf-lib makes the same view of them). */
export function fontView(bytes: Uint8Array | ArrayBuffer): Uint8Array {
	return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}
