// `npm run cli -- check`: the report on a .txt or .docx file, exit codes 0 (no error, warnings
// allowed) / 1 (an error) / 2 (unreadable file), --json; and the page's reduced corpus gives the
// checker the same answers as the full one.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import type { Catalogue } from '../../src/lib/catalogue/types';
import { checkCitations, type CitationReport } from '../../src/lib/citations';
import {
	countsSentence,
	formatReportText,
	textPosition,
} from '../../src/lib/citations/report-text';
import { doc, p } from '../../src/lib/document/index.ts';
import { renderDocx } from '../../src/lib/render/docx.ts';
import { checkerLegal } from '../../src/pages/verifier/_legal';
import { checkCli } from '../helpers/check-cli';

const SEEDS = 'test/fixtures/seeds';
const CHAVILLE_PATH = `${SEEDS}/000_aac0786d8c4cf6f6.txt`;
const CHAVILLE = readFileSync(CHAVILLE_PATH, 'utf8');

/** A short deliberation citing only articles in force, correctly: no error, but a recommendation. */
const CLEAN = [
	'Le conseil d’administration du centre communal d’action sociale,',
	'Vu l’article L. 114-8 du code des relations entre le public et l’administration ;',
	'Vu l’article D. 114-9-1 du code des relations entre le public et l’administration ;',
	'Vu les articles L. 123-5 et R. 123-2 du code de l’action sociale et des familles ;',
	'Considérant que le CCAS instruit des demandes d’aides facultatives et souhaite accéder à ' +
		'l’API Particulier pour vérifier le quotient familial sans demander de justificatif aux familles ;',
	'Décide d’autoriser le président à déposer la demande d’accès à l’API Particulier sur DataPass.',
].join('\n');

const cli = checkCli;

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'hc-check-'));
});
afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
});

describe('check command', () => {
	it('exits 1 on the Chaville deliberation and names each fault with its correction', () => {
		const run = cli(CHAVILLE_PATH);
		expect(run.status, run.stderr).toBe(1);
		// The mistyped L11-8 and the L. 114-8 it stands for; the abrogated R 114-9-3 and D. 114-9-1.
		expect(run.stdout).toMatch(/L11-8 \(CRPA\) — numéro erroné/);
		expect(run.stdout).toContain(
			'À citer\u202f: article L. 114-8 du CRPA — /cadre-juridique/crpa-l114-8/',
		);
		expect(run.stdout).toMatch(/R114-9-3 \(CRPA\) — article abrogé/);
		expect(run.stdout).toContain(
			'À citer\u202f: article D. 114-9-1 du CRPA — /cadre-juridique/crpa-d114-9-1/',
		);
		// Positions are line:column of the file.
		expect(run.stdout).toMatch(/^33:14 +erreur +L11-8/m);
		expect(run.stdout).toMatch(/^62:39 +erreur +pouvoir donné à un agent/m);
		expect(run.stdout).toContain('Total\u202f: 5 erreurs, 3 avertissements et 0 information.');
	});

	it('exits 0 on a correct deliberation, even with warnings', () => {
		const path = join(dir, 'propre.txt');
		writeFileSync(path, CLEAN);
		const run = cli(path);
		expect(run.status, run.stdout + run.stderr).toBe(0);
		expect(run.stdout).toMatch(/avertissement +référence recommandée/);
		expect(run.stdout).toContain('0 erreur, 1 avertissement et 4 informations');
	});

	it('reads a UTF-8 file with a byte order mark as without', () => {
		const path = join(dir, 'bom.txt');
		writeFileSync(path, `\uFEFF${CLEAN}`);
		const run = cli(path, '--json');
		expect(run.status).toBe(0);
		const report = JSON.parse(run.stdout) as CitationReport;
		expect(report.citations[0]?.start).toBe(CLEAN.indexOf('L. 114-8'));
	});

	it('prints the report as JSON with --json', () => {
		const run = cli('--json', CHAVILLE_PATH);
		expect(run.status).toBe(1);
		const report = JSON.parse(run.stdout) as CitationReport;
		expect(report.hasError).toBe(true);
		expect(report.counts).toEqual({ erreur: 5, avertissement: 3, info: 0 });
		expect(report.citations.map((c) => [c.article, c.verdict, c.suggestion])).toEqual(
			expect.arrayContaining([
				['L11-8', 'mistyped', 'crpa-l114-8'],
				['R114-9-3', 'abrogated', 'crpa-d114-9-1'],
			]),
		);
	});

	it('reads a .docx file', async () => {
		const path = join(dir, 'chaville.docx');
		const blocks = CHAVILLE.split('\n').map((line) => p(line));
		writeFileSync(
			path,
			await renderDocx(doc({ title: 'Chaville', author: 'CCAS', subject: 'Délibération', blocks })),
		);
		const run = cli(path, '--json');
		expect(run.status, run.stderr).toBe(1);
		const report = JSON.parse(run.stdout) as CitationReport;
		expect(report.citations.map((c) => c.article)).toEqual([
			'L312-1',
			'R123-5',
			'L11-8',
			'R114-9-3',
		]);
	});

	it('exits 2 when the file is missing, unreadable, or not given', () => {
		const missing = cli(join(dir, 'absent.txt'));
		expect(missing.status).toBe(2);
		expect(missing.stderr).toMatch(/Impossible de lire .*absent\.txt\s*: ENOENT/);

		const damaged = join(dir, 'abime.docx');
		writeFileSync(
			damaged,
			Uint8Array.from({ length: 2048 }, (_, index) => (index * 37 + 11) % 256),
		);
		const bad = cli(damaged);
		expect(bad.status).toBe(2);
		expect(bad.stderr).toMatch(/n’est pas un document Word/);

		const none = cli();
		expect(none.status).toBe(2);
		expect(none.stderr).toMatch(/Indiquez le fichier/);
	});
});

describe('formatReportText', () => {
	it('gives line and column in characters, counting \\r\\n once', () => {
		expect(textPosition('a\r\nbc\nd😀e', 9)).toEqual({ line: 3, column: 3 });
		expect(textPosition('abc', 0)).toEqual({ line: 1, column: 1 });
	});

	it('writes French counts with the singular for 0 and 1', () => {
		expect(countsSentence({ erreur: 0, avertissement: 1, info: 2 })).toBe(
			'0 erreur, 1 avertissement et 2 informations',
		);
	});

	it('says when no reference is found', () => {
		const report = checkCitations('Bonjour.', { legal: [] });
		expect(formatReportText(report, { text: 'Bonjour.' })).toContain('Aucune référence reconnue.');
	});
});

describe('the corpus the /verifier/ page ships', () => {
	let catalogue: Pick<Catalogue, 'legal'>;
	beforeAll(() => {
		catalogue = loadCatalogue('content').catalogue;
	});

	it.each(['000_aac0786d8c4cf6f6.txt', '003_6f894b6e96c6f513.txt', '004_09f02994102c03e3.txt'])(
		'gives the same report as the full corpus on %s',
		(seed) => {
			const text = readFileSync(join(SEEDS, seed), 'utf8');
			// The page's corpus is a strict subset of fields; the checker must not read any other.
			const reduced = checkerLegal(catalogue.legal) as Catalogue['legal'];
			expect(checkCitations(text, { legal: reduced })).toEqual(checkCitations(text, catalogue));
		},
	);

	it('leaves out the long texts (summaries, usage, sources)', () => {
		const [first] = checkerLegal(catalogue.legal);
		expect(Object.keys(first ?? {})).not.toContain('summary');
		expect(JSON.stringify(checkerLegal(catalogue.legal)).length).toBeLessThan(
			JSON.stringify(catalogue.legal).length / 2,
		);
	});
});
