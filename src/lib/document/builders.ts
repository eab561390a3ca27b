/** Small constructors so templates read like the document they build. */

import type {
	Alignment,
	Block,
	Doc,
	DocMeta,
	HeadingBlock,
	ListBlock,
	NoteBlock,
	PageBreakBlock,
	ParagraphBlock,
	Run,
	Runs,
	SignatureBlock,
	Signatory,
	SpacerBlock,
	TableBlock,
	TitleBlock,
} from './model.ts';

/** A string is a plain run; a run or a list of runs passes through. */
export type Inline = string | Run | readonly (string | Run)[];

/** Normalises inline content to runs. */
export function runs(...parts: Inline[]): Runs {
	return parts.flatMap((part): Run[] => {
		if (typeof part === 'string') return [{ text: part }];
		if (Array.isArray(part)) return runs(...(part as readonly (string | Run)[]));
		return [{ ...(part as Run) }];
	});
}

/** A plain run. */
export function t(text: string): Run {
	return { text };
}

/** A bold run. */
export function b(text: string): Run {
	return { text, bold: true };
}

/** An italic run. */
export function i(text: string): Run {
	return { text, italic: true };
}

/** A link run. */
export function link(text: string, href: string): Run {
	return { text, href };
}

/** A paragraph of strings and runs. */
export function p(...parts: Inline[]): ParagraphBlock {
	return { kind: 'paragraph', runs: runs(...parts) };
}

/** A paragraph with an alignment. */
export function aligned(align: Alignment, ...parts: Inline[]): ParagraphBlock {
	return { kind: 'paragraph', runs: runs(...parts), align };
}

/** A heading of level 1 to 3. */
export function h(level: 1 | 2 | 3, text: string): HeadingBlock {
	return { kind: 'heading', level, text };
}

/** A level-1 heading. */
export function h1(text: string): HeadingBlock {
	return h(1, text);
}

/** A level-2 heading. */
export function h2(text: string): HeadingBlock {
	return h(2, text);
}

/** A level-3 heading. */
export function h3(text: string): HeadingBlock {
	return h(3, text);
}

/** The title block: centred lines. */
export function title(...lines: string[]): TitleBlock {
	return { kind: 'title', lines };
}

/** A bulleted list; each argument is one item. */
export function ul(...items: Inline[]): ListBlock {
	return { kind: 'list', ordered: false, items: items.map((item) => runs(item)) };
}

/** A numbered list; each argument is one item. */
export function ol(...items: Inline[]): ListBlock {
	return { kind: 'list', ordered: true, items: items.map((item) => runs(item)) };
}

/** Options of `table`: cells are strings, runs or lists of runs. */
export interface TableInput {
	caption?: string;
	header: Inline[];
	rows: Inline[][];
	widths?: number[];
}

/** A table with a header row. */
export function table(input: TableInput): TableBlock {
	const block: TableBlock = {
		kind: 'table',
		header: input.header.map((cell) => runs(cell)),
		rows: input.rows.map((row) => row.map((cell) => runs(cell))),
	};
	if (input.caption !== undefined) block.caption = input.caption;
	if (input.widths !== undefined) block.widths = [...input.widths];
	return block;
}

/** A signature block for one or two signatories. */
export function signature(
	placeDate: string | undefined,
	...signatories: [Signatory] | [Signatory, Signatory]
): SignatureBlock {
	const block: SignatureBlock = {
		kind: 'signature',
		signatories: signatories.map((s) => ({ ...s })) as SignatureBlock['signatories'],
	};
	if (placeDate !== undefined) block.placeDate = placeDate;
	return block;
}

/** Vertical space of `lines` blank lines. */
export function spacer(lines = 1): SpacerBlock {
	return { kind: 'spacer', lines };
}

/** A page break. */
export function pageBreak(): PageBreakBlock {
	return { kind: 'pageBreak' };
}

/** A framed note; each argument after the title is one paragraph. */
export function note(noteTitle: string | undefined, ...paragraphs: Inline[]): NoteBlock {
	const block: NoteBlock = { kind: 'note', paragraphs: paragraphs.map((item) => runs(item)) };
	if (noteTitle !== undefined) block.title = noteTitle;
	return block;
}

/** Options of `doc`: metadata without the fixed language, keywords optional. */
export interface DocInput {
	title: string;
	author: string;
	subject: string;
	keywords?: string[];
	header?: string;
	footer?: string;
	/** Type size multiplier for large print; see `Doc.scale`. */
	scale?: number;
	blocks: Block[];
}

/** A whole document in French. */
export function doc(input: DocInput): Doc {
	const meta: DocMeta = {
		title: input.title,
		author: input.author,
		subject: input.subject,
		language: 'fr-FR',
		keywords: [...(input.keywords ?? [])],
	};
	const result: Doc = { meta, blocks: input.blocks };
	if (input.header !== undefined) result.header = input.header;
	if (input.footer !== undefined) result.footer = input.footer;
	if (input.scale !== undefined) result.scale = input.scale;
	return result;
}
