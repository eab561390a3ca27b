// The vérificateur agrees with our own documents: nothing the engine writes is reported as an error or a warning.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { buildDeliberation, buildDocumentContext } from '../../src/lib/documents';
import { preparePack } from '../../src/lib/pack/prepare';
import { parseDossierJson } from '../../src/lib/dossier/parse';
import { plainText } from '../../src/lib/document/plain-text';
import { checkCitations, type CitationReport } from '../../src/lib/citations';
import { dossier as dossierSchema, type Dossier } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();
const templates = readPackTemplates();
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 150);

/**
 * The text of the deliberation the engine writes for a dossier. The one place this test touches the
 * engine: when the builder moves (src/lib/documents/), repoint this function and nothing else.
 */
function engineDeliberationText(dossier: Dossier, projet = false): string {
	const result = buildDeliberation(buildDocumentContext(dossier, catalogue, templates), { projet });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return plainText(result.doc);
}

const base = exampleDossier();
const fresh = (() => {
	const parsed = parseDossierJson(
		readFileSync('test/fixtures/dossiers/loi-3ds-complet.json', 'utf8'),
	);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.dossier;
})();

/** Dossiers around the example: any subset of its aids, legal or facultative, with or without delegation. */
const dossiers = fc
	.record({
		// The example's aids, and those of loi-3ds-complet.json (« ou », « ne pas », a range, a scale).
		aids: fc.subarray([...(base.aids ?? []), ...(fresh.aids ?? [])], { minLength: 1 }),
		socialServices: fc.boolean(),
		aidRules: fc.boolean(),
		natures: fc.array(fc.constantFrom('facultative', 'légale'), { minLength: 7, maxLength: 7 }),
		delegation: fc.boolean(),
		secondNotice: fc.boolean(),
		dateStyle: fc.constantFrom('lettres', 'chiffres'),
		software: fc.boolean(),
		information: fc.record({ poster: fc.boolean(), form: fc.boolean(), website: fc.boolean() }),
	})
	.map((r) => {
		const aids = r.aids.map((aid, index) => {
			const nature = r.natures[index] ?? 'facultative';
			const { delegation, ...rest } = aid;
			return {
				...rest,
				nature,
				...(nature === 'facultative' && r.delegation && delegation ? { delegation } : {}),
			};
		});
		const withRules = r.aidRules ? base.ccas : { ...base.ccas, aidRules: undefined };
		const ccas = {
			...(r.software ? withRules : { ...withRules, software: undefined }),
			managesSocialServices: r.socialServices,
		};
		return {
			...base,
			ccas,
			aids,
			processing: { ...base.processing, information: r.information },
			sitting: {
				...base.sitting,
				secondNotice: r.secondNotice,
				...(r.secondNotice ? { firstSittingDate: '2026-11-09' } : {}),
				dateStyle: r.dateStyle,
			},
		};
	})
	.map((raw) => dossierSchema.safeParse(JSON.parse(JSON.stringify(raw))))
	.filter((parsed) => parsed.success)
	.map((parsed) => parsed.data);

function problems(report: CitationReport): string[] {
	return [...report.citations, ...report.findings]
		.filter((item) => item.severity !== 'info')
		.map((item) => item.message);
}

describe('the checker on the deliberations the engine writes', () => {
	it('reports nothing on the example dossier, and reads each citation as the engine meant it', () => {
		const text = engineDeliberationText(base);
		const report = checkCitations(text, catalogue);
		expect(problems(report)).toEqual([]);
		const byArticle = (article: string) => report.citations.find((c) => c.article === article);
		// « D. 114-9-1 (anciennement article R. 114-9-3) »: the old number is said, and correct.
		expect(byArticle('R114-9-3')?.verdict).toBe('former');
		// Articles of the CRPA after those of the CASF are not given to the CASF.
		for (const article of ['R114-9-5', 'R114-9-7', 'L114-10', 'D114-9-1']) {
			expect(byArticle(article)?.code, article).toBe('CRPA');
		}
		expect(byArticle('R114-9-5')?.impliedIds).toEqual(['crpa-r114-9-6']);
		expect(byArticle('L123-5')?.code).toBe('CASF');
		expect(byArticle('4')?.code).toBe('LOI-78-17');
	});

	it(`reports no error and no warning on any generated dossier (${RUNS} runs)`, () => {
		fc.assert(
			fc.property(dossiers, fc.boolean(), (dossier, projet) => {
				// The act after the sitting, and the projet sent with the notice.
				const report = checkCitations(engineDeliberationText(dossier, projet), catalogue);
				expect(problems(report)).toEqual([]);
				expect(report.citations.length).toBeGreaterThanOrEqual(15);
			}),
			{ numRuns: RUNS },
		);
	});
});

describe('the checker on the other documents of the pack', () => {
	// They are no deliberations: the visas a deliberation needs (warnings) are not asked of them, but
	// none may hold what the checker calls an error (an abrogated article cited as in force…).
	it.each([
		['the example', base],
		['loi-3ds-complet.json', fresh],
	])('finds no error in any document of %s', (_name, dossier) => {
		const prepared = preparePack({ dossier, catalogue, templates });
		if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
		const errors = prepared.parts.flatMap((part) => {
			if (part.kind !== 'doc') return [];
			const report = checkCitations(plainText(part.doc), catalogue);
			return [...report.citations, ...report.findings]
				.filter((item) => item.severity === 'erreur')
				.map((item) => `${part.id} : ${item.message}`);
		});
		expect(prepared.parts.filter((part) => part.kind === 'doc').length).toBeGreaterThan(8);
		expect(errors).toEqual([]);
	});
});
