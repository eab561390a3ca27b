/** Lays a document out as boxes of drawing operations for the PDF renderer; no pdf-lib here. */

import type { Doc } from '../document/model.ts';
import { listItems, noteItems, signatureItems } from './pdf-boxes.ts';
import {
	COLOURS,
	CONTENT_HEIGHT,
	CONTENT_WIDTH,
	PAGE,
	TYPE,
	baseline,
	gap,
	type DrawOp,
	type Face,
	type FontMetrics,
	type Item,
	type StructNode,
	type TextStyle,
	structNode,
} from './pdf-style.ts';
import { tableItems } from './pdf-table.ts';
import { createTextKit } from './pdf-text.ts';

const BODY = TYPE.body;
const TITLE = TYPE.title;
const HEADINGS = TYPE.headings;
const RUNNING = TYPE.running;

/** The PDF layout for one set of fonts. */
export interface PdfLayout {
	/**
	 * The body as flow items, in order, for `paginate`; its structure elements are appended to
	 * `root` (a `Document` element), which the text operations point to.
	 */
	flow: (doc: Doc, root?: StructNode) => Item[];
	/** Running header, footer and « Page X sur Y » of one page, in content coordinates. */
	decorations: (doc: Doc, page: number, pages: number) => DrawOp[];
}

/** The PDF layout for `metrics`. */
export function createPdfLayout(metrics: FontMetrics): PdfLayout {
	const kit = createTextKit(metrics);
	const { style, measure, pieces, wrap, lineOps, lineItems } = kit;

	/** The body as flow items, in order. */
	const flow = (doc: Doc, root = structNode('Document')): Item[] => {
		const items: Item[] = [];
		let breakNext = false;
		const push = (...added: Item[]): void => {
			for (const item of added) {
				// Space between a heading and what follows belongs to the chain kept together.
				if (item.collapsible && items.at(-1)?.keepWithNext) item.keepWithNext = true;
				if (breakNext && !item.collapsible) {
					item.breakBefore = true;
					breakNext = false;
				}
				items.push(item);
			}
		};
		for (const block of doc.blocks) {
			switch (block.kind) {
				case 'title': {
					// Each line of the title is a paragraph of its own, as in the HTML preview.
					const titleItems = block.lines.flatMap((text) =>
						lineItems(wrap(pieces([{ text }], TITLE.size, true), CONTENT_WIDTH), {
							x: 0,
							width: CONTENT_WIDTH,
							line: TITLE.line,
							size: TITLE.size,
							align: 'center',
							node: structNode('P', root),
						}),
					);
					titleItems.slice(0, -1).forEach((item) => (item.keepWithNext = true));
					push(...titleItems, gap(TITLE.after));
					break;
				}
				case 'heading': {
					const heading = HEADINGS[block.level];
					const lines = wrap(pieces([{ text: block.text }], heading.size, true), CONTENT_WIDTH);
					const headingItems = lineItems(lines, {
						x: 0,
						width: CONTENT_WIDTH,
						line: heading.line,
						size: heading.size,
						node: structNode(`H${block.level}`, root),
					});
					// Kept with what follows: no heading alone at the bottom of a page.
					headingItems.forEach((item) => (item.keepWithNext = true));
					const last = headingItems.at(-1);
					if (last !== undefined) last.height += heading.after;
					push(gap(heading.before), ...headingItems);
					break;
				}
				case 'paragraph': {
					const lines = wrap(pieces(block.runs, BODY.size), CONTENT_WIDTH);
					const options = {
						x: 0,
						width: CONTENT_WIDTH,
						line: BODY.line,
						size: BODY.size,
						node: structNode('P', root),
					};
					push(
						...lineItems(
							lines,
							block.align === undefined ? options : { ...options, align: block.align },
						),
						gap(BODY.after),
					);
					break;
				}
				case 'list':
					push(...listItems(block, kit, root));
					break;
				case 'table':
					push(...tableItems(block, kit, root));
					break;
				case 'note':
					push(...noteItems(block, kit, root));
					break;
				case 'signature':
					push(...signatureItems(block, kit, root));
					break;
				case 'spacer':
					push(gap(Math.max(0, block.lines) * BODY.line));
					break;
				case 'pageBreak':
					breakNext = true;
					break;
			}
		}
		return items;
	};

	/** Running header, footer and « Page X sur Y » of one page, in content coordinates. */
	const decorations = (doc: Doc, page: number, pages: number): DrawOp[] => {
		const ops: DrawOp[] = [];
		const running = (face: Face): TextStyle => style(face, RUNNING.size, COLOURS.running);
		const label = kit.sanitize(`Page ${page} sur ${pages}`, 'regular');
		const labelWidth = measure(label, running('regular'));
		const footerTop = CONTENT_HEIGHT + PAGE.margin - 30;
		ops.push({
			op: 'text',
			x: CONTENT_WIDTH - labelWidth,
			y: footerTop + baseline(RUNNING.line, RUNNING.size),
			text: label,
			style: running('regular'),
			width: labelWidth,
		});
		const runningText = (text: string, top: number, width: number): void => {
			const lines = wrap(
				[{ text: kit.sanitize(text, 'regular'), style: running('regular') }],
				width,
			);
			// Two lines at most: the margin has no room for more.
			lines.slice(0, 2).forEach((line, index) => {
				ops.push(
					...lineOps(
						line,
						0,
						width,
						top + index * RUNNING.line + baseline(RUNNING.line, RUNNING.size),
					),
				);
			});
		};
		if (doc.footer !== undefined)
			runningText(doc.footer, footerTop, CONTENT_WIDTH - labelWidth - 12);
		if (doc.header !== undefined) runningText(doc.header, 20 - PAGE.margin, CONTENT_WIDTH);
		return ops;
	};

	return { flow, decorations };
}
