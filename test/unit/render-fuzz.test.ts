import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Block, Doc, Run } from '../../src/lib/document/index.ts';
import { renderDocx } from '../../src/lib/render/docx.ts';
import type { PdfFonts } from '../../src/lib/render/fonts.ts';
import { renderHtml } from '../../src/lib/render/html.ts';
import { renderPdf } from '../../src/lib/render/pdf.ts';
import { docxParts } from '../helpers/docx-read.ts';
import { nodePdfFonts } from '../helpers/fonts.ts';

// The lead may raise it for a nightly run: FUZZ_RUNS=2000 npm run test:unit.
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
// A PDF takes about 75 ms to build here; leave room for slower machines.
const TIMEOUT = 60_000 + RUNS * 400;

// Pieces no font draws well or no XML allows: lone surrogates, emoji with joiners and skin tones,
// controls, combining marks, right-to-left text, private use, noncharacters.
const nasty = fc.constantFrom(
	'\uD800',
	'\uDFFF',
	'a\uDC00b',
	'😀',
	'👩‍👩‍👧‍👦',
	'👍🏽',
	'🇫🇷',
	'\u0000',
	'\u0007',
	'\u000B',
	'\u0085',
	'\r\n',
	'\n',
	'\t',
	' ',
	'   ',
	'\u00A0',
	'\u202F',
	'\u200B',
	'\u2028',
	'e\u0301\u0302\u0303',
	'مرحبا',
	'שלום',
	'ﷺ',
	'\uE000',
	'\uFFFE',
	'\uFFFF',
	'\u{10FFFD}',
	'<script>',
	'&amp;',
	'Łukasz',
	'Nguyễn',
	'x'.repeat(300),
);
const text = fc
	.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 20 }), nasty), { maxLength: 12 })
	.map((parts) => parts.join(''));
const run: fc.Arbitrary<Run> = fc
	.record({
		text,
		bold: fc.boolean(),
		italic: fc.boolean(),
		link: fc.option(fc.constantFrom('https://example.fr/a?b=1', 'javascript:alert(1)'), {
			nil: undefined,
		}),
	})
	.map(({ text: content, bold, italic, link }) => ({
		text: content,
		...(bold ? { bold } : {}),
		...(italic ? { italic } : {}),
		...(link === undefined ? {} : { href: link }),
	}));
const runs = fc.array(run, { maxLength: 4 });
const block: fc.Arbitrary<Block> = fc.oneof(
	runs.map((content): Block => ({ kind: 'paragraph', runs: content })),
	fc
		.tuple(fc.constantFrom<1 | 2 | 3>(1, 2, 3), text)
		.map(([level, content]): Block => ({ kind: 'heading', level, text: content })),
	fc.array(text, { maxLength: 3 }).map((lines): Block => ({ kind: 'title', lines })),
	fc
		.tuple(fc.boolean(), fc.array(runs, { maxLength: 4 }))
		.map(([ordered, items]): Block => ({ kind: 'list', ordered, items })),
	fc
		.tuple(
			fc.option(text, { nil: undefined }),
			fc.array(runs, { minLength: 1, maxLength: 4 }),
			fc.array(fc.array(runs, { maxLength: 5 }), { maxLength: 4 }),
		)
		.map(([caption, header, rows]): Block => ({
			kind: 'table',
			header,
			rows,
			...(caption === undefined ? {} : { caption }),
		})),
	fc
		.tuple(text, text, fc.option(fc.tuple(text, text), { nil: undefined }))
		.map(([name, role, second]): Block => ({
			kind: 'signature',
			placeDate: role,
			signatories:
				second === undefined
					? [{ name, role }]
					: [
							{ name, role },
							{ name: second[0], role: second[1] },
						],
		})),
	fc
		.tuple(text, fc.array(runs, { maxLength: 3 }))
		.map(([title, paragraphs]): Block => ({ kind: 'note', title, paragraphs })),
	fc.integer({ min: 0, max: 3 }).map((lines): Block => ({ kind: 'spacer', lines })),
	fc.constant<Block>({ kind: 'pageBreak' }),
);
const documents: fc.Arbitrary<Doc> = fc
	.record({
		title: text,
		author: text,
		header: text,
		footer: text,
		blocks: fc.array(block, { maxLength: 8 }),
	})
	.map(({ title, author, header, footer, blocks }) => ({
		meta: { title, author, subject: title, language: 'fr-FR', keywords: [author] },
		header,
		footer,
		blocks,
	}));

describe('renderers on random Unicode', () => {
	let fonts: PdfFonts;
	beforeAll(async () => {
		fonts = await nodePdfFonts();
	});

	it(
		`renderPdf never throws and writes a PDF that loads (${RUNS} runs)`,
		async () => {
			await fc.assert(
				fc.asyncProperty(documents, async (doc) => {
					const bytes = await renderPdf(doc, fonts);
					const loaded = await PDFDocument.load(bytes);
					expect(loaded.getPageCount()).toBeGreaterThanOrEqual(1);
				}),
				{ numRuns: RUNS },
			);
		},
		TIMEOUT,
	);

	it(
		`renderDocx never throws nor writes a character XML forbids (${RUNS} runs)`,
		async () => {
			await fc.assert(
				fc.asyncProperty(documents, async (doc) => {
					const parts = docxParts(await renderDocx(doc));
					for (const [path, xml] of parts) {
						if (!path.endsWith('.xml') && !path.endsWith('.rels')) continue;
						expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
						expect(xml).not.toMatch(
							/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/,
						);
					}
				}),
				{ numRuns: RUNS },
			);
		},
		TIMEOUT,
	);

	it(
		`renderHtml never throws nor lets a tag through (${RUNS} runs)`,
		() => {
			fc.assert(
				fc.property(documents, (doc) => {
					expect(renderHtml(doc)).not.toContain('<script>');
				}),
				{ numRuns: RUNS },
			);
		},
		TIMEOUT,
	);
});
