// One DocumentContext per dossier, one spec per document: one minimisation for the whole pack, values
// inserted as text (never read as markup), one typography pass on every text node, one file name.
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import type { Doc, Block, Runs } from '../../src/lib/document';
import {
	buildDeliberation,
	buildDocumentContext,
	documentFiles,
	documentSpecs,
	frenchDoc,
	templateNames,
	templateRegistries,
} from '../../src/lib/documents';
import { parseDossierJson } from '../../src/lib/dossier/parse';
import { minimise } from '../../src/lib/minimise';
import { buildPack, partPaths, preparePack } from '../../src/lib/pack';
import { parseCsv } from '../../src/lib/csv';
import { MATRIX_GRID_MAX_AIDS } from '../../src/lib/documents/specs/matrice';
import { renderDocx } from '../../src/lib/render/docx';
import { renderHtml } from '../../src/lib/render/html';
import { renderPdf } from '../../src/lib/render/pdf';
import { renderTemplate } from '../../src/lib/templates/render';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';
import { docxParts, paragraphTexts } from '../helpers/docx-read';
import { nodePdfFonts } from '../helpers/fonts';
import { hasCommand, normalise, pdfText } from '../helpers/poppler';

const catalogue = realCatalogue();
const templates = readPackTemplates();
const hasPoppler = hasCommand('pdftotext');
const HOSTILE = "CCAS d'Arles *Les Mimosas* [[crpa-l114-8]]";
const LITERAL = 'CCAS d’Arles *Les Mimosas* [[crpa-l114-8]]';

/** Every text of a Document, metadata title and running texts included. */
function allTexts(doc: Doc): string[] {
	const runs = (r: Runs) => r.map((run) => run.text);
	const block = (b: Block): string[] => {
		switch (b.kind) {
			case 'title':
				return b.lines;
			case 'heading':
				return [b.text];
			case 'paragraph':
				return runs(b.runs);
			case 'list':
				return b.items.flatMap(runs);
			case 'table':
				return [
					b.caption ?? '',
					...b.header.flatMap(runs),
					...b.rows.flatMap((r) => r.flatMap(runs)),
				];
			case 'signature':
				return [b.placeDate ?? '', ...b.signatories.flatMap((s) => [s.role, s.name])];
			case 'note':
				return [b.title ?? '', ...b.paragraphs.flatMap(runs)];
			default:
				return [];
		}
	};
	return [doc.meta.title, doc.header ?? '', doc.footer ?? '', ...doc.blocks.flatMap(block)];
}

/** The example with a hostile CCAS name and the president's name decomposed (NFD), read as a file. */
function hostileDossier() {
	const example = exampleDossier();
	const president = example.ccas?.president.name ?? '';
	const nfd = president.normalize('NFD');
	expect(nfd).not.toBe(president);
	const raw = structuredClone<typeof example>(example);
	if (!raw.ccas || !raw.sitting) throw new Error('exemple incomplet');
	raw.ccas.name = HOSTILE;
	raw.ccas.president.name = nfd;
	raw.sitting.presidentOfSitting = nfd;
	const parsed = parseDossierJson(JSON.stringify(raw));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return { dossier: parsed.dossier, president };
}

describe('document context', () => {
	it('builds the whole pack with one minimisation, through an injected spy', () => {
		let calls = 0;
		const spy: typeof minimise = (dossier, cat) => {
			calls++;
			return minimise(dossier, cat);
		};
		const prepared = preparePack({
			dossier: exampleDossier(),
			catalogue,
			templates,
			dependencies: { minimise: spy },
		});
		expect(prepared.ok).toBe(true);
		expect(calls).toBe(1);
	});

	it('derives the template check, the file names and the LISEZ-MOI from the specs', () => {
		for (const name of templateNames) expect(templates[name], name).toBeTypeOf('string');
		expect(Object.keys(templateRegistries).sort()).toEqual([...templateNames].sort());
		const prepared = preparePack({ dossier: exampleDossier(), catalogue, templates });
		if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
		const paths = partPaths(prepared.parts);
		const specPaths = documentSpecs.flatMap((spec) =>
			spec.kind === 'doc' ? spec.files.map((file) => file.path) : [spec.path],
		);
		// Every file of the pack comes from a spec (the tax texts are left out for this dossier).
		expect(paths.every((path) => specPaths.includes(path))).toBe(true);
		const readme = prepared.parts.find((part) => part.id === 'lisez-moi');
		for (const path of paths) expect(readme?.kind === 'text' && readme.text, path).toContain(path);
		expect(paths).toContain(documentFiles.deliberationDocx);
	});
});

describe('values inserted as text', () => {
	it('never reads a value as template markup, in one pass', () => {
		const blocks = renderTemplate('**Nom :** {nom} et {autre}, [[crpa-l114-8]].', {
			values: { nom: '*Les Mimosas* {autre} [[crpa-l114-8]]', autre: 'B' },
			flags: {},
			blocks: {},
			cite: () => 'L. 114-8',
		});
		const [paragraph] = blocks;
		expect(paragraph?.kind === 'paragraph' && paragraph.runs).toEqual([
			{ text: 'Nom :', bold: true },
			{ text: ' *Les Mimosas* {autre} [[crpa-l114-8]] et B, L. 114-8.' },
		]);
	});

	it('keeps a hostile CCAS name literal in the deliberation, with ’ and « Mme » before the NFD president', async () => {
		const { dossier, president } = hostileDossier();
		const result = buildDeliberation(buildDocumentContext(dossier, catalogue, templates));
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const texts = allTexts(result.doc).join('\n');
		expect(texts).toContain(LITERAL);
		expect(texts).not.toContain("'");
		expect(texts.normalize('NFC')).toContain(`Mme ${president}`);
		const html = renderHtml(result.doc);
		expect(html).toContain('CCAS d’Arles *Les Mimosas* [[crpa-l114-8]]');
		expect(html).not.toContain('<em>Les Mimosas</em>');
		const docx = paragraphTexts(
			docxParts(await renderDocx(result.doc)).get('word/document.xml') ?? '',
		);
		expect(docx.join('\n')).toContain(LITERAL);
		expect(docx.join('\n').normalize('NFC')).toContain(`Mme ${president}`);
		if (hasPoppler) {
			const pdf = normalise(pdfText(await renderPdf(result.doc, await nodePdfFonts())));
			expect(pdf).toContain(normalise(LITERAL));
			expect(pdf).toContain(`Mme ${president}`);
		}
	});

	it.runIf(hasPoppler)('writes no straight apostrophe in any PDF of the pack', async () => {
		const { dossier } = hostileDossier();
		const pack = await buildPack({
			dossier,
			catalogue,
			templates,
			fonts: await nodePdfFonts(),
			renderPdf,
			renderDocx,
		});
		if (!pack.ok) throw new Error(pack.problems.join('\n'));
		const pdfs = pack.files.filter((file) => file.path.endsWith('.pdf'));
		expect(pdfs.length).toBeGreaterThanOrEqual(4);
		for (const file of pdfs) {
			const text = pdfText(file.bytes);
			expect(text, file.path).not.toContain("'");
		}
		expect(
			pack.prepared.parts.every(
				(part) => part.kind !== 'doc' || !allTexts(part.doc).join('').includes("'"),
			),
		).toBe(true);
	});
});

describe('one typography pass', () => {
	it('reaches titles, table cells, captions, signatures, headers and footers', () => {
		const doc = frenchDoc({
			meta: {
				title: "CCAS d'Arles",
				author: 'x',
				subject: "l'objet",
				language: 'fr-FR',
				keywords: [],
			},
			header: "CCAS d'Arles : en-tête",
			footer: "pied d'page",
			blocks: [
				{ kind: 'title', lines: ["CCAS d'Arles"] },
				{
					kind: 'table',
					caption: "Légende d'un tableau",
					header: [[{ text: "l'en-tête" }]],
					rows: [[[{ text: "l'article L.114-8" }]]],
				},
				{
					kind: 'signature',
					placeDate: "Fait à L'Isle",
					signatories: [{ role: "Président d'honneur", name: "Jean d'Ormesson" }],
				},
			],
		});
		const texts = allTexts(doc).join('\n');
		expect(texts).not.toContain("'");
		expect(texts).toContain('L.\u00a0114-8');
		expect(doc.header).toBe('CCAS d’Arles\u202f: en-tête');
	});

	it('writes every citation one way: a no-break space after L., R., D. and art.', () => {
		const result = buildDeliberation(buildDocumentContext(exampleDossier(), catalogue, templates));
		if (!result.ok) throw new Error('exemple invalide');
		const texts = allTexts(result.doc).join('\n');
		expect(texts).toMatch(/L\.\u00a0114-8/);
		expect(texts).toMatch(/R\.\u00a0114-9-3/);
		expect(texts).not.toMatch(/\b[LRD]\.(?:[ \u202f]|(?=\d))\d/);
	});
});

describe('the matrix and the spreadsheets', () => {
	it('stays readable beyond a few aids: one table per aid instead of one column each', () => {
		const example = exampleDossier();
		const aids = example.aids ?? [];
		const many = Array.from({ length: 12 }, (_, index) => {
			const aid = aids[index % aids.length];
			if (!aid) throw new Error('exemple sans aide');
			return { ...aid, id: `${aid.id}-${index}`, label: `${aid.label} ${index + 1}` };
		});
		const prepared = preparePack({ dossier: { ...example, aids: many }, catalogue, templates });
		if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
		const matrix = prepared.parts.find((part) => part.id === 'matrice');
		if (matrix?.kind !== 'doc') throw new Error('matrice absente');
		const tables = matrix.doc.blocks.filter((block) => block.kind === 'table');
		// Every table keeps a handful of columns, whatever the number of aids.
		expect(
			Math.max(...tables.map((t) => (t.kind === 'table' ? t.header.length : 0))),
		).toBeLessThanOrEqual(MATRIX_GRID_MAX_AIDS + 1);
		expect(
			tables.filter((t) => t.kind === 'table' && /^Aide «/.test(t.caption ?? '')),
		).toHaveLength(12);
	});

	it('starts no CSV cell with a dash (list items in cells are written with « • »)', () => {
		const prepared = preparePack({ dossier: exampleDossier(), catalogue, templates });
		if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
		const csvs = prepared.parts.filter(
			(part) => part.kind === 'text' && part.path.endsWith('.csv'),
		);
		expect(csvs.length).toBeGreaterThanOrEqual(3);
		for (const part of csvs) {
			if (part.kind !== 'text') continue;
			const separator = part.path.includes('scdl') ? ',' : ';';
			for (const row of parseCsv(part.text, separator))
				for (const cell of row) expect(cell, part.path).not.toMatch(/^[-=+@]|\n- /);
		}
	});
});
