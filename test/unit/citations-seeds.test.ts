// The checker on the deliberations and guide drafts the project grew from (copies in test/fixtures/seeds/).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import type { Catalogue } from '../../src/lib/catalogue/types';
import { checkCitations, type CitationReport } from '../../src/lib/citations';

// Copies of ../shared/seeds, so the tests also run where only the repository is checked out.
const seed = (name: string) =>
	readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');

let catalogue: Pick<Catalogue, 'legal'>;
beforeAll(() => {
	catalogue = loadCatalogue('content').catalogue;
});

function summary(report: CitationReport) {
	return report.citations.map((c) => [c.raw, c.code, c.article, c.verdict, c.suggestion]);
}

describe('Chaville, deliberation of 12 October 2023 (seed 000)', () => {
	const text = seed('000_aac0786d8c4cf6f6.txt');
	let report: CitationReport;
	beforeAll(() => {
		report = checkCitations(text, catalogue);
	});

	it('finds every citation, with its code and verdict', () => {
		expect(summary(report)).toEqual([
			['L 312-1', 'CASF', 'L312-1', 'misused', 'crpa-l114-8'],
			['R 123-5', 'CASF', 'R123-5', 'misused', 'crpa-l114-8'],
			['L11-8', 'CRPA', 'L11-8', 'mistyped', 'crpa-l114-8'],
			['R 114-9-3', 'CRPA', 'R114-9-3', 'abrogated', 'crpa-d114-9-1'],
		]);
		for (const c of report.citations) expect(text.slice(c.start, c.end)).toBe(c.raw);
	});

	it('says L. 312-1 is not a basis for data access', () => {
		const l312 = report.citations[0];
		expect(l312?.severity).toBe('erreur');
		expect(l312?.message).toContain('ne fonde pas l’accès aux données');
	});

	it('reports the CASF articles for facultative aids as missing, not L. 114-8 (already flagged as a typo)', () => {
		const missing = report.findings.filter((f) => f.kind === 'missing-reference');
		expect(missing.map((f) => f.articleIds)).toEqual([['casf-l123-5'], ['casf-r123-2']]);
		const recommended = report.findings.find((f) => f.kind === 'recommended-reference');
		expect(recommended?.articleIds).toEqual(['crpa-r114-9-5', 'crpa-r114-9-6', 'crpa-r114-9-7']);
	});

	it('says the social worker may not grant the aid himself (« accordée par le travailleur social »)', () => {
		const powers = report.findings.filter((f) => f.kind === 'agent-power');
		expect(powers).toHaveLength(1);
		const [power] = powers;
		expect(power?.severity).toBe('erreur');
		expect(text.slice(power?.start ?? 0, power?.end ?? 0)).toBe(
			'accordée par le travailleur social',
		);
		expect(power?.articleIds).toEqual(['casf-r123-21', 'casf-r123-23']);
	});

	it('has errors: its four references and the aid granted by a social worker', () => {
		expect(report.hasError).toBe(true);
		expect(report.counts.erreur).toBe(5);
	});
});

describe('Chartres-de-Bretagne, deliberation of 31 March 2025 (seed 004)', () => {
	const text = seed('004_09f02994102c03e3.txt');
	let report: CitationReport;
	beforeAll(() => {
		report = checkCitations(text, catalogue);
	});

	it('finds L. 2121-10 of the CGCT, in force, and nothing else', () => {
		expect(summary(report)).toEqual([['L.2121-10', 'CGCT', 'L2121-10', 'in-force', null]]);
		expect(report.citations[0]?.severity).toBe('info');
	});

	it('takes none of its dates, numbers and codes for articles', () => {
		for (const lookalike of ['7.10', '04/04/2025', 'N°29/2025', '92/2021', '13 mars 2025']) {
			const at = text.indexOf(lookalike);
			expect(at, lookalike).toBeGreaterThan(-1);
			expect(report.citations.some((c) => c.start < at + lookalike.length && at < c.end)).toBe(
				false,
			);
		}
	});

	it('recognises the prefecture stamp', () => {
		const stamps = report.findings.filter((f) => f.kind === 'prefecture-stamp');
		expect(stamps).toHaveLength(1);
		expect(text.slice(stamps[0]?.start ?? 0, stamps[0]?.end ?? 0)).toBe(
			'035-213500663-20250404-DEL29_2025-DE',
		);
	});

	it('asks no basis of a deliberation that stops using the API, and has no error', () => {
		expect(report.findings.map((f) => f.kind)).toEqual(['prefecture-stamp']);
		expect(report.hasError).toBe(false);
	});
});

describe('api.gouv.fr guide draft (seed 003)', () => {
	const text = seed('003_6f894b6e96c6f513.txt');
	let report: CitationReport;
	beforeAll(() => {
		report = checkCitations(text, catalogue);
	});

	it('flags L. 123-21 of the CASF as non-existent, wherever it appears', () => {
		const l12321 = report.citations.filter((c) => c.article === 'L123-21');
		expect(l12321).toHaveLength(2);
		for (const c of l12321) {
			expect(c.code).toBe('CASF');
			expect(c.verdict).toBe('non-existent');
			expect(c.severity).toBe('erreur');
			expect(c.message).toContain('n’existe pas');
		}
	});

	it('accepts L. 123-5 and R. 123-2 of the CASF', () => {
		const ok = report.citations.filter((c) => c.raw === 'L.123-5' || c.raw === 'R.123-2');
		expect(ok.map((c) => c.verdict)).toEqual(['in-force', 'in-force']);
	});

	it('flags its Légifrance link to an old version of the abrogated R. 114-9-3', () => {
		const links = report.findings.filter((f) => f.kind === 'outdated-link');
		expect(links.map((f) => [f.severity, f.articleIds])).toEqual([
			['erreur', ['crpa-r114-9-3', 'crpa-d114-9-1']],
		]);
		expect(text.slice(links[0]?.start ?? 0, links[0]?.end ?? 0)).toContain('LEGIARTI000038029900');
	});
});
