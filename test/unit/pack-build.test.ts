// The whole pack for the example dossier: the listed files, the ZIP, and every file read back
// (DOCX text, PDF text and pixels, CSV parsed, JSON re-imported, DOCX opened by LibreOffice).
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { parseCsv } from '../../src/lib/csv';
import { plainText, type Doc } from '../../src/lib/document';
import { parseDossierJson } from '../../src/lib/dossier/parse';
import {
	buildPack,
	datapassFieldSpecs,
	matrixCsvColumns,
	partPaths,
	preparePack,
	registerFields,
	scdlColumns,
	type BuiltPack,
	type PackFile,
} from '../../src/lib/pack';
import { renderDocx } from '../../src/lib/render/docx';
import type { PdfFonts } from '../../src/lib/render/fonts';
import { renderHtml } from '../../src/lib/render/html';
import { renderPdf } from '../../src/lib/render/pdf';
import type { Dossier } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';
import { docxParts, paragraphTexts } from '../helpers/docx-read';
import { nodePdfFonts } from '../helpers/fonts';
import {
	darkPixels,
	hasCommand,
	libreOfficeToPdf,
	normalise,
	pdfInfo,
	pdfText,
	renderPages,
	tempDir,
} from '../helpers/poppler';

const catalogue = realCatalogue();
const templates = readPackTemplates();
const DATE = new Date(2026, 10, 23, 12, 0, 0);
const hasPoppler = hasCommand('pdftotext') && hasCommand('pdftoppm') && hasCommand('pdfinfo');
const hasSoffice = hasCommand('soffice');

const EXPECTED_FILES = [
	'01-fiche-datapass.pdf',
	'01-fiche-datapass.docx',
	'02-deliberation.docx',
	'02-deliberation.pdf',
	'03-matrice-minimisation.pdf',
	'03-matrice-minimisation.csv',
	'04-affiche-information-usagers.pdf',
	'05-registre-des-traitements.docx',
	'05-registre-des-traitements.csv',
	'05-aipd-preanalyse.docx',
	'06-procedure-de-repli.docx',
	'08-actes-et-donnees-ouvertes.docx',
	'08-deliberation-scdl.csv',
	'09-mentions-information.docx',
	'10-liste-publique-des-donnees.docx',
	'11-agents-habilites.docx',
	// The example's software has an editor: the processor clauses are in the pack.
	'12-clauses-sous-traitance.docx',
	'dossier.json',
	'LISEZ-MOI.txt',
];

/** The example with a tax condition (revenu fiscal de référence) on its energy aid. */
function withTax(): Dossier {
	const example = exampleDossier();
	return {
		...example,
		aids: example.aids!.map((aid) =>
			aid.id === 'aide-energie'
				? {
						...aid,
						conditions: [
							...aid.conditions,
							{ criterionId: 'ressources-revenu-fiscal', threshold: 9000 },
						],
					}
				: aid,
		),
	};
}

/** Whitespace and no-break spaces collapsed, to compare extracted text. */
function flat(text: string): string {
	return normalise(text.replace(/[\u00a0\u202f]/g, ' '));
}

/** The text of a DOCX's body, one paragraph per line. */
function docxText(bytes: Uint8Array): string {
	return paragraphTexts(docxParts(bytes).get('word/document.xml') ?? '').join('\n');
}

/** Heights of the words `pdftotext -bbox` finds on the first page, sorted. */
function wordHeights(bytes: Uint8Array): number[] {
	const dir = tempDir('ccas-bbox-');
	try {
		const path = join(dir, 'doc.pdf');
		writeFileSync(path, bytes);
		const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-'], {
			encoding: 'utf8',
		});
		return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)]
			.map((match) => Number(match[2]) - Number(match[1]))
			.sort((a, b) => a - b);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function median(values: number[]): number {
	return values[Math.floor(values.length / 2)] ?? 0;
}

let fonts: PdfFonts;
let pack: BuiltPack;
const file = (path: string): PackFile => {
	const found = pack.files.find((candidate) => candidate.path === path);
	if (!found) throw new Error(`${path} absent du dossier`);
	return found;
};
// Keep the byte order mark: the CSV files for Excel must start with it.
const text = (path: string): string =>
	new TextDecoder('utf-8', { ignoreBOM: true }).decode(file(path).bytes);

beforeAll(async () => {
	fonts = await nodePdfFonts();
	const built = await buildPack({
		dossier: exampleDossier(),
		catalogue,
		templates,
		fonts,
		renderPdf,
		renderDocx,
		date: DATE,
	});
	if (!built.ok) throw new Error(built.problems.join('\n'));
	pack = built;
});

describe('buildPack on the example dossier', () => {
	it('holds exactly the listed files, in order, and the ZIP holds them byte for byte', () => {
		expect(pack.files.map((f) => f.path)).toEqual(EXPECTED_FILES);
		expect(partPaths(pack.prepared.parts)).toEqual(EXPECTED_FILES);
		expect(pack.zipName).toBe('dossier-habilitation-ccas-de-villebourg-sur-loir.zip');
		const unzipped = unzipSync(pack.zip);
		expect(Object.keys(unzipped)).toEqual(EXPECTED_FILES);
		for (const entry of pack.files) expect(unzipped[entry.path]).toEqual(entry.bytes);
		for (const entry of pack.files) expect(entry.path).toMatch(/^[0-9A-Za-z.-]+$/);
	});

	it('re-imports dossier.json as the same dossier', () => {
		const parsed = parseDossierJson(text('dossier.json'));
		expect(parsed.ok && parsed.dossier).toEqual(exampleDossier());
	});

	it('writes LISEZ-MOI with CRLF line ends, every file and the next steps', () => {
		const readme = text('LISEZ-MOI.txt');
		expect(readme.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
		for (const path of EXPECTED_FILES) expect(readme).toContain(path);
		const plain = flat(readme);
		expect(plain).toContain('point-virgule');
		expect(plain).toContain('api-particulier-ccas-arche-mc2');
		expect(plain).toContain('Ajoutez votre délibération');
	});

	it('writes a DataPass sheet whose DOCX holds every field label and value', () => {
		const docx = flat(docxText(file('01-fiche-datapass.docx').bytes));
		for (const spec of datapassFieldSpecs) expect(docx).toContain(flat(spec.label));
		for (const field of pack.prepared.fields.filter((f) => f.required))
			expect(docx).toContain(flat(field.value.split('\n')[0] ?? ''));
		expect(docx).toContain('décochez-les');
		expect(flat(docxText(file('02-deliberation.docx').bytes))).toContain(
			'utilisation de l’API Particulier',
		);
	});

	it.skipIf(!hasPoppler)(
		'writes PDFs whose text poppler reads and whose pages are not blank',
		() => {
			const sheet = flat(pdfText(file('01-fiche-datapass.pdf').bytes));
			for (const spec of datapassFieldSpecs) expect(sheet).toContain(flat(spec.label));
			expect(sheet).toContain('Nguyễn');
			for (const path of EXPECTED_FILES.filter((p) => p.endsWith('.pdf'))) {
				const bytes = file(path).bytes;
				expect(pdfInfo(bytes)['Page size']).toMatch(/595\.28 x 841\.89/);
				const pages = renderPages(bytes, 30);
				expect(pages.length).toBeGreaterThan(0);
				for (const page of pages.slice(0, 2)) expect(darkPixels(page)).toBeGreaterThan(500);
			}
		},
	);

	it.skipIf(!hasPoppler)('prints the poster on one A4 page in large type', () => {
		const poster = file('04-affiche-information-usagers.pdf').bytes;
		const info = pdfInfo(poster);
		expect(info['Pages']).toBe('1');
		expect(info['Page size']).toMatch(/\(A4\)/);
		const posterHeight = median(wordHeights(poster));
		const normalHeight = median(wordHeights(file('03-matrice-minimisation.pdf').bytes));
		expect(posterHeight / normalHeight).toBeGreaterThan(1.3);
		const words = flat(pdfText(poster));
		expect(words).toContain('Quotient familial CAF ou MSA');
		expect(words).toContain('24 mois');
		expect(words).toContain('dpo@agglo-villebourg.example');
		expect(words).toContain('apportez vous-même le justificatif');
		expect(words).toContain('CNIL');
	});

	it('writes CSV files that parse back with the expected columns', () => {
		const matrix = parseCsv(text('03-matrice-minimisation.csv'));
		expect(text('03-matrice-minimisation.csv').startsWith('\uFEFF')).toBe(true);
		expect(matrix[0]).toEqual([...matrixCsvColumns]);
		// Quotient: 2 aids; address: 3 aids; job-seeker status: 1 aid.
		expect(matrix).toHaveLength(1 + 6);
		expect(new Set(matrix.slice(1).map((row) => row[2]))).toEqual(
			new Set(['Indispensable', 'Utile', 'Non classée']),
		);
		for (const row of matrix.slice(1)) expect(row[9]).not.toBe('');
		const register = parseCsv(text('05-registre-des-traitements.csv'));
		expect(register).toHaveLength(2);
		expect(register[0]).toEqual(registerFields.map((field) => field.label));
		const entry = Object.fromEntries(
			(register[0] ?? []).map((label, index) => [label, register[1]?.[index] ?? '']),
		);
		expect(entry['Transferts hors de l’Union européenne']).toMatch(/^Aucun/);
		expect(flat(entry['Nombre estimé de personnes concernées'] ?? '')).toContain('1 200');
		expect(entry['Critères d’analyse d’impact (G29)']).toMatch(/Personnes vulnérables/);
		expect(entry['Critères d’analyse d’impact (G29)']).toMatch(
			/Croisement ou combinaison de données/,
		);
		const scdl = parseCsv(text('08-deliberation-scdl.csv'), ',');
		expect(scdl[0]).toEqual([...scdlColumns]);
		expect(scdl).toHaveLength(2);
	});

	it.skipIf(!hasSoffice).each(EXPECTED_FILES.filter((path) => path.endsWith('.docx')))(
		'LibreOffice opens %s',
		(path) => {
			const converted = libreOfficeToPdf(file(path).bytes);
			expect(converted.status, converted.output).toBe(0);
			expect(converted.pdf?.byteLength ?? 0).toBeGreaterThan(1000);
		},
	);
});

describe('the prepared pack', () => {
	const prepared = preparePack({ dossier: exampleDossier(), catalogue, templates });
	if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
	const docs = prepared.parts.flatMap((part) => (part.kind === 'doc' ? [part.doc] : []));

	it('previews every document as HTML', () => {
		for (const doc of docs) {
			const html = renderHtml(doc);
			expect(html).toMatch(/^<article class="doc-preview( doc-preview--large)?" lang="fr">/);
			expect(html).toContain('CCAS de Villebourg-sur-Loir');
		}
	});

	it('writes every sentence with French typography', () => {
		const texts = (doc: Doc) => [
			plainText(doc),
			doc.meta.title,
			doc.header ?? '',
			doc.footer ?? '',
		];
		for (const value of docs.flatMap(texts)) {
			expect(value).not.toContain("'");
			// No ordinary space before high punctuation (URLs have none either).
			expect(value).not.toMatch(/ [;:!?]/);
			expect(value).not.toMatch(/« | »/);
		}
	});

	it('adds the API Impôt particulier texts only when a tax condition is present', () => {
		expect(partPaths(prepared.parts)).not.toContain('07-demande-api-impot-particulier.docx');
		const tax = preparePack({ dossier: withTax(), catalogue, templates });
		if (!tax.ok) throw new Error(tax.problems.join('\n'));
		const paths = partPaths(tax.parts);
		expect(paths).toContain('07-demande-api-impot-particulier.docx');
		const part = tax.parts.find((p) => p.kind === 'doc' && p.id === 'impot-particulier');
		const taxText = part?.kind === 'doc' ? flat(plainText(part.doc)) : '';
		expect(taxText).toContain('« Revenu fiscal de référence » (dgfip_rfr)');
		// No year chosen: the scope that always gives the latest available year, with its rule.
		expect(taxText).toContain('dgfip_annee_n_moins_2_si_indispo_n_moins_1');
		expect(taxText).toContain('l’avant-dernière tant que la dernière n’est pas disponible');
		// Nothing is left to the director: the legal basis is written, the abrogated R. 114-9-4 named.
		expect(taxText).not.toMatch(/reprenez|à compléter/i);
		expect(taxText).toContain('R. 114-9-4');
		expect(taxText).toContain('« responsable de traitement »');
		expect(taxText).toContain('homologation de sécurité');
		expect(taxText).toContain('revenu fiscal de référence par part inférieur ou égal à 9 000');
		const scopes = flat(tax.fields.find((f) => f.name === 'scopes')?.value ?? '');
		expect(scopes).not.toContain('dgfip');
		expect(scopes).toContain('demande distincte');
	});

	it('refuses an incomplete dossier with the French list of what is missing', async () => {
		const { sitting: _sitting, request: _request, ...rest } = exampleDossier();
		const result = await buildPack({
			dossier: rest,
			catalogue,
			templates,
			fonts: { regular: new Uint8Array(), bold: new Uint8Array(), italic: new Uint8Array() },
			renderPdf: () => Promise.reject(new Error('ne doit pas être appelé')),
			renderDocx: () => Promise.reject(new Error('ne doit pas être appelé')),
		});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual([
			expect.stringMatching(/^Séance du conseil et délibération : .*étape « Séance du conseil »/),
			expect.stringMatching(/^Informations de la demande DataPass : .*étape « Demande DataPass »/),
		]);
	});

	it('reports a template that was not passed in', () => {
		const { 'affiche.md': _poster, ...others } = templates;
		const result = preparePack({ dossier: exampleDossier(), catalogue, templates: others });
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems).toEqual(['Modèle de document absent : templates/affiche.md.']);
	});

	it('zips the same input to the same bytes', async () => {
		const fake = {
			renderPdf: (doc: Doc) => Promise.resolve(new TextEncoder().encode(`%PDF ${doc.meta.title}`)),
			renderDocx: (doc: Doc) => Promise.resolve(new TextEncoder().encode(`DOCX ${doc.meta.title}`)),
		};
		const input = { dossier: exampleDossier(), catalogue, templates, fonts, ...fake };
		const [first, second] = await Promise.all([buildPack(input), buildPack(input)]);
		expect(first.ok && second.ok).toBe(true);
		if (first.ok && second.ok) {
			expect(first.zip).toEqual(second.zip);
			expect(strFromU8(unzipSync(first.zip)['02-deliberation.pdf'] ?? new Uint8Array())).toContain(
				'Délibération n° 2026-14',
			);
		}
	});
});
