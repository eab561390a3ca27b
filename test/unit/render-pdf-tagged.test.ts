// Every PDF of the pack, for the example dossier and for the dossier that asks for every document,
// is a tagged PDF a commune may publish: structure tree read in the order the page shows, headers
// and footers as artifacts, URLs as link annotations, a valid file, subsets named as the standard
// says. Each PDF is generated once and read by every tool once; the tests then assert on the results.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import type { Doc } from '../../src/lib/document/model';
import { parseDossierJson } from '../../src/lib/dossier/parse';
import { buildPack } from '../../src/lib/pack';
import { renderDocx } from '../../src/lib/render/docx';
import { renderPdf } from '../../src/lib/render/pdf';
import type { Dossier } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';
import { nodePdfFonts } from '../helpers/fonts';
import { compact, hasCommand, pdfFonts, tempDir } from '../helpers/poppler';

const hasTools = hasCommand('pdfinfo') && hasCommand('qpdf') && hasCommand('pdftotext');
const DATE = new Date('2026-11-23T12:00:00Z');

/** One PDF of a pack and what the tools say of it. */
interface Checked {
	name: string;
	doc: Doc;
	bytes: Uint8Array;
	info: string;
	struct: string;
	/** `pdftotext -raw` of the body area: the margins with the running header and footer cut off. */
	body: string;
	qpdfCheck: { status: number | null; output: string };
	objects: Record<string, unknown>;
}

type Json = Record<string, unknown>;

function fullDossier(): Dossier {
	const parsed = parseDossierJson(
		readFileSync('test/fixtures/dossiers/loi-3ds-complet.json', 'utf8'),
	);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.dossier;
}

const dir = hasTools ? tempDir('ccas-tagged-') : '';
const checked: Checked[] = [];

beforeAll(async () => {
	if (!hasTools) return;
	const catalogue = realCatalogue();
	const templates = readPackTemplates();
	const fonts = await nodePdfFonts();
	for (const [label, dossier] of [
		['exemple', exampleDossier()],
		['complet', fullDossier()],
	] as const) {
		const pack = await buildPack({
			dossier,
			catalogue,
			templates,
			fonts,
			renderDocx,
			renderPdf,
			date: DATE,
		});
		if (!pack.ok) throw new Error(pack.problems.join('\n'));
		for (const part of pack.prepared.parts) {
			if (part.kind !== 'doc') continue;
			for (const file of part.files.filter((entry) => entry.format === 'pdf')) {
				const bytes = pack.files.find((entry) => entry.path === file.path)?.bytes;
				if (bytes === undefined) throw new Error(`${file.path} absent du ZIP`);
				const path = join(dir, `${label}-${file.path}`);
				writeFileSync(path, bytes);
				const run = (command: string, args: string[]) =>
					execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20 });
				const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
				const json = JSON.parse(run('qpdf', ['--json', path])) as { qpdf: [Json, Json] };
				checked.push({
					name: `${label}/${file.path}`,
					doc: part.doc,
					bytes,
					info: run('pdfinfo', [path]),
					struct: run('pdfinfo', ['-struct-text', path]),
					// A4 in points: the body lies between the 2 cm margins (56.7 pt), the running
					// header and footer in them.
					body: run('pdftotext', [
						'-raw',
						'-enc',
						'UTF-8',
						...['-r', '72', '-x', '0', '-y', '45', '-W', '596', '-H', '750'],
						path,
						'-',
					]),
					qpdfCheck: { status: check.status, output: check.stdout + check.stderr },
					objects: json.qpdf[1],
				});
			}
		}
	}
}, 120_000);

afterAll(() => {
	if (dir !== '') rmSync(dir, { recursive: true, force: true });
});

/** The value of an object of the qpdf JSON, following `N 0 R` references. */
function resolve(objects: Record<string, unknown>, value: unknown): unknown {
	if (typeof value === 'string' && /^\d+ \d+ R$/.test(value)) {
		const entry = objects[`obj:${value}`] as { value?: unknown; stream?: { dict: unknown } };
		return entry?.value ?? entry?.stream?.dict;
	}
	return value;
}

function dictsOf(objects: Record<string, unknown>): Json[] {
	return Object.values(objects).flatMap((entry) => {
		const { value, stream } = entry as { value?: unknown; stream?: { dict?: unknown } };
		const dict = value ?? stream?.dict;
		// astro check needs the assertion that the type-aware lint calls unnecessary (its narrowing differs).
		// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
		return dict !== null && typeof dict === 'object' && !Array.isArray(dict) ? [dict as Json] : [];
	});
}

/** The text `pdfinfo -struct-text` gives, in the order of the structure tree. */
function structText(struct: string): string {
	return struct
		.split('\n')
		.map((line) => /^\s*"(.*)"$/.exec(line)?.[1])
		.filter((text) => text !== undefined)
		.join('\n');
}

/** Structure types listed by `pdfinfo -struct-text`, e.g. `TH`, `LBody`. */
function roles(struct: string): Set<string> {
	return new Set(
		struct
			.split('\n')
			.map((line) => /^\s*([A-Za-z][A-Za-z0-9]*)\b(?:\s|:|$)/.exec(line)?.[1])
			.filter((role) => role !== undefined),
	);
}

/** Header rows of the tables, compacted: the PDF draws them again on each page a table runs onto. */
function tableHeaders(doc: Doc): string[] {
	return doc.blocks.flatMap((block) =>
		block.kind === 'table'
			? [compact(block.header.map((cell) => cell.map((run) => run.text).join('')).join(''))]
			: [],
	);
}

/** Every http(s) address written in the document, as a reader would copy it. */
function urlsOf(doc: Doc): string[] {
	const texts = doc.blocks.flatMap((block): string[] => {
		switch (block.kind) {
			case 'paragraph':
				return block.runs.map((run) => run.text);
			case 'list':
				return block.items.flatMap((runs) => runs.map((run) => run.text));
			case 'table':
				return [...block.header, ...block.rows.flat()].flatMap((runs) => runs.map((r) => r.text));
			case 'note':
				return block.paragraphs.flatMap((runs) => runs.map((run) => run.text));
			default:
				return [];
		}
	});
	return texts.flatMap((text) =>
		[...text.matchAll(/https?:\/\/\S+/g)].map((match) => match[0].replace(/[.,;:)»]+$/, '')),
	);
}

/** Where two texts part, with some context; empty when they are equal. */
function firstDifference(a: string, b: string): string {
	if (a === b) return '';
	let index = 0;
	while (index < a.length && a[index] === b[index]) index++;
	const around = (text: string) => text.slice(Math.max(0, index - 60), index + 60);
	return `at ${index}:\n  tree: ${around(a)}\n  page: ${around(b)}`;
}

describe.runIf(hasTools)('tagged PDFs of the pack', () => {
	it('are generated for both dossiers (four PDFs each)', () => {
		expect(checked.length).toBe(8);
	});

	it('are tagged, in French, titled from the document, with a structure root', () => {
		for (const pdf of checked) {
			expect(pdf.info, pdf.name).toMatch(/^Tagged:\s+yes$/m);
			expect(pdf.info, pdf.name).toContain(pdf.doc.meta.title);
			const catalog = dictsOf(pdf.objects).find((dict) => dict['/Type'] === '/Catalog');
			expect(catalog?.['/Lang'], pdf.name).toBe('u:fr-FR');
			expect(catalog?.['/MarkInfo'], pdf.name).toEqual({ '/Marked': true });
			expect(resolve(pdf.objects, catalog?.['/ViewerPreferences']), pdf.name).toMatchObject({
				'/DisplayDocTitle': true,
			});
			const root = resolve(pdf.objects, catalog?.['/StructTreeRoot']) as Json;
			expect(root['/Type'], pdf.name).toBe('/StructTreeRoot');
			expect(resolve(pdf.objects, root['/ParentTree']), pdf.name).toHaveProperty('/Nums');
			// The XMP packet carries the same title.
			expect(catalog?.['/Metadata'], pdf.name).toMatch(/R$/);
			const pages = dictsOf(pdf.objects).filter((dict) => dict['/Type'] === '/Page');
			expect(pages.length, pdf.name).toBeGreaterThan(0);
			for (const page of pages) expect(typeof page['/StructParents'], pdf.name).toBe('number');
		}
	});

	it('list the same text in the structure tree as on the page, in the same order', () => {
		for (const pdf of checked) {
			const headers = tableHeaders(pdf.doc).filter(Boolean);
			const strip = (text: string) =>
				headers.reduce((out, header) => out.split(header).join(''), text).replace(/•/g, '');
			const tagged = compact(structText(pdf.struct));
			const drawn = compact(pdf.body);
			expect(tagged.length, pdf.name).toBeGreaterThan(200);
			expect(firstDifference(strip(tagged), strip(drawn)), pdf.name).toBe('');
			// Running header, footer and page numbers are artifacts: never in the tree.
			expect(tagged, pdf.name).not.toMatch(/Page\d+sur\d+/);
			if (pdf.doc.header !== undefined)
				expect(tagged, pdf.name).not.toContain(compact(pdf.doc.header));
			// A table header is read once per table, however many pages the table runs onto.
			for (const header of headers) {
				const inDoc = headers.filter((other) => other === header).length;
				expect(tagged.split(header).length - 1, `${pdf.name}: ${header}`).toBe(inDoc);
			}
		}
	});

	it('use the standard structure types, header cells scoped to their column', () => {
		const all = new Set(checked.flatMap((pdf) => [...roles(pdf.struct)]));
		for (const role of [
			'Document',
			'H2',
			'P',
			'L',
			'LI',
			'Lbl',
			'LBody',
			'Table',
			'Caption',
			'TR',
			'TH',
			'TD',
			'Link',
		])
			expect(all, role).toContain(role);
		for (const pdf of checked) {
			const th = pdf.struct.split('\n').filter((line) => /^\s*TH\b/.test(line)).length;
			const scoped = pdf.struct.split('\n').filter((line) => /\/Scope \/Column/.test(line)).length;
			expect(scoped, pdf.name).toBe(th);
		}
	});

	it('make every URL a link annotation with its URI, tied to a Link element', () => {
		let links = 0;
		for (const pdf of checked) {
			const annots = dictsOf(pdf.objects).filter((dict) => dict['/Subtype'] === '/Link');
			const uris = new Set(
				annots.map((annot) => (resolve(pdf.objects, annot['/A']) as Json)['/URI']),
			);
			for (const url of urlsOf(pdf.doc)) expect(uris, `${pdf.name}: ${url}`).toContain(`u:${url}`);
			for (const annot of annots) expect(typeof annot['/StructParent'], pdf.name).toBe('number');
			const elements = pdf.struct.split('\n').filter((line) => /^\s*Link\b/.test(line)).length;
			// One element per link; a link broken over two lines has two areas.
			expect(elements > 0, pdf.name).toBe(annots.length > 0);
			expect(elements, pdf.name).toBeLessThanOrEqual(annots.length);
			const keys = annots.map((annot) => annot['/StructParent']);
			expect(new Set(keys).size, pdf.name).toBe(keys.length);
			links += annots.length;
		}
		// The DataPass sheet cites DataPass, Légifrance and EUR-Lex addresses.
		expect(links).toBeGreaterThan(5);
	});

	it('pass qpdf --check', () => {
		for (const pdf of checked) {
			expect(pdf.qpdfCheck.status, `${pdf.name}\n${pdf.qpdfCheck.output}`).toBe(0);
			expect(pdf.qpdfCheck.output, pdf.name).toContain('No syntax or stream encoding errors');
		}
	});

	it('name their subsets with six uppercase letters, one tag per subset', () => {
		for (const pdf of checked) {
			const fonts = pdfFonts(pdf.bytes);
			expect(fonts.length, pdf.name).toBeGreaterThanOrEqual(2);
			for (const font of fonts) {
				expect(font.name, pdf.name).toMatch(/^[A-Z]{6}\+DejaVuSans(-\w+)?$/);
				expect(font.subset && font.embedded, pdf.name).toBe(true);
			}
			const tags = fonts.map((font) => font.name.slice(0, 6));
			expect(new Set(tags).size, pdf.name).toBe(tags.length);
		}
	});
});
