/** Text for the PDF layout: shared styles, cached widths, wrapping and lines as flow items. */

import { safeHref } from '../document/href.ts';
import type { Alignment, Runs } from '../document/model.ts';
import { alignOffset, wrapPieces, type Line, type Piece } from './layout.ts';
import { linkBareUrls } from './pdf-links.ts';
import {
	COLOURS,
	baseline,
	type DrawOp,
	type Face,
	type FontMetrics,
	type Item,
	type Rgb,
	type StructNode,
	type TextStyle,
	linkNode,
} from './pdf-style.ts';

/** Where and how a block's lines are set. */
export interface LineOptions {
	x: number;
	width: number;
	line: number;
	size: number;
	align?: Alignment;
	/** The structure element of the lines' text. */
	node?: StructNode;
}

/** The text tools of one layout, bound to one set of fonts. */
export interface TextKit {
	/** The shared style for these attributes. */
	style: (face: Face, size: number, color: Rgb, href?: string) => TextStyle;
	/** Width of `text` in `style`, cached. */
	measure: (text: string, style: TextStyle) => number;
	/** Runs as styled pieces of drawable text (`bold` forces bold, as in table headers). */
	pieces: (runs: Runs, size: number, bold?: boolean) => Piece<TextStyle>[];
	/** Pieces wrapped to `width`. */
	wrap: (content: Piece<TextStyle>[], width: number) => Line<TextStyle>[];
	/**
	 * Text operations of a line whose baseline is at `y`, tagged with `node` (linked pieces with
	 * its `Link` child).
	 */
	lineOps: (
		line: Line<TextStyle>,
		x: number,
		width: number,
		y: number,
		align?: Alignment,
		node?: StructNode,
	) => DrawOp[];
	/** One item per line; the first two and last two lines stay together (no orphan, no widow). */
	lineItems: (lines: Line<TextStyle>[], options: LineOptions) => Item[];
	/** `text` restricted to what `face` can draw. */
	sanitize: (text: string, face: Face) => string;
}

/** The text tools for `metrics`. */
export function createTextKit(metrics: FontMetrics): TextKit {
	const styles = new Map<string, TextStyle>();
	const widths = new Map<TextStyle, Map<string, number>>();

	const style = (face: Face, size: number, color: Rgb, href?: string): TextStyle => {
		const key = `${face}|${size}|${color.join(',')}|${href ?? ''}`;
		let found = styles.get(key);
		if (found === undefined) {
			found = href === undefined ? { face, size, color } : { face, size, color, href };
			styles.set(key, found);
		}
		return found;
	};

	const measure = (text: string, textStyle: TextStyle): number => {
		let cache = widths.get(textStyle);
		if (cache === undefined) {
			cache = new Map();
			widths.set(textStyle, cache);
		}
		let width = cache.get(text);
		if (width === undefined) {
			width = metrics.measure(text, textStyle.face, textStyle.size);
			cache.set(text, width);
		}
		return width;
	};

	const pieces = (runs: Runs, size: number, bold = false): Piece<TextStyle>[] =>
		linkBareUrls(runs).map((run) => {
			const isBold = bold || run.bold === true;
			const italic = run.italic === true;
			const face: Face = isBold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';
			const href = safeHref(run.href);
			const textStyle =
				href === undefined
					? style(face, size, COLOURS.text)
					: style(face, size, COLOURS.link, href);
			return { text: metrics.sanitize(run.text, face), style: textStyle };
		});

	const wrap = (content: Piece<TextStyle>[], width: number): Line<TextStyle>[] =>
		wrapPieces(content, width, measure);

	const lineOps = (
		line: Line<TextStyle>,
		x: number,
		width: number,
		y: number,
		align?: Alignment,
		node?: StructNode,
	): DrawOp[] => {
		const offset = x + alignOffset(line.width, width, align);
		return line.pieces.map((piece): DrawOp => {
			const op: DrawOp = {
				op: 'text',
				x: offset + piece.x,
				y,
				text: piece.text,
				style: piece.style,
				width: piece.width,
			};
			const { href } = piece.style;
			if (node !== undefined) op.node = href === undefined ? node : linkNode(node, href);
			return op;
		});
	};

	const lineItems = (lines: Line<TextStyle>[], options: LineOptions): Item[] =>
		lines.map((line, index) => {
			const item: Item = {
				height: options.line,
				data: lineOps(
					line,
					options.x,
					options.width,
					baseline(options.line, options.size),
					options.align,
					options.node,
				),
			};
			if (lines.length > 1 && (index === 0 || index === lines.length - 2)) item.keepWithNext = true;
			return item;
		});

	return { style, measure, pieces, wrap, lineOps, lineItems, sanitize: metrics.sanitize };
}
