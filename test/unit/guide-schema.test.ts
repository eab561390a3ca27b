// Guides: front matter checked by the `guide` schema, ids cross-checked against the catalogue, and
// component citations in the body checked too; each bad entry is rejected with its message.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guide } from '../../src/lib/schema/catalogue';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import { formatProblem } from '../../src/lib/catalogue/types';
import { checkGuideReferences, guideReferences } from '../../src/lib/guides/references';
import { fieldProblems } from '../../src/lib/zod-issues';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture';
import { guideSources } from '../helpers/guide-sources';

const valid = {
	title: 'Préparer la délibération',
	summary: 'Quand une délibération est nécessaire.',
	audience: ['direction'],
	updated: '2026-11-23',
	relatedData: ['quotient-familial'],
	relatedArticles: ['crpa-l114-8'],
};

/** The « field : message » lines zod reports for a front matter. */
function problems(frontMatter: Record<string, unknown>): string[] {
	const result = guide.safeParse(frontMatter);
	return result.success
		? []
		: fieldProblems(result.error).map((problem) => `${problem.path} : ${problem.message}`);
}

describe('guide schema', () => {
	it('accepts a complete front matter', () => {
		expect(problems(valid)).toEqual([]);
	});

	it.each([
		['no title', { ...valid, title: undefined }, /^title : /],
		['empty summary', { ...valid, summary: '  ' }, /^summary : Ce champ est obligatoire\./],
		[
			'summary too long',
			{ ...valid, summary: 'x'.repeat(401) },
			/^summary : Texte trop long : 400/,
		],
		['unknown audience', { ...valid, audience: ['public'] }, /^audience\[0\] : /],
		['no audience', { ...valid, audience: [] }, /^audience : /],
		[
			'bad date',
			{ ...valid, updated: '23/11/2026' },
			/^updated : Date invalide : format attendu AAAA-MM-JJ/,
		],
		[
			'id not a slug',
			{ ...valid, relatedData: ['Quotient Familial'] },
			/^relatedData\[0\] : Identifiant invalide/,
		],
		['api.gouv.fr style tags', { ...valid, audience: 'direction, dpo' }, /^audience : /],
	])('rejects %s with its message', (_name, frontMatter, message) => {
		const lines = problems(frontMatter);
		expect(lines.length).toBeGreaterThan(0);
		expect(lines[0]).toMatch(message);
	});
});

describe('guides in content/', () => {
	const { catalogue, problems: contentProblems } = loadCatalogue('content');

	it('are the three guides of the issue, valid', () => {
		expect(contentProblems.map(formatProblem)).toEqual([]);
		expect(catalogue.guides.map((entry) => entry.id).sort()).toEqual([
			'aides-ccas-api-particulier',
			'familles-non-couvertes',
			'preparer-la-deliberation',
		]);
	});

	it('cite only articles that exist and that their front matter lists', () => {
		const legalIds = new Set(catalogue.legal.map((article) => article.id));
		for (const { guide: entry, body } of guideSources(catalogue)) {
			expect(checkGuideReferences(body, entry.relatedArticles, legalIds), entry.id).toEqual([]);
			expect(guideReferences(body).length, entry.id).toBeGreaterThan(0);
		}
	});
});

describe('a dangling id in a guide', () => {
	let fixture: ContentFixture | undefined;
	afterEach(() => {
		fixture?.cleanup();
		fixture = undefined;
	});

	it('in the front matter is reported with the file and the field', () => {
		fixture = contentFixture();
		writeFileSync(
			join(fixture.dir, 'guides', 'essai.mdx'),
			`---\ntitle: Essai\nsummary: Essai.\naudience: [agents]\nupdated: 2026-11-23\nrelatedData: [quotient-familal]\nrelatedArticles: [crpa-r114-9-33]\n---\n\nTexte.\n`,
		);
		const lines = loadCatalogue(fixture.dir, fixture.dir).problems.map(formatProblem);
		expect(lines).toEqual([
			expect.stringMatching(
				/guides\/essai\.mdx : relatedData\[0\] : « quotient-familal » ne correspond à aucune donnée/,
			),
			expect.stringMatching(
				/guides\/essai\.mdx : relatedArticles\[0\] : « crpa-r114-9-33 » ne correspond à aucun article/,
			),
		]);
	});

	it('in the body is reported with the component', () => {
		const body =
			'<LegalRef id="crpa-l114-88" /> <LegalRef id="crpa-l114-8" /> <DataTable api="api-x" /> <EditorTable useCase="mairie" />';
		expect(checkGuideReferences(body, [], new Set(['crpa-l114-8']))).toEqual([
			'LegalRef : « crpa-l114-88 » ne correspond à aucun article de content/legal.',
			'LegalRef : « crpa-l114-8 » est cité mais absent de relatedArticles.',
			'DataTable : API « api-x » inconnue (api-particulier, api-impot-particulier).',
			'EditorTable : cas d’usage « mairie » inconnu (ccas, portail-famille).',
		]);
	});

	it('reads the ids of a LegalTable one by one', () => {
		expect(guideReferences('<LegalTable ids="a  b" caption="x" />')).toEqual([
			{ component: 'LegalTable', id: 'a' },
			{ component: 'LegalTable', id: 'b' },
		]);
	});
});
