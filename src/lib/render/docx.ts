/** Renders a document to DOCX with `docx`: A4, French styles, real headings, lists and fields. */

import {
	AlignmentType,
	BorderStyle,
	Document,
	ExternalHyperlink,
	Footer,
	Header,
	HeadingLevel,
	LevelFormat,
	Packer,
	PageBreak,
	PageNumber,
	Paragraph,
	ShadingType,
	Tab,
	TabStopType,
	Table,
	TableBorders,
	TableCell,
	TableRow,
	TextRun,
	WidthType,
	type IRunOptions,
	type ParagraphChild,
} from 'docx';
import { safeHref } from '../document/href.ts';
import type {
	Alignment,
	Block,
	Doc,
	NoteBlock,
	Run,
	Runs,
	SignatureBlock,
	TableBlock,
} from '../document/model.ts';
import { docScale } from '../document/scale.ts';
import { columnWidths, scaleWidths } from './layout.ts';

/** A4 in twips (twentieths of a point). */
const PAGE = { width: 11906, height: 16838 };
/** 2 cm margins; header and footer 1 cm from the edge. */
const MARGIN = 1134;
const CONTENT_WIDTH = PAGE.width - 2 * MARGIN;
const FONT = 'Arial';
const LANGUAGE = { value: 'fr-FR' } as const;
const RULE = { style: BorderStyle.SINGLE, size: 4, color: '737373' } as const;
const GRID = {
	top: RULE,
	bottom: RULE,
	left: RULE,
	right: RULE,
	insideHorizontal: RULE,
	insideVertical: RULE,
};
const HEADINGS = {
	1: HeadingLevel.HEADING_1,
	2: HeadingLevel.HEADING_2,
	3: HeadingLevel.HEADING_3,
} as const;
const ALIGNMENTS = {
	left: AlignmentType.LEFT,
	center: AlignmentType.CENTER,
	right: AlignmentType.RIGHT,
	justify: AlignmentType.JUSTIFIED,
} as const;

// XML 1.0 forbids C0 controls (except tab and newlines), lone surrogates, U+FFFE and U+FFFF;
// a single one makes Word and LibreOffice reject the whole file.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text valid in XML: controls dropped, other forbidden characters as U+FFFD, tabs as spaces. */
export function xmlSafeText(text: string): string {
	return text
		.replace(CONTROL, '')
		.replace(NOT_XML, '\uFFFD')
		.replace(/\r\n?/g, '\n')
		.replaceAll('\t', ' ');
}

function textRuns(run: Run, extra: IRunOptions = {}): TextRun[] {
	return xmlSafeText(run.text)
		.split('\n')
		.map((text, index) => {
			const options: { -readonly [K in keyof IRunOptions]: IRunOptions[K] } = { ...extra, text };
			if (run.bold) options.bold = true;
			if (run.italic) options.italics = true;
			if (index > 0) options.break = 1;
			return new TextRun(options);
		});
}

function children(runs: Runs, extra: IRunOptions = {}): ParagraphChild[] {
	return runs.flatMap((run): ParagraphChild[] => {
		const href = safeHref(run.href);
		if (href === undefined) return textRuns(run, extra);
		return [
			new ExternalHyperlink({
				link: href,
				children: textRuns(run, { ...extra, style: 'Hyperlink' }),
			}),
		];
	});
}

interface ParagraphOptions {
	align?: Alignment;
	breakBefore?: boolean;
	keepNext?: boolean;
	bold?: boolean;
	spacingAfter?: number;
}

function paragraph(runs: Runs, options: ParagraphOptions = {}): Paragraph {
	return new Paragraph({
		children: children(runs, options.bold ? { bold: true } : {}),
		...(options.align === undefined ? {} : { alignment: ALIGNMENTS[options.align] }),
		...(options.breakBefore ? { pageBreakBefore: true } : {}),
		...(options.keepNext ? { keepNext: true } : {}),
		...(options.spacingAfter === undefined ? {} : { spacing: { after: options.spacingAfter } }),
	});
}

function plain(text: string): Runs {
	return [{ text }];
}

/** Column widths in twips: given relative widths, or estimated from the length of the text. */
function tableWidths(block: TableBlock, columns: number): number[] {
	if (block.widths !== undefined) return scaleWidths(block.widths, columns, CONTENT_WIDTH);
	const rows = [block.header, ...block.rows];
	const text = (row: Runs[], column: number): string =>
		(row[column] ?? []).map((run) => run.text).join('');
	// About 120 twips per character at 10.5 pt, plus the cell margins and some slack.
	const size = (characters: number): number => characters * 120 + 320;
	const minimum = Array.from({ length: columns }, (_, c) =>
		size(
			Math.max(
				...rows.map((row) =>
					Math.max(
						...text(row, c)
							.split(/\s/)
							.map((w) => w.length),
					),
				),
			),
		),
	);
	const natural = Array.from({ length: columns }, (_, c) =>
		size(Math.max(...rows.map((row) => text(row, c).length))),
	);
	return columnWidths(minimum, natural, CONTENT_WIDTH);
}

function table(block: TableBlock, breakBefore: boolean): (Paragraph | Table)[] {
	const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length), 1);
	const widths = tableWidths(block, columns).map(Math.floor);
	const row = (cells: Runs[], header: boolean): TableRow =>
		new TableRow({
			tableHeader: header,
			cantSplit: true,
			children: Array.from(
				{ length: columns },
				(_, c) =>
					new TableCell({
						width: { size: widths[c] ?? 0, type: WidthType.DXA },
						margins: { top: 60, bottom: 60, left: 100, right: 100 },
						...(header
							? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E6E6EB' } }
							: {}),
						children: [
							paragraph(cells[c] ?? [], { bold: header, spacingAfter: 0, keepNext: header }),
						],
					}),
			),
		});
	const before: Paragraph[] = [];
	if (block.caption !== undefined) {
		before.push(
			new Paragraph({
				style: 'Caption',
				keepNext: true,
				children: children(plain(block.caption)),
				...(breakBefore ? { pageBreakBefore: true } : {}),
			}),
		);
	} else if (breakBefore) {
		before.push(new Paragraph({ children: [new PageBreak()] }));
	}
	return [
		...before,
		new Table({
			width: { size: CONTENT_WIDTH, type: WidthType.DXA },
			columnWidths: widths,
			borders: GRID,
			rows: [row(block.header, true), ...block.rows.map((cells) => row(cells, false))],
		}),
		new Paragraph({ children: [] }),
	];
}

function signature(block: SignatureBlock, breakBefore: boolean): (Paragraph | Table)[] {
	const half = Math.floor(CONTENT_WIDTH / 2);
	const cell = (lines: Paragraph[]): TableCell =>
		new TableCell({ width: { size: half, type: WidthType.DXA }, children: lines });
	const signatoryCell = (role: string, name: string): TableCell =>
		cell([
			paragraph(plain(role), { keepNext: true, spacingAfter: 0 }),
			// Room for the handwritten signature.
			...[1, 2, 3].map(() => new Paragraph({ keepNext: true, children: [] })),
			paragraph(plain(name), { bold: true, spacingAfter: 0 }),
		]);
	const [first, second] = block.signatories;
	const cells =
		second === undefined
			? [cell([new Paragraph({ children: [] })]), signatoryCell(first.role, first.name)]
			: [signatoryCell(first.role, first.name), signatoryCell(second.role, second.name)];
	const place: Paragraph[] =
		block.placeDate === undefined
			? breakBefore
				? [new Paragraph({ children: [new PageBreak()] })]
				: []
			: [
					new Paragraph({
						keepNext: true,
						spacing: { before: 240 },
						children: children(plain(block.placeDate)),
						...(second === undefined ? { indent: { left: half } } : {}),
						...(breakBefore ? { pageBreakBefore: true } : {}),
					}),
				];
	return [
		...place,
		new Table({
			width: { size: CONTENT_WIDTH, type: WidthType.DXA },
			columnWidths: [half, half],
			borders: TableBorders.NONE,
			rows: [new TableRow({ cantSplit: true, children: cells })],
		}),
	];
}

function note(block: NoteBlock, breakBefore: boolean): (Paragraph | Table)[] {
	const paragraphs = [
		...(block.title === undefined
			? []
			: [paragraph(plain(block.title), { bold: true, keepNext: true })]),
		...block.paragraphs.map((runs) => paragraph(runs, { keepNext: true })),
	];
	return [
		...(breakBefore ? [new Paragraph({ children: [new PageBreak()] })] : []),
		new Table({
			width: { size: CONTENT_WIDTH, type: WidthType.DXA },
			columnWidths: [CONTENT_WIDTH],
			borders: GRID,
			rows: [
				new TableRow({
					children: [
						new TableCell({
							width: { size: CONTENT_WIDTH, type: WidthType.DXA },
							margins: { top: 120, bottom: 60, left: 160, right: 160 },
							shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F5F5F7' },
							children: paragraphs.length > 0 ? paragraphs : [new Paragraph({ children: [] })],
						}),
					],
				}),
			],
		}),
		new Paragraph({ children: [] }),
	];
}

function block(item: Block, breakBefore: boolean, listIndex: number): (Paragraph | Table)[] {
	switch (item.kind) {
		case 'title':
			return item.lines.map(
				(line, index) =>
					new Paragraph({
						style: 'DocTitle',
						children: children(plain(line)),
						...(index < item.lines.length - 1 ? { keepNext: true } : {}),
						...(breakBefore && index === 0 ? { pageBreakBefore: true } : {}),
					}),
			);
		case 'heading':
			return [
				new Paragraph({
					heading: HEADINGS[item.level],
					children: children(plain(item.text)),
					...(breakBefore ? { pageBreakBefore: true } : {}),
				}),
			];
		case 'paragraph':
			return [
				paragraph(item.runs, {
					...(item.align === undefined ? {} : { align: item.align }),
					breakBefore,
				}),
			];
		case 'list':
			return item.items.map(
				(runs, index) =>
					new Paragraph({
						children: children(runs),
						numbering: item.ordered
							? { reference: 'numbers', level: 0, instance: listIndex }
							: { reference: 'bullets', level: 0 },
						spacing: { after: index === item.items.length - 1 ? 120 : 40 },
						...(breakBefore && index === 0 ? { pageBreakBefore: true } : {}),
					}),
			);
		case 'table':
			return table(item, breakBefore);
		case 'signature':
			return signature(item, breakBefore);
		case 'note':
			return note(item, breakBefore);
		case 'spacer':
			return Array.from(
				{ length: Math.max(breakBefore ? 1 : 0, Math.round(item.lines)) },
				(_, index) =>
					new Paragraph({
						children: [],
						...(breakBefore && index === 0 ? { pageBreakBefore: true } : {}),
					}),
			);
		case 'pageBreak':
			return [];
	}
}

function body(doc: Doc): (Paragraph | Table)[] {
	const result: (Paragraph | Table)[] = [];
	let breakNext = false;
	let lists = 0;
	for (const item of doc.blocks) {
		if (item.kind === 'pageBreak') {
			breakNext = true;
			continue;
		}
		// Each numbered list is its own numbering instance, so it starts again at 1.
		if (item.kind === 'list' && item.ordered) lists += 1;
		result.push(...block(item, breakNext, lists));
		breakNext = false;
	}
	if (breakNext) result.push(new Paragraph({ children: [new PageBreak()] }));
	return result;
}

const RUN_DEFAULTS = { font: FONT, language: LANGUAGE } as const;

function headingStyle(size: number, before: number, level: number) {
	return {
		run: { ...RUN_DEFAULTS, bold: true, size, color: '000000' },
		paragraph: {
			spacing: { before, after: 120 },
			keepNext: true,
			keepLines: true,
			outlineLevel: level,
		},
	};
}

function running(text: string): Paragraph {
	return new Paragraph({
		children: [new TextRun({ text: xmlSafeText(text), size: 17, color: '595959' })],
	});
}

/** The document as DOCX bytes (A4, fr-FR styles, Heading 1–3, « Page X sur Y » in the footer). */
export async function renderDocx(doc: Doc): Promise<Uint8Array> {
	// Large print (`doc.scale`) enlarges the body styles; sizes are in half-points.
	const scale = docScale(doc);
	const size = (halfPoints: number): number => Math.round(halfPoints * scale);
	const pageLabel = new TextRun({
		size: 17,
		color: '595959',
		children: [new Tab(), 'Page ', PageNumber.CURRENT, ' sur ', PageNumber.TOTAL_PAGES],
	});
	const footer = new Paragraph({
		tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
		children: [
			...(doc.footer === undefined
				? []
				: [new TextRun({ text: xmlSafeText(doc.footer), size: 17, color: '595959' })]),
			pageLabel,
		],
	});
	const document = new Document({
		title: xmlSafeText(doc.meta.title),
		subject: xmlSafeText(doc.meta.subject),
		description: xmlSafeText(doc.meta.subject),
		creator: xmlSafeText(doc.meta.author),
		lastModifiedBy: xmlSafeText(doc.meta.author),
		keywords: xmlSafeText(doc.meta.keywords.join(', ')),
		styles: {
			default: {
				document: {
					run: { ...RUN_DEFAULTS, size: size(21) },
					paragraph: { spacing: { after: 120, line: 264 } },
				},
				heading1: headingStyle(size(30), 360, 0),
				heading2: headingStyle(size(25), 240, 1),
				heading3: headingStyle(size(22), 200, 2),
				caption: {
					run: { ...RUN_DEFAULTS, bold: true, size: size(21), color: '000000' },
					paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
				},
			},
			paragraphStyles: [
				{
					id: 'DocTitle',
					name: 'Titre du document',
					basedOn: 'Normal',
					next: 'Normal',
					run: { ...RUN_DEFAULTS, bold: true, size: size(27) },
					paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } },
				},
			],
		},
		numbering: {
			config: [
				{
					reference: 'bullets',
					levels: [
						{
							level: 0,
							format: LevelFormat.BULLET,
							text: '•',
							alignment: AlignmentType.LEFT,
							style: { paragraph: { indent: { left: 720, hanging: 360 } } },
						},
					],
				},
				{
					reference: 'numbers',
					levels: [
						{
							level: 0,
							format: LevelFormat.DECIMAL,
							text: '%1.',
							alignment: AlignmentType.LEFT,
							style: { paragraph: { indent: { left: 720, hanging: 360 } } },
						},
					],
				},
			],
		},
		sections: [
			{
				properties: {
					page: {
						size: PAGE,
						margin: {
							top: MARGIN,
							right: MARGIN,
							bottom: MARGIN,
							left: MARGIN,
							header: 567,
							footer: 567,
						},
					},
				},
				headers: {
					default: new Header({
						children: doc.header === undefined ? [] : [running(doc.header)],
					}),
				},
				footers: { default: new Footer({ children: [footer] }) },
				children: body(doc),
			},
		],
	});
	return Packer.pack(document, 'uint8array');
}
