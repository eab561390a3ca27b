/** Pure layout for the PDF renderer: line wrapping, column widths, pagination; no pdf-lib. */

import { breakOpportunities } from './line-breaks.ts';

/** Width of `text` drawn in `style`, in the unit of the line width (points in the PDF). */
export type Measure<S> = (text: string, style: S) => number;

/** Text in one style. */
export interface Piece<S> {
	text: string;
	style: S;
}

/** A piece placed on a line, `x` from the line start. */
export interface PlacedPiece<S> extends Piece<S> {
	x: number;
	width: number;
}

/** One wrapped line; `width` excludes the spaces where it was broken. */
export interface Line<S> {
	pieces: PlacedPiece<S>[];
	width: number;
}

// Rounding in the measures must not push a word that fits exactly onto the next line.
const EPSILON = 1e-6;

type Token<S> = { kind: 'word' | 'space'; pieces: Piece<S>[] } | { kind: 'break' };

const graphemeSegmenter = new Intl.Segmenter('fr', { granularity: 'grapheme' });

/** User-perceived characters, so a long word is never cut inside a letter and its accents. */
export function graphemes(text: string): string[] {
	return Array.from(graphemeSegmenter.segment(text), (segment) => segment.segment);
}

/** Words, ordinary spaces (break opportunities) and `\n` breaks; no-break spaces stay in words. */
function tokenize<S>(pieces: readonly Piece<S>[]): Token<S>[] {
	const tokens: Token<S>[] = [];
	for (const piece of pieces) {
		for (const part of piece.text.replaceAll('\t', ' ').split(/(\n| +)/)) {
			if (part === '') continue;
			if (part === '\n') {
				tokens.push({ kind: 'break' });
				continue;
			}
			const kind = part.startsWith(' ') ? 'space' : 'word';
			const last = tokens.at(-1);
			// A word may span styles, as in « **Article 1**er »: keep it whole.
			if (last !== undefined && last.kind === kind)
				last.pieces.push({ text: part, style: piece.style });
			else tokens.push({ kind, pieces: [{ text: part, style: piece.style }] });
		}
	}
	return tokens;
}

/** The pieces of a word cut at its break opportunities (UAX #14), styles kept. */
function wordParts<S>(word: readonly Piece<S>[]): Piece<S>[][] {
	const text = word.map((piece) => piece.text).join('');
	const cuts = [...breakOpportunities(text), text.length];
	const parts: Piece<S>[][] = [];
	let start = 0;
	for (const end of cuts) {
		const part: Piece<S>[] = [];
		let offset = 0;
		for (const piece of word) {
			const from = Math.max(start, offset);
			const to = Math.min(end, offset + piece.text.length);
			if (from < to)
				part.push({ text: piece.text.slice(from - offset, to - offset), style: piece.style });
			offset += piece.text.length;
		}
		parts.push(part);
		start = end;
	}
	return parts;
}

/**
 * Wraps styled text greedily at ordinary spaces into lines of at most `maxWidth`. A word longer
 * than a line (a URL) is broken at its line-break opportunities (after « / », « ? », « - »…),
 * starting on the current line; a part still longer than a line is broken between graphemes.
 * `\n` forces a break. Always returns at least one line.
 */
export function wrapPieces<S>(
	pieces: readonly Piece<S>[],
	maxWidth: number,
	measure: Measure<S>,
): Line<S>[] {
	const lines: Line<S>[] = [];
	let line: PlacedPiece<S>[] = [];
	let x = 0;
	let pendingSpaces: Piece<S>[] = [];

	const append = (piece: Piece<S>, width: number): void => {
		const last = line.at(-1);
		if (last !== undefined && last.style === piece.style) {
			last.text += piece.text;
			last.width += width;
		} else {
			line.push({ text: piece.text, style: piece.style, x, width });
		}
		x += width;
	};
	const flush = (): void => {
		lines.push({ pieces: line, width: x });
		line = [];
		x = 0;
		pendingSpaces = [];
	};
	const placeGraphemes = (word: Piece<S>[]): void => {
		for (const piece of word) {
			for (const grapheme of graphemes(piece.text)) {
				const width = measure(grapheme, piece.style);
				if (line.length > 0 && x + width > maxWidth + EPSILON) flush();
				append({ text: grapheme, style: piece.style }, width);
			}
		}
	};
	/** A word longer than a line, after `spaces` when it starts on the current line. */
	const placeBroken = (word: Piece<S>[], spaces: Piece<S>[], spaceWidths: number[]): void => {
		let first = true;
		for (const part of wordParts(word)) {
			const widths = part.map((piece) => measure(piece.text, piece.style));
			const width = widths.reduce((sum, value) => sum + value, 0);
			const spaceWidth = first ? spaceWidths.reduce((sum, value) => sum + value, 0) : 0;
			if (line.length > 0 && x + spaceWidth + width > maxWidth + EPSILON) flush();
			else if (first) spaces.forEach((piece, index) => append(piece, spaceWidths[index] ?? 0));
			first = false;
			if (width > maxWidth + EPSILON) placeGraphemes(part);
			else part.forEach((piece, index) => append(piece, widths[index] ?? 0));
		}
	};

	const tokens = tokenize(pieces);
	for (const token of tokens) {
		if (token.kind === 'break') {
			flush();
			continue;
		}
		if (token.kind === 'space') {
			// Spaces at the start of a line are dropped, as in a word processor.
			if (line.length > 0) pendingSpaces.push(...token.pieces);
			continue;
		}
		const widths = token.pieces.map((piece) => measure(piece.text, piece.style));
		const wordWidth = widths.reduce((sum, width) => sum + width, 0);
		const spaceWidths = pendingSpaces.map((piece) => measure(piece.text, piece.style));
		const spaceWidth = spaceWidths.reduce((sum, width) => sum + width, 0);
		if (wordWidth > maxWidth + EPSILON) {
			// It cannot fit on any line: it starts here and is broken where UAX #14 allows.
			placeBroken(token.pieces, line.length > 0 ? pendingSpaces : [], spaceWidths);
			pendingSpaces = [];
			continue;
		}
		if (line.length > 0 && x + spaceWidth + wordWidth <= maxWidth + EPSILON) {
			pendingSpaces.forEach((piece, index) => append(piece, spaceWidths[index] ?? 0));
			pendingSpaces = [];
		} else if (line.length > 0) {
			flush();
		}
		pendingSpaces = [];
		token.pieces.forEach((piece, index) => append(piece, widths[index] ?? 0));
	}
	// A trailing break leaves an empty last line, as in a word processor.
	if (line.length > 0 || lines.length === 0 || tokens.at(-1)?.kind === 'break') flush();
	return lines;
}

/** Wraps plain text in one style; convenience over `wrapPieces`. */
export function wrapText(
	text: string,
	maxWidth: number,
	measure: (text: string) => number,
): string[] {
	return wrapPieces([{ text, style: null }], maxWidth, (part) => measure(part)).map((line) =>
		line.pieces.map((piece) => piece.text).join(''),
	);
}

/** Offset of a line of `width` in a box of `boxWidth` for an alignment (justify as left). */
export function alignOffset(width: number, boxWidth: number, align: string | undefined): number {
	if (align === 'center') return Math.max(0, (boxWidth - width) / 2);
	if (align === 'right') return Math.max(0, boxWidth - width);
	return 0;
}

/**
 * Column widths that sum to `available`: each column gets at least its longest word when that fits,
 * and the rest is shared in proportion to what each column would need to fit on one line.
 */
export function columnWidths(
	minimum: readonly number[],
	natural: readonly number[],
	available: number,
): number[] {
	const count = minimum.length;
	if (count === 0) return [];
	const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
	const naturalTotal = sum(natural);
	if (naturalTotal <= 0) return minimum.map(() => available / count);
	if (naturalTotal <= available) return natural.map((width) => (width / naturalTotal) * available);
	const minimumTotal = sum(minimum);
	if (minimumTotal >= available) {
		return minimumTotal > 0
			? minimum.map((width) => (width / minimumTotal) * available)
			: minimum.map(() => available / count);
	}
	const extra = natural.map((width, index) => Math.max(0, width - (minimum[index] ?? 0)));
	const extraTotal = sum(extra);
	const spare = available - minimumTotal;
	return minimum.map((width, index) => width + ((extra[index] ?? 0) / extraTotal) * spare);
}

/** Relative widths (e.g. [1, 3]) scaled to `available`; equal shares when absent or invalid. */
export function scaleWidths(
	relative: readonly number[],
	count: number,
	available: number,
): number[] {
	const valid =
		relative.length === count && relative.every((width) => Number.isFinite(width) && width > 0);
	const shares = valid ? relative : Array.from({ length: count }, () => 1);
	const total = shares.reduce((a, b) => a + b, 0);
	return shares.map((share) => (share / total) * available);
}

/** A box in the flow of pages. */
export interface FlowItem<T> {
	height: number;
	/** Moves to the next page with the item after it (headings, first lines, table headers). */
	keepWithNext?: boolean;
	/** Starts a new page, unless the page is still empty. */
	breakBefore?: boolean;
	/** Dropped at the top of a page (blank space). */
	collapsible?: boolean;
	/** Placed first when this item starts a page (a table's header row). */
	repeat?: FlowItem<T>[];
	data: T;
}

/** An item on a page, `top` measured down from the top of the content area. */
export interface Placed<T> {
	item: FlowItem<T>;
	top: number;
}

/** Height of an item and of those kept with it. */
function chainHeight<T>(items: readonly FlowItem<T>[], start: number): number {
	let height = 0;
	for (let index = start; index < items.length; index++) {
		const item = items[index];
		if (item === undefined) break;
		if (index > start && item.breakBefore) break;
		height += item.height;
		if (!item.keepWithNext) break;
	}
	return height;
}

/**
 * Distributes items over pages of `pageHeight`. A chain of `keepWithNext` items starts a new page
 * when it does not fit on this one but fits on a page; a longer chain flows, as in a word
 * processor. Blank space is dropped at the top of a page and where it does not fit. Returns at
 * least one page.
 */
export function paginate<T>(items: readonly FlowItem<T>[], pageHeight: number): Placed<T>[][] {
	const pages: Placed<T>[][] = [[]];
	let y = 0;
	const newPage = (): void => {
		pages.push([]);
		y = 0;
	};
	const place = (item: FlowItem<T>): void => {
		pages.at(-1)?.push({ item, top: y });
		y += item.height;
	};
	items.forEach((item, index) => {
		if (item.breakBefore && y > 0) newPage();
		const overflows = y + item.height > pageHeight + EPSILON;
		if (item.collapsible) {
			if (y > 0 && !overflows) place(item);
			return;
		}
		const repeatHeight = (item.repeat ?? []).reduce((sum, header) => sum + header.height, 0);
		// Only the first item of a chain decides for the chain, so that its head is never left behind.
		const startsChain = !items[index - 1]?.keepWithNext || item.breakBefore === true;
		const chain = startsChain ? chainHeight(items, index) : item.height;
		const chainFitsAPage = chain + repeatHeight <= pageHeight + EPSILON;
		if (y > 0 && (overflows || (y + chain > pageHeight + EPSILON && chainFitsAPage))) newPage();
		if (y === 0) item.repeat?.forEach(place);
		place(item);
	});
	return pages;
}
