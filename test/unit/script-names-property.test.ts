// Property: for generated names in any script, either the PDF text (pdftotext) contains the name,
// or the dossier was refused with the field named. Never a silent `���` in the signed document.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { doc, p } from '../../src/lib/document/index.ts';
import { parseDossierValue } from '../../src/lib/dossier/parse';
import type { PdfFonts } from '../../src/lib/render/fonts';
import { renderPdfReport } from '../../src/lib/render/pdf';
import { exampleDossier } from '../helpers/catalogue';
import { nodePdfFonts } from '../helpers/fonts';
import { normalise, pdfText } from '../helpers/poppler';

// Each accepted run renders a PDF and reads it with pdftotext (about 0.2 s).
const RUNS = 60 * Number(process.env['PROPERTY_SCALE'] ?? 1);

const range = (min: number, max: number) =>
	fc.integer({ min, max }).map((code) => String.fromCodePoint(code));

/** Code point ranges of scripts, the PDF fonts' and others. */
const scripts: [number, number][] = [
	[0x61, 0x7a],
	[0xc0, 0x24f],
	[0x1e00, 0x1eff],
	[0x370, 0x3ff],
	[0x400, 0x4ff],
	[0x531, 0x587],
	[0x10a0, 0x10ff],
	[0x5d0, 0x5ea],
	[0x600, 0x6ff],
	[0x900, 0x97f],
	[0xe01, 0xe5b],
	[0x2d30, 0x2d7f],
	[0x4e00, 0x9fff],
	[0x1f300, 0x1faff],
];

/** One character from one of many scripts, the PDF fonts' and others, marks and emoji included. */
const character = fc.oneof(
	range(0x41, 0x7a), // Basic Latin letters (and a few signs between them)
	range(0xc0, 0x24f), // Latin-1 and Latin Extended
	range(0x1e00, 0x1eff), // Latin Extended Additional (Vietnamese)
	range(0x300, 0x36f), // combining marks
	range(0x370, 0x3ff), // Greek
	range(0x400, 0x4ff), // Cyrillic
	range(0x531, 0x587), // Armenian
	range(0x10a0, 0x10ff), // Georgian
	range(0x5d0, 0x5ea), // Hebrew (right to left)
	range(0x600, 0x6ff), // Arabic (right to left)
	range(0x900, 0x97f), // Devanagari
	range(0xe01, 0xe5b), // Thai
	range(0x2d30, 0x2d7f), // Tifinagh
	range(0x4e00, 0x9fff), // CJK ideographs
	range(0x1f300, 0x1faff), // emoji
	fc.constantFrom(' ', '-', '’', '\u202e', '\u200b', '\t'),
	fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);

/** A name in one script (most names), or characters of every kind mixed. */
const name = fc.oneof(
	fc
		.constantFrom(...scripts)
		.chain(([min, max]) =>
			fc.array(fc.oneof({ weight: 8, arbitrary: range(min, max) }, fc.constantFrom(' ', '-')), {
				minLength: 2,
				maxLength: 24,
			}),
		)
		.map((chars) => chars.join('')),
	fc.array(character, { minLength: 1, maxLength: 24 }).map((chars) => chars.join('')),
);

const FIELD = 'sitting.members[0].name';

let fonts: PdfFonts;
beforeAll(async () => {
	fonts = await nodePdfFonts();
});

describe('names in any script', () => {
	it(`reach the PDF text whole, or are refused naming the field (${RUNS} runs)`, async () => {
		const example = exampleDossier();
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(name, async (typed) => {
				const input = structuredClone(example);
				const member = input.sitting?.members[0];
				if (member) member.name = typed;
				const result = parseDossierValue(input);
				if (!result.ok) {
					const problem = result.problems.find((item) => item.path === FIELD);
					expect(problem, JSON.stringify(result.problems)).toBeDefined();
					expect(problem?.message).toMatch(/^Le nom du membre /);
					return;
				}
				accepted++;
				const stored = result.dossier.sitting?.members[0]?.name ?? '';
				const pdf = await renderPdfReport(
					doc({
						title: 'Noms',
						author: 'CCAS',
						subject: 'Essai',
						blocks: [p(`Membre : ${stored}.`)],
					}),
					fonts,
				);
				expect(pdf.missingGlyphs).toEqual([]);
				expect(normalise(pdfText(pdf.bytes))).toContain(normalise(`Membre : ${stored}.`));
			}),
			{ numRuns: RUNS },
		);
		// The generator is not all refusals: Latin, Greek and Cyrillic names get through.
		expect(accepted).toBeGreaterThan(RUNS / 10);
	}, 300_000);
});
