// What the document worker computes (src/elements/document-generate.ts), run in Node: the pack's
// ZIP equals buildPack's, progress names each file in order, and a PDF that loses a character says
// which document, which character and in which text.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { doc, h1, p } from '../../src/lib/document/index';
import type { Doc } from '../../src/lib/document/model';
import { buildPack, partPaths, preparePack } from '../../src/lib/pack';
import { renderDocx } from '../../src/lib/render/docx';
import type { PdfFonts } from '../../src/lib/render/fonts';
import { renderPdf } from '../../src/lib/render/pdf';
import {
	generate,
	type GenerateProgress,
	type GenerateResult,
} from '../../src/elements/document-generate';
import { lostGlyphsMessage, lostGlyphTexts } from '../../src/elements/lost-glyphs';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';
import { nodePdfFonts } from '../helpers/fonts';
import { pdfText } from '../helpers/poppler';

let fonts: PdfFonts;
beforeAll(async () => {
	fonts = await nodePdfFonts();
});

function ok(result: GenerateResult): Extract<GenerateResult, { ok: true }> {
	if (!result.ok) throw new Error(result.problems.join('\n'));
	return result;
}

const input = () => ({
	dossier: exampleDossier(),
	catalogue: realCatalogue(),
	templates: readPackTemplates(),
});

describe('generate (the document worker’s work)', () => {
	it('builds the same ZIP as buildPack, saying before each file which document it starts', async () => {
		const seen: GenerateProgress[] = [];
		let fontLoads = 0;
		const result = ok(
			await generate(
				{ kind: 'pack', ...input() },
				{
					fonts: () => {
						fontLoads++;
						return Promise.resolve(fonts);
					},
					onProgress: (progress) => seen.push(progress),
				},
			),
		);
		const reference = await buildPack({ ...input(), fonts, renderPdf, renderDocx });
		if (!reference.ok) throw new Error(reference.problems.join('\n'));
		expect(result.name).toBe(reference.zipName);
		expect(result.mime).toBe('application/zip');
		expect(result.lost).toEqual([]);
		expect(fontLoads).toBe(1);

		const paths = partPaths(reference.prepared.parts);
		expect(result.files).toBe(paths.length);
		expect(seen.map((progress) => progress.path)).toEqual(paths);
		expect(seen.map((progress) => progress.index)).toEqual(paths.map((_, i) => i + 1));
		expect(new Set(seen.map((progress) => progress.total))).toEqual(new Set([paths.length]));
		expect(seen.find((progress) => progress.path === '02-deliberation.pdf')?.title).toMatch(
			/^Délibération/,
		);

		const files = unzipSync(result.bytes);
		expect(Object.keys(files)).toEqual(paths);
		// PDFs carry their date (from the dossier), DOCX carry timestamps: compare texts and sizes.
		const mine = files['02-deliberation.pdf'];
		const theirs = reference.files.find((file) => file.path === '02-deliberation.pdf')?.bytes;
		if (!mine || !theirs) throw new Error('délibération absente');
		expect(pdfText(mine)).toBe(pdfText(theirs));
		expect(strFromU8(files['dossier.json']!)).toBe(
			strFromU8(reference.files.find((file) => file.path === 'dossier.json')!.bytes),
		);
	});

	it('gives the problems of a dossier that cannot make a pack, and renders nothing', async () => {
		const { sitting: _sitting, ...withoutSitting } = exampleDossier();
		const seen: GenerateProgress[] = [];
		const result = await generate(
			{ kind: 'pack', ...input(), dossier: withoutSitting },
			{ fonts: () => Promise.reject(new Error('pas de police')), onProgress: (x) => seen.push(x) },
		);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.join(' ')).toMatch(/Séance/);
		expect(seen).toEqual([]);
	});

	it('renders one DOCX without loading the fonts', async () => {
		const prepared = preparePack(input());
		if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
		const part = prepared.parts.find((candidate) => candidate.id === 'deliberation');
		if (part?.kind !== 'doc') throw new Error('délibération absente');
		const file = part.files.find((candidate) => candidate.format === 'docx')!;
		const result = ok(
			await generate(
				{ kind: 'file', title: part.title, doc: part.doc, file, date: new Date(2027, 0, 1) },
				{ fonts: () => Promise.reject(new Error('pas de police pour un DOCX')) },
			),
		);
		expect(result.name).toBe(file.path);
		expect(strFromU8(result.bytes.subarray(0, 2))).toBe('PK');
	});

	it('reports, for a PDF, the characters DejaVu cannot draw and the text that holds them', async () => {
		const long = `Le conseil d’administration désigne M. 漢字 ${'comme représentant du centre '.repeat(4)}`;
		const sample: Doc = doc({
			title: 'Essai',
			author: 'CCAS',
			subject: 'Essai',
			blocks: [h1('Essai'), p('Aucun caractère perdu ici.'), p(long)],
		});
		const result = ok(
			await generate(
				{
					kind: 'file',
					title: 'Délibération du conseil d’administration',
					doc: sample,
					file: { path: '02-deliberation.pdf', format: 'pdf' },
					date: new Date(2027, 0, 1),
				},
				{ fonts: () => Promise.resolve(fonts) },
			),
		);
		expect(result.lost).toHaveLength(1);
		const [lost] = result.lost;
		expect(lost?.codePoints).toEqual([0x5b57, 0x6f22]);
		expect(lost?.texts).toHaveLength(1);
		expect(lost?.texts[0]).toContain('M. 漢字');
		expect(lost?.texts[0]?.length).toBeLessThanOrEqual(62);
		const message = lostGlyphsMessage(lost!);
		expect(message).toMatch(
			/^« Délibération du conseil d’administration » \(02-deliberation\.pdf\)/,
		);
		expect(message).toContain('2 caractères n’ont pas pu être écrits');
		expect(message).toContain('« 漢 » (U+6F22)');
		expect(message).toContain('« 字 » (U+5B57)');
		expect(message).toContain('M. 漢字');
		// The PDF is still written, with the replacement character where the letters were.
		expect(pdfText(result.bytes)).toContain('\uFFFD');
	});

	it('finds nothing when nothing was lost, and one excerpt per distinct text', () => {
		const sample: Doc = doc({
			title: 'Ğ',
			author: 'CCAS',
			subject: 'Essai',
			blocks: [p('Nguyễn Thị Minh Khai'), p('☃ neige'), p('☃ neige')],
		});
		expect(lostGlyphTexts(sample, [])).toEqual([]);
		expect(lostGlyphTexts(sample, [0x2603])).toEqual(['☃ neige']);
		expect(
			lostGlyphsMessage({
				title: 'Affiche',
				path: '04-affiche.pdf',
				codePoints: [0x2603],
				texts: [],
			}),
		).toBe(
			'« Affiche » (04-affiche.pdf) : 1 caractère n’a pas pu être écrit et est remplacé par « \uFFFD » : « ☃ » (U+2603). Corrigez ce texte avant d’imprimer ou de signer le PDF.',
		);
	});
});
