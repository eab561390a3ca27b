/** The document model: plain, serialisable data that every renderer (HTML, DOCX, PDF) reads. */

/** A piece of text with one style; `\n` in `text` is a line break inside the paragraph. */
export interface Run {
	text: string;
	bold?: boolean;
	italic?: boolean;
	/** Absolute http(s) or mailto URL; renderers drop any other scheme and keep the text. */
	href?: string;
}

/** The runs of one paragraph, list item or table cell. */
export type Runs = Run[];

/** Centred lines opening the document, e.g. the collectivity then « Délibération n° … ». */
export interface TitleBlock {
	kind: 'title';
	lines: string[];
}

/** A section heading; levels map to h1–h3, Heading 1–3 and the PDF's heading sizes. */
export interface HeadingBlock {
	kind: 'heading';
	level: 1 | 2 | 3;
	text: string;
}

/** Paragraph alignment; justified text is left to the DOCX, where the reader's tool hyphenates. */
export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** A paragraph of inline runs. */
export interface ParagraphBlock {
	kind: 'paragraph';
	runs: Runs;
	align?: Alignment;
}

/** A bulleted (`ordered: false`) or numbered list; each item is one paragraph of runs. */
export interface ListBlock {
	kind: 'list';
	ordered: boolean;
	items: Runs[];
}

/** A table with a caption, one header row (repeated on each page) and body rows of run cells. */
export interface TableBlock {
	kind: 'table';
	caption?: string;
	header: Runs[];
	rows: Runs[][];
	/** Relative column widths (e.g. [1, 3]); measured from the content when absent. */
	widths?: number[];
}

/** Who signs: the role is written above the space left for the signature, the name below. */
export interface Signatory {
	name: string;
	role: string;
}

/** The place and date line then one signatory, or two side by side. */
export interface SignatureBlock {
	kind: 'signature';
	/** E.g. « Fait à Villeneuve, le 23 novembre 2026 ». */
	placeDate?: string;
	signatories: [Signatory] | [Signatory, Signatory];
}

/** Vertical space, in blank lines of body text. */
export interface SpacerBlock {
	kind: 'spacer';
	lines: number;
}

/** Starts the next block on a new page. */
export interface PageBreakBlock {
	kind: 'pageBreak';
}

/** A framed box for a short remark, with an optional bold title. */
export interface NoteBlock {
	kind: 'note';
	title?: string;
	paragraphs: Runs[];
}

/** Any block of the document body. */
export type Block =
	| TitleBlock
	| HeadingBlock
	| ParagraphBlock
	| ListBlock
	| TableBlock
	| SignatureBlock
	| SpacerBlock
	| PageBreakBlock
	| NoteBlock;

/** Document properties, written to DOCX core properties and PDF metadata. */
export interface DocMeta {
	title: string;
	author: string;
	subject: string;
	language: 'fr-FR';
	keywords: string[];
}

/** A whole document: metadata, running header and footer text, and the body. */
export interface Doc {
	meta: DocMeta;
	/** Text at the top of every page. */
	header?: string;
	/** Text at the bottom of every page, beside « Page X sur Y ». */
	footer?: string;
	/** Type size multiplier for large print (the poster: 1.4); 1 when absent. PDF and DOCX honour it. */
	scale?: number;
	blocks: Block[];
}
