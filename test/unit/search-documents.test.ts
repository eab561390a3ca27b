// Search documents built from catalogue entries: titles, urls, keywords, ranks; grouping for the search page.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import {
	editorDocument,
	entryAnchor,
	excerpt,
	entryPaths,
	guideDocuments,
	legalDocument,
	legalTitle,
} from '../../src/lib/search/documents';
import { buildSearchPayload, createSearch, indexedFields } from '../../src/lib/search/engine';
import { groupByKind, groupGuides } from '../../src/lib/search/group';
import { siteDocuments } from '../../src/lib/search/site';
import { guideSources } from '../helpers/guide-sources';

const { catalogue } = loadCatalogue('content');
const find = <T extends { id: string }>(list: T[], id: string) => {
	const entry = list.find((item) => item.id === id);
	if (!entry) throw new Error(id);
	return entry;
};

describe('documents', () => {
	it('titles an article with its citation and a narrow space before the colon', () => {
		expect(legalTitle({ code: 'CRPA', article: 'L114-8', title: 'Titre' })).toBe(
			'Article L. 114-8 du CRPA\u202f: Titre',
		);
		expect(legalTitle({ code: 'RGPD', article: '14', title: 'Titre' })).toBe(
			'Article 14 du RGPD\u202f: Titre',
		);
	});

	it('makes an article number a keyword, and an abrogated article says so', () => {
		const doc = legalDocument(find(catalogue.legal, 'crpa-r114-9-3'));
		expect(doc.url).toBe('/cadre-juridique/crpa-r114-9-3/');
		expect(doc.context).toMatch(/Abrogé/);
		expect(indexedFields(doc).keywords).toContain('r114-9-3');
	});

	it('ranks an editor kept for history after active ones', () => {
		expect(editorDocument(find(catalogue.editors, 'up-millesime')).rank).toBeGreaterThan(1);
		expect(editorDocument(find(catalogue.editors, 'arche-mc2')).rank).toBe(1);
	});

	it('gives each guide section its anchor', () => {
		const docs = guideDocuments({ ...find(catalogue.guides, 'familles-non-couvertes') }, 'intro', [
			{ title: 'A', slug: 'a', depth: 2, text: 't' },
		]);
		expect(docs.map((doc) => [doc.id, doc.url])).toEqual([
			['guide:familles-non-couvertes', '/guides/familles-non-couvertes/'],
			['guide:familles-non-couvertes#a', '/guides/familles-non-couvertes/#a'],
		]);
		expect(docs[1]?.context).toBe(
			'Guide «\u202fFamilles non couvertes et procédure de repli\u202f»',
		);
	});

	it('cuts a long summary at a word', () => {
		expect(excerpt('court', 10)).toBe('court');
		expect(excerpt('Les données utiles à un CCAS, et le reste', 30)).toBe(
			'Les données utiles à un CCAS…',
		);
	});

	it('points criteria and aids to their entry on the search page', () => {
		expect(entryPaths.criterion('reste-a-vivre')).toBe(
			`/recherche/#${entryAnchor('criterion', 'reste-a-vivre')}`,
		);
		expect(entryPaths.aid('aide-energie')).toBe(
			`/recherche/#${entryAnchor('aid', 'aide-energie')}`,
		);
	});
});

describe('site documents', () => {
	const docs = siteDocuments(catalogue, guideSources(catalogue));

	it('covers every entry of every collection once, and every guide section', () => {
		const count = (kind: string) => docs.filter((doc) => doc.kind === kind).length;
		expect(count('legal')).toBe(catalogue.legal.length);
		expect(count('data')).toBe(catalogue.data.length);
		expect(count('criterion')).toBe(catalogue.criteria.length);
		expect(count('aid')).toBe(catalogue.aids.length);
		expect(count('editor')).toBe(catalogue.editors.length);
		expect(count('guide')).toBeGreaterThan(catalogue.guides.length * 5);
		// The tools and the assistant's steps, as sections of « Les outils du site ».
		expect(docs.filter((doc) => doc.id.startsWith('guide:outils#')).length).toBe(4 + 8);
		expect(new Set(docs.map((doc) => doc.id)).size).toBe(docs.length);
	});

	it('makes the articles cited in guides searchable in their sections', () => {
		const section = find(docs, 'guide:familles-non-couvertes#garder-la-voie-papier');
		expect(section.text).toMatch(/article L\. 114-10 du CRPA/);
	});

	it('groups entries by kind in a fixed order and nests sections under their guide', () => {
		expect(groupByKind(docs).map((group) => group.kind)).toEqual([
			'guide',
			'legal',
			'data',
			'criterion',
			'aid',
			'editor',
		]);
		const guides = groupGuides(docs);
		expect(guides.map((group) => group.guide.id)).toEqual([
			'guide:outils',
			'guide:aides-ccas-api-particulier',
			'guide:preparer-la-deliberation',
			'guide:familles-non-couvertes',
		]);
		expect(guides.every((group) => group.sections.length > 3)).toBe(true);
	});
});

describe('engine', () => {
	const docs = siteDocuments(catalogue, guideSources(catalogue));

	it('refuses two entries with the same id', () => {
		const first = docs[0];
		if (!first) throw new Error('no document');
		expect(() => buildSearchPayload([first, first])).toThrow(/en double/);
	});

	it('serves only what results show, plus the folded index', () => {
		const payload = buildSearchPayload(docs);
		expect(Object.keys(payload.hits[0] ?? {}).sort()).toEqual([
			'context',
			'id',
			'kind',
			'title',
			'url',
		]);
		expect(payload.ranks).toHaveLength(docs.length);
		expect(JSON.stringify(payload.index)).not.toMatch(/[éèàç]/);
	});

	it('falls back to any word when no entry has them all', () => {
		const search = createSearch(buildSearchPayload(docs));
		expect(search('quorum zzzzzz').map((hit) => hit.id)).toContain(
			'guide:preparer-la-deliberation#quorum-et-procurations',
		);
	});
});
