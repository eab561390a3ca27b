/** Page geometry, type sizes, colours and drawing operations of the PDF layout; plain data. */

import type { FlowItem } from './layout.ts';

/** A face of the embedded font family. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** A colour, components from 0 to 1. */
export type Rgb = readonly [number, number, number];

/** How a run is drawn; instances are shared so that equal styles merge on a line. */
export interface TextStyle {
	face: Face;
	size: number;
	color: Rgb;
	href?: string;
}

/** Standard structure types of a tagged PDF (ISO 32000-1, 14.8.4) that the layout uses. */
export type StructRole =
	| 'Document'
	| 'Div'
	| 'H1'
	| 'H2'
	| 'H3'
	| 'P'
	| 'L'
	| 'LI'
	| 'Lbl'
	| 'LBody'
	| 'Table'
	| 'Caption'
	| 'TR'
	| 'TH'
	| 'TD'
	| 'Link';

/**
 * An element of the structure tree, built by the layout in document order; the renderer turns it
 * into the PDF's StructElem dictionaries. Text drawn for it points back to it.
 */
export interface StructNode {
	role: StructRole;
	children: StructNode[];
	/** The URL of a `Link`. */
	href?: string;
	/** Header cells head their column. */
	scope?: 'Column';
	/** The `Link` children of this element, by URL, so that the lines of one link share one. */
	links?: Map<string, StructNode>;
}

/** A new element, appended to `parent`'s children when given. */
export function structNode(role: StructRole, parent?: StructNode): StructNode {
	const node: StructNode = { role, children: [] };
	parent?.children.push(node);
	return node;
}

/** The `Link` element of `parent` for `href`, made on first use. */
export function linkNode(parent: StructNode, href: string): StructNode {
	parent.links ??= new Map();
	let link = parent.links.get(href);
	if (link === undefined) {
		link = structNode('Link', parent);
		link.href = href;
		parent.links.set(href, link);
	}
	return link;
}

/**
 * A drawing operation; `x` from the left edge of the content area, `y` down from the top of its box
 * (the baseline for text, the top edge for rectangles).
 */
export type DrawOp =
	| {
			op: 'text';
			x: number;
			y: number;
			text: string;
			style: TextStyle;
			width: number;
			/** The structure element the text belongs to; none for artifacts (running header…). */
			node?: StructNode;
	  }
	| { op: 'rect'; x: number; y: number; width: number; height: number; fill: Rgb }
	| { op: 'line'; x1: number; y1: number; x2: number; y2: number; color: Rgb; thickness: number };

/** A box of the flow: its drawing operations relative to its top. */
export type Item = FlowItem<DrawOp[]>;

/** What the layout needs from the fonts: widths, and text restricted to what a face can draw. */
export interface FontMetrics {
	measure: (text: string, face: Face, size: number) => number;
	sanitize: (text: string, face: Face) => string;
}

/** A4 in points, 2 cm margins. */
export const PAGE = { width: 595.28, height: 841.89, margin: 56.69 } as const;
/** Width of the text area. */
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Height of the text area. */
export const CONTENT_HEIGHT = PAGE.height - 2 * PAGE.margin;

/** Colours: sober, printable in black and white. */
export const COLOURS = {
	text: [0, 0, 0],
	running: [0.35, 0.35, 0.35],
	rule: [0.45, 0.45, 0.45],
	link: [0, 0, 0.57],
	headerFill: [0.9, 0.9, 0.92],
	noteFill: [0.96, 0.96, 0.97],
} as const satisfies Record<string, Rgb>;

/** Sizes in points: font size, line height, space before and after. */
export const TYPE = {
	body: { size: 10.5, line: 14.2, after: 6 },
	title: { size: 13.5, line: 18, after: 16 },
	headings: {
		1: { size: 15, line: 19, before: 14, after: 6 },
		2: { size: 12.5, line: 16.5, before: 10, after: 4 },
		3: { size: 11, line: 14.5, before: 8, after: 3 },
	},
	table: { size: 9.5, line: 12.8, padding: 4, after: 10 },
	running: { size: 8.5, line: 10.5 },
} as const;

/** Indents and boxes in points. */
export const SPACING = { listIndent: 18, notePadding: 8, signingSpace: 56 } as const;

/** Baseline of text of `size` centred in a line box of `lineHeight`. */
export function baseline(lineHeight: number, size: number): number {
	return lineHeight / 2 + size * 0.35;
}

/** Blank space, dropped at the top of a page. */
export function gap(height: number): Item {
	return { height, collapsible: true, data: [] };
}
