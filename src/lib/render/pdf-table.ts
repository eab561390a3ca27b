/** Tables in the PDF layout: widths from the content, wrapped cells, header repeated per page. */

import type { Runs, TableBlock } from '../document/model.ts';
import { columnWidths, scaleWidths, type Piece } from './layout.ts';
import {
	COLOURS,
	CONTENT_HEIGHT,
	CONTENT_WIDTH,
	TYPE,
	baseline,
	gap,
	type DrawOp,
	type Item,
	type Rgb,
	type StructNode,
	type TextStyle,
	structNode,
} from './pdf-style.ts';
import type { TextKit } from './pdf-text.ts';

const TABLE = TYPE.table;
const BODY = TYPE.body;
const RULE = COLOURS.rule;

/** Grid lines of one table row. */
function gridOps(lefts: number[], widths: number[], height: number): DrawOp[] {
	const right = (lefts.at(-1) ?? 0) + (widths.at(-1) ?? 0);
	const ops: DrawOp[] = [
		{ op: 'line', x1: 0, y1: 0, x2: right, y2: 0, color: RULE, thickness: 0.5 },
		{ op: 'line', x1: 0, y1: height, x2: right, y2: height, color: RULE, thickness: 0.5 },
		{ op: 'line', x1: right, y1: 0, x2: right, y2: height, color: RULE, thickness: 0.5 },
	];
	for (const left of lefts) {
		ops.push({ op: 'line', x1: left, y1: 0, x2: left, y2: height, color: RULE, thickness: 0.5 });
	}
	return ops;
}

/**
 * A table as flow items: caption and header kept with the first row, header repeated. Tagged as
 * Table › Caption, TR › TH (scope Column) for the header, TR › TD for the body.
 */
export function tableItems(block: TableBlock, kit: TextKit, parent?: StructNode): Item[] {
	const { style, measure, pieces, wrap, lineOps, lineItems } = kit;
	const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length), 1);
	const pad = TABLE.padding;
	const cellPieces = (row: Runs[], bold: boolean): Piece<TextStyle>[][] =>
		Array.from({ length: columns }, (_, index) => pieces(row[index] ?? [], TABLE.size, bold));
	const header = cellPieces(block.header, true);
	const body = block.rows.map((row) => cellPieces(row, false));
	let columnWidth: number[];
	if (block.widths !== undefined) {
		columnWidth = scaleWidths(block.widths, columns, CONTENT_WIDTH);
	} else {
		const all = [header, ...body];
		const widthOf = (cell: Piece<TextStyle>[], split: RegExp): number =>
			Math.max(
				0,
				...cell.flatMap((piece) =>
					piece.text.split(split).map((part) => measure(part, piece.style)),
				),
			);
		const minimum = Array.from(
			{ length: columns },
			(_, c) => Math.max(...all.map((row) => widthOf(row[c] ?? [], /[ \n]/))) + 2 * pad,
		);
		const natural = Array.from(
			{ length: columns },
			(_, c) =>
				Math.max(
					...all.map((row) =>
						measure(
							(row[c] ?? []).map((piece) => piece.text).join(''),
							style('regular', TABLE.size, COLOURS.text),
						),
					),
				) +
				2 * pad,
		);
		columnWidth = columnWidths(minimum, natural, CONTENT_WIDTH);
	}
	const lefts = columnWidth.map((_, c) => columnWidth.slice(0, c).reduce((a, b) => a + b, 0));

	const table = parent && structNode('Table', parent);
	// The caption comes first among the table's children.
	const caption = table && block.caption !== undefined ? structNode('Caption', table) : undefined;
	const rowItems = (
		cells: Piece<TextStyle>[][],
		fill: Rgb | undefined,
		maxHeight: number,
		head = false,
	) => {
		const row = table && structNode('TR', table);
		const cellNodes = cells.map(() => {
			if (row === undefined) return undefined;
			const cell = structNode(head ? 'TH' : 'TD', row);
			if (head) cell.scope = 'Column';
			return cell;
		});
		const cellLines = cells.map((cell, c) => wrap(cell, (columnWidth[c] ?? 0) - 2 * pad));
		const perChunk = Math.max(1, Math.floor((maxHeight - 2 * pad) / TABLE.line));
		const lineCount = Math.max(1, ...cellLines.map((lines) => lines.length));
		const items: Item[] = [];
		// A row taller than a page is cut into several rows, rather than running off the page.
		for (let start = 0; start < lineCount; start += perChunk) {
			const count = Math.min(perChunk, lineCount - start);
			const height = count * TABLE.line + 2 * pad;
			const ops: DrawOp[] = [];
			cellLines.forEach((lines, c) => {
				const x = lefts[c] ?? 0;
				const width = columnWidth[c] ?? 0;
				if (fill !== undefined) ops.push({ op: 'rect', x, y: 0, width, height, fill });
				lines.slice(start, start + count).forEach((line, index) => {
					const y = pad + index * TABLE.line + baseline(TABLE.line, TABLE.size);
					ops.push(...lineOps(line, x + pad, width - 2 * pad, y, undefined, cellNodes[c]));
				});
			});
			ops.push(...gridOps(lefts, columnWidth, height));
			items.push({ height, data: ops });
		}
		return items;
	};

	const items: Item[] = [];
	if (block.caption !== undefined) {
		const captionLines = wrap(
			pieces([{ text: block.caption, bold: true }], BODY.size),
			CONTENT_WIDTH,
		);
		const captionItems = lineItems(captionLines, {
			x: 0,
			width: CONTENT_WIDTH,
			line: BODY.line,
			size: BODY.size,
			...(caption && { node: caption }),
		});
		captionItems.forEach((item) => (item.keepWithNext = true));
		items.push(...captionItems, { height: 3, keepWithNext: true, data: [] });
	}
	const headerItems = rowItems(header, COLOURS.headerFill, CONTENT_HEIGHT / 3, true);
	headerItems.forEach((item) => (item.keepWithNext = true));
	const headerHeight = headerItems.reduce((sum, item) => sum + item.height, 0);
	items.push(...headerItems);
	for (const row of body) {
		for (const item of rowItems(row, undefined, CONTENT_HEIGHT - headerHeight)) {
			item.repeat = headerItems;
			items.push(item);
		}
	}
	items.push(gap(TABLE.after));
	return items;
}
