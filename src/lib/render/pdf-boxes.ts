/** Lists, notes and signatures in the PDF layout. */

import type { ListBlock, NoteBlock, SignatureBlock } from '../document/model.ts';
import {
	COLOURS,
	CONTENT_WIDTH,
	SPACING,
	TYPE,
	baseline,
	gap,
	type DrawOp,
	type Item,
	type StructNode,
	structNode,
} from './pdf-style.ts';
import type { TextKit } from './pdf-text.ts';

const BODY = TYPE.body;

/**
 * A list as flow items: each item's lines indented, its marker on the first line. Tagged as
 * L › LI › Lbl (the marker) + LBody, the marker drawn first so that it is read first.
 */
export function listItems(block: ListBlock, kit: TextKit, parent?: StructNode): Item[] {
	const { style, measure, pieces, wrap, lineItems, sanitize } = kit;
	const list = parent && structNode('L', parent);
	return block.items.flatMap((runs, index) => {
		const item = list && structNode('LI', list);
		const label = item && structNode('Lbl', item);
		const body = item && structNode('LBody', item);
		const lines = wrap(pieces(runs, BODY.size), CONTENT_WIDTH - SPACING.listIndent);
		const items = lineItems(lines, {
			x: SPACING.listIndent,
			width: CONTENT_WIDTH - SPACING.listIndent,
			line: BODY.line,
			size: BODY.size,
			...(body && { node: body }),
		});
		const markerStyle = style('regular', BODY.size, COLOURS.text);
		const marker = sanitize(block.ordered ? `${index + 1}.` : '•', 'regular');
		const markerWidth = measure(marker, markerStyle);
		items[0]?.data.unshift({
			op: 'text',
			x: block.ordered ? SPACING.listIndent - 5 - markerWidth : 5,
			y: baseline(BODY.line, BODY.size),
			text: marker,
			style: markerStyle,
			width: markerWidth,
			...(label && { node: label }),
		});
		return [...items, gap(index === block.items.length - 1 ? BODY.after : 2)];
	});
}

/** A framed note as flow items, kept on one page when it fits; tagged as a Div of paragraphs. */
export function noteItems(block: NoteBlock, kit: TextKit, parent?: StructNode): Item[] {
	const { pieces, wrap, lineOps } = kit;
	const inner = CONTENT_WIDTH - 2 * SPACING.notePadding;
	const box = parent && structNode('Div', parent);
	const paragraphs = [
		...(block.title === undefined ? [] : [pieces([{ text: block.title }], BODY.size, true)]),
		...block.paragraphs.map((runs) => pieces(runs, BODY.size)),
	].map((content) => ({ lines: wrap(content, inner), node: box && structNode('P', box) }));
	const lines = paragraphs.flatMap((paragraph, p) =>
		paragraph.lines.map((line, index) => ({
			line,
			node: paragraph.node,
			spaceAfter: index === paragraph.lines.length - 1 && p < paragraphs.length - 1 ? 4 : 0,
		})),
	);
	const items = lines.map(({ line, node, spaceAfter }, index): Item => {
		const first = index === 0;
		const last = index === lines.length - 1;
		const top = first ? SPACING.notePadding : 0;
		const height = top + BODY.line + spaceAfter + (last ? SPACING.notePadding : 0);
		const side = (x: number): DrawOp => ({
			op: 'line',
			x1: x,
			y1: 0,
			x2: x,
			y2: height,
			color: COLOURS.rule,
			thickness: 0.8,
		});
		const edge = (y: number): DrawOp => ({
			op: 'line',
			x1: 0,
			y1: y,
			x2: CONTENT_WIDTH,
			y2: y,
			color: COLOURS.rule,
			thickness: 0.8,
		});
		const ops: DrawOp[] = [
			{ op: 'rect', x: 0, y: 0, width: CONTENT_WIDTH, height, fill: COLOURS.noteFill },
			side(0),
			side(CONTENT_WIDTH),
			...lineOps(
				line,
				SPACING.notePadding,
				inner,
				top + baseline(BODY.line, BODY.size),
				undefined,
				node,
			),
		];
		if (first) ops.push(edge(0));
		if (last) ops.push(edge(height));
		// The box is kept on one page when it fits.
		return last ? { height, data: ops } : { height, keepWithNext: true, data: ops };
	});
	return [gap(4), ...items, gap(BODY.after + 4)];
}

/**
 * The place and date line and one or two signatories, as one unbreakable item; each line of text
 * (place and date, role, name) a paragraph, read signatory by signatory.
 */
export function signatureItems(block: SignatureBlock, kit: TextKit, parent?: StructNode): Item[] {
	const { pieces, wrap, lineOps } = kit;
	const paragraph = (): StructNode | undefined => parent && structNode('P', parent);
	const half = CONTENT_WIDTH / 2;
	const columnWidth = half - 6;
	const single = block.signatories.length === 1;
	const ops: DrawOp[] = [];
	let y = 0;
	if (block.placeDate !== undefined) {
		const x = single ? half : 0;
		const width = single ? columnWidth : CONTENT_WIDTH;
		const node = paragraph();
		for (const line of wrap(pieces([{ text: block.placeDate }], BODY.size), width)) {
			ops.push(...lineOps(line, x, width, y + baseline(BODY.line, BODY.size), undefined, node));
			y += BODY.line;
		}
		y += 6;
	}
	const columns = block.signatories.map((signatory, index) => ({
		x: single || index === 1 ? half : 0,
		role: wrap(pieces([{ text: signatory.role }], BODY.size), columnWidth),
		name: wrap(pieces([{ text: signatory.name }], BODY.size, true), columnWidth),
	}));
	const roleLines = Math.max(...columns.map((column) => column.role.length));
	const nameLines = Math.max(...columns.map((column) => column.name.length));
	for (const column of columns) {
		const role = paragraph();
		const name = paragraph();
		column.role.forEach((line, index) =>
			ops.push(
				...lineOps(
					line,
					column.x,
					columnWidth,
					y + index * BODY.line + baseline(BODY.line, BODY.size),
					undefined,
					role,
				),
			),
		);
		const nameTop = y + roleLines * BODY.line + SPACING.signingSpace;
		column.name.forEach((line, index) =>
			ops.push(
				...lineOps(
					line,
					column.x,
					columnWidth,
					nameTop + index * BODY.line + baseline(BODY.line, BODY.size),
					undefined,
					name,
				),
			),
		);
	}
	const height = y + (roleLines + nameLines) * BODY.line + SPACING.signingSpace;
	return [gap(12), { height, data: ops }, gap(BODY.after)];
}
