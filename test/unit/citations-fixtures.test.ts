// Recall and precision of the vérificateur on excerpts written in the style of real acts (test/fixtures/citations/).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import type { Catalogue } from '../../src/lib/catalogue/types';
import { checkCitations, type Citation, type CitationReport } from '../../src/lib/citations';

/** What a reader should conclude about a reference. */
type Expected = 'correct' | 'unknown' | 'abrogated' | 'non-existent' | 'mistyped' | 'misused';
/** The problems the checker must report as errors. */
const problems: readonly Expected[] = ['abrogated', 'non-existent', 'mistyped', 'misused'];

function classOf(citation: Citation): Expected {
	switch (citation.verdict) {
		case 'in-force':
		case 'former':
			return 'correct';
		case 'not-in-corpus':
			return 'unknown';
		default:
			return citation.verdict;
	}
}

/** Each excerpt with its references in order: « CODE ARTICLE », then the verdict expected. */
const fixtures: Record<string, { refs: [string, Expected][]; missingNumbers?: number }> = {
	'01-visas-csp.txt': {
		refs: [
			['AUTRE R2324-17', 'unknown'],
			['CASF L123-5', 'correct'],
			['CASF R123-2', 'correct'],
			['CASF R123-19', 'correct'],
		],
	},
	'02-rgpd-parentheses.txt': {
		refs: [
			['RGPD 14', 'correct'],
			// Real articles of the GDPR that the corpus does not hold: shown, not judged.
			['RGPD 15', 'unknown'],
			['RGPD 16', 'unknown'],
		],
	},
	'03-chaville-corrige.txt': {
		refs: [
			['CASF L312-1', 'misused'],
			['CASF R123-5', 'misused'],
			['CRPA L114-8', 'correct'],
			['CRPA D114-9-1', 'correct'],
		],
	},
	'04-doc-api.txt': {
		refs: [
			['CRPA L144-8', 'mistyped'],
			['CRPA D114-9-1', 'correct'],
		],
	},
	'05-datapass-cadre.txt': {
		refs: [
			['CASF L312-1', 'misused'],
			['CASF R123-5', 'misused'],
			['CRPA L114-8', 'correct'],
		],
	},
	'06-ranges.txt': {
		refs: [
			['CRPA L114-8', 'correct'],
			['CRPA L114-9', 'correct'],
			['CRPA R114-9-5', 'correct'],
			['CRPA R114-9-7', 'correct'],
			['CRPA D114-9-1', 'correct'],
			['CRPA R114-9-3', 'correct'],
			['CASF R123-16', 'correct'],
			['CASF L123-5', 'correct'],
			['CASF R123-2', 'correct'],
		],
	},
	'07-reglement-interieur.txt': {
		refs: [
			['CASF R123-16', 'correct'],
			['CASF R123-17', 'correct'],
			['CASF R123-19', 'correct'],
		],
		missingNumbers: 1,
	},
	'08-abroge.txt': {
		refs: [
			['CRPA R114-9-3', 'abrogated'],
			['CRPA D113-14', 'abrogated'],
		],
	},
	'09-inexistant.txt': {
		refs: [
			['CASF L123-21', 'non-existent'],
			['RGPD 100', 'non-existent'],
			['CASF L123-6', 'correct'],
		],
	},
	'10-devenu.txt': {
		refs: [
			['CRPA R114-9-3', 'correct'],
			['CRPA D114-9-1', 'correct'],
			['CRPA L114-8', 'correct'],
		],
	},
	'11-lien-legifrance.txt': {
		refs: [
			['CRPA L114-7', 'mistyped'],
			['CRPA L113-12', 'correct'],
		],
	},
	'12-bon-usage.txt': {
		refs: [
			['CASF R123-5', 'correct'],
			['CASF L312-1', 'correct'],
			['CRPA L114-8', 'correct'],
			['CRPA D114-9-1', 'correct'],
			['CASF L123-4', 'correct'],
		],
	},
	'13-en-application.txt': {
		refs: [
			['CASF R123-5', 'misused'],
			['CASF L123-5', 'correct'],
		],
	},
	'14-cgct.txt': {
		refs: [
			['CGCT L2121-10', 'correct'],
			['CGCT L2121-15', 'correct'],
			['CGCT L2131-1', 'correct'],
			['CGCT L2131-12', 'correct'],
			['CASF L123-9', 'correct'],
			['CASF R123-1', 'correct'],
			['CASF R123-22', 'correct'],
		],
	},
	'15-fondement-donnees.txt': {
		refs: [
			['CASF L312-1', 'misused'],
			['CRPA L114-10', 'correct'],
		],
	},
	'16-faute-recidive.txt': {
		refs: [
			['CRPA L1114-8', 'mistyped'],
			['CRPA R144-9-5', 'mistyped'],
			['CASF L123-7', 'unknown'],
		],
	},
};

let catalogue: Pick<Catalogue, 'legal'>;
const reports = new Map<string, CitationReport>();
beforeAll(() => {
	catalogue = loadCatalogue('content').catalogue;
	for (const name of Object.keys(fixtures)) {
		const text = readFileSync(new URL(`../fixtures/citations/${name}`, import.meta.url), 'utf8');
		reports.set(name, checkCitations(text, catalogue));
	}
});

const key = (citation: Citation) => `${citation.code ?? '?'} ${citation.article}`;

describe('the vérificateur on sixteen excerpts written like real acts', () => {
	it('has at least fifteen excerpts, with every kind of verdict', () => {
		const all = Object.values(fixtures).flatMap((fixture) => fixture.refs.map(([, e]) => e));
		expect(Object.keys(fixtures).length).toBeGreaterThanOrEqual(15);
		for (const kind of ['correct', 'abrogated', 'non-existent', 'mistyped', 'misused'] as const) {
			expect(all, kind).toContain(kind);
		}
	});

	it.each(Object.entries(fixtures))('%s: each reference as expected', (name, fixture) => {
		const report = reports.get(name);
		const found = (report?.citations ?? []).map((c) => [key(c), classOf(c)]);
		expect(found).toEqual(fixture.refs);
		const notes = (report?.findings ?? []).filter((f) => f.kind === 'missing-number');
		expect(notes).toHaveLength(fixture.missingNumbers ?? 0);
	});

	it('reaches 90 % recall and 100 % precision on errors over the whole set', () => {
		let expectedProblems = 0;
		let caught = 0;
		let errors = 0;
		let rightErrors = 0;
		const wrong: string[] = [];
		for (const [name, fixture] of Object.entries(fixtures)) {
			const citations = [...(reports.get(name)?.citations ?? [])];
			const used = new Set<Citation>();
			for (const [ref, expected] of fixture.refs) {
				const citation = citations.find((c) => !used.has(c) && key(c) === ref);
				if (citation) used.add(citation);
				if (!problems.includes(expected)) continue;
				expectedProblems += 1;
				if (citation && classOf(citation) === expected && citation.severity === 'erreur') {
					caught += 1;
				}
			}
			for (const citation of citations.filter((c) => c.severity === 'erreur')) {
				errors += 1;
				const expected = fixture.refs.find(([ref]) => ref === key(citation))?.[1];
				if (expected === classOf(citation)) rightErrors += 1;
				else wrong.push(`${name} : ${key(citation)} (${citation.verdict})`);
			}
		}
		const recall = caught / expectedProblems;
		const precision = errors === 0 ? 1 : rightErrors / errors;
		expect(expectedProblems).toBeGreaterThanOrEqual(12);
		expect(recall, `rappel ${caught}/${expectedProblems}`).toBeGreaterThanOrEqual(0.9);
		expect(precision, `erreurs injustifiées : ${wrong.join(', ')}`).toBe(1);
	});
});
