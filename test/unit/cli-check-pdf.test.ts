// `check` on PDF files: text-layer PDFs exported by LibreOffice are read, scans and empty files exit 2,
// a truncated report exits 1 and says so; and the PDF reader itself never throws.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CitationReport } from '../../src/lib/citations';
import { MAX_TEXT_LENGTH } from '../../src/lib/citations/limits';
import { readPackTemplates } from '../../src/cli/templates';
import { buildDeliberation, buildDocumentContext } from '../../src/lib/documents';
import { doc, p } from '../../src/lib/document/index.ts';
import { renderDocx } from '../../src/lib/render/docx.ts';
import {
	MAX_PDF_PAGES,
	pdfMessages,
	readAnyFileText,
	readPdfText,
	type PdfJs,
} from '../../src/lib/pdf-text-read';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';
import { checkCli } from '../helpers/check-cli';
import { hasCommand, libreOfficeToPdf } from '../helpers/poppler';

const CHAVILLE = readFileSync('test/fixtures/seeds/000_aac0786d8c4cf6f6.txt', 'utf8');
const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;

const cli = checkCli;

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'hc-check-pdf-'));
});
afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

/** A PDF of `docx` made by LibreOffice, as a CCAS exports its deliberation. */
function exported(docx: Uint8Array, name: string): string {
	const converted = libreOfficeToPdf(docx);
	expect(converted.pdf, converted.output).toBeDefined();
	const path = join(dir, name);
	writeFileSync(path, converted.pdf ?? new Uint8Array());
	return path;
}

describe.runIf(hasCommand('soffice'))('check on PDF exported by LibreOffice', () => {
	it('reads our own deliberation and finds no error and no warning in it', async () => {
		const result = buildDeliberation(
			buildDocumentContext(exampleDossier(), realCatalogue(), readPackTemplates()),
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const path = exported(await renderDocx(result.doc), 'deliberation.pdf');
		const run = cli(path, '--json');
		expect(run.status, run.stderr).toBe(0);
		const report = JSON.parse(run.stdout) as CitationReport;
		const articles = report.citations.map((c) => c.article);
		for (const article of ['L114-8', 'D114-9-1', 'R114-9-5', 'R114-9-7', 'L2131-12']) {
			expect(articles).toContain(article);
		}
		expect(
			[...report.citations, ...report.findings].filter((item) => item.severity !== 'info'),
		).toEqual([]);
	}, 120_000);

	it('finds the four problems of the Chaville deliberation in its PDF', async () => {
		const blocks = CHAVILLE.split('\n').map((line) => p(line));
		const docx = await renderDocx(
			doc({ title: 'Chaville', author: 'CCAS', subject: 'Délibération', blocks }),
		);
		const run = cli(exported(docx, 'chaville.pdf'), '--json');
		expect(run.status, run.stderr).toBe(1);
		const report = JSON.parse(run.stdout) as CitationReport;
		expect(report.citations.map((c) => [c.article, c.verdict, c.suggestion])).toEqual([
			['L312-1', 'misused', 'crpa-l114-8'],
			['R123-5', 'misused', 'crpa-l114-8'],
			['L11-8', 'mistyped', 'crpa-l114-8'],
			['R114-9-3', 'abrogated', 'crpa-d114-9-1'],
		]);
	}, 120_000);
});

/** A PDF whose pages carry only a drawing, as a scanner's output carries only an image. */
async function scanLike(pages = 1): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	for (let i = 0; i < pages; i++) {
		pdf
			.addPage([595, 842])
			.drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.6, 0.6, 0.6) });
	}
	return pdf.save();
}

describe('check on files without text', () => {
	it('exits 2 on a scanned PDF, and says to copy the text or attach the DOCX', async () => {
		const path = join(dir, 'scan.pdf');
		writeFileSync(path, await scanLike(2));
		const run = cli(path);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('copiez le texte ou joignez le DOCX');
	});

	it('exits 2 on an empty file', () => {
		const path = join(dir, 'vide.txt');
		writeFileSync(path, '   \n');
		const run = cli(path);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('aucun texte');
	});

	it('exits 1 on a text too long to be checked whole, and says the report is incomplete', () => {
		const path = join(dir, 'long.txt');
		writeFileSync(path, `Vu l’article L. 114-8 du CRPA.\n${'x '.repeat(MAX_TEXT_LENGTH)}`);
		const run = cli(path, '--json');
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('Rapport incomplet');
		const report = JSON.parse(run.stdout) as CitationReport;
		expect(report.hasError).toBe(false);
		expect(report.findings.map((f) => f.kind)).toContain('truncated');
	});
});

describe('readPdfText', () => {
	it('refuses more than the page limit without reading the pages', async () => {
		const read = await readPdfText(await scanLike(MAX_PDF_PAGES + 1), pdfjs);
		expect(read).toEqual({
			ok: false,
			reason: 'too-many-pages',
			message: pdfMessages['too-many-pages'],
		});
	});

	it('says a damaged PDF is unreadable instead of throwing', async () => {
		const broken = new TextEncoder().encode(
			'%PDF-1.7\n1 0 obj << /Type /Catalog >>\ntrailer garbage',
		);
		const read = await readPdfText(broken, pdfjs);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.reason).toBe('unreadable');
	});

	it('never throws on random bytes after a PDF header', async () => {
		for (let seed = 1; seed <= 20; seed++) {
			const bytes = new Uint8Array(2000).map((_, i) => (i * 7919 * seed) % 256);
			bytes.set(new TextEncoder().encode('%PDF-1.4\n'));
			const read = await readPdfText(bytes, pdfjs);
			expect(read.ok).toBe(false);
		}
	});

	it('sends TXT and DOCX to the usual reader, and never loads pdf.js for them', async () => {
		let loaded = false;
		const load = () => {
			loaded = true;
			return Promise.resolve(pdfjs);
		};
		const read = await readAnyFileText(
			new TextEncoder().encode('Vu l’article L. 114-8'),
			'a.txt',
			load,
		);
		expect(read).toEqual({ ok: true, text: 'Vu l’article L. 114-8' });
		expect(loaded).toBe(false);
	});
});
