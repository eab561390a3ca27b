// Ranking on the real content: a table of French queries, each with the entry it must find first.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import { buildSearchPayload, createSearch, type SearchPayload } from '../../src/lib/search/engine';
import { siteDocuments } from '../../src/lib/search/site';
import { guideSources } from '../helpers/guide-sources';

const { catalogue, problems } = loadCatalogue('content');
const documents = siteDocuments(catalogue, guideSources(catalogue));
// Through JSON, as the browser receives it.
const payload = JSON.parse(JSON.stringify(buildSearchPayload(documents))) as SearchPayload;
const search = createSearch(payload);

describe('search ranking on the site content', () => {
	it('indexes valid content, every kind of entry', () => {
		expect(problems).toEqual([]);
		expect(new Set(payload.hits.map((hit) => hit.kind))).toEqual(
			new Set(['guide', 'legal', 'data', 'criterion', 'aid', 'editor']),
		);
	});

	it.each([
		['quotient', 'data:quotient-familial'],
		['quotien familial', 'data:quotient-familial'],
		['Quotient familial de la CAF', 'data:quotient-familial'],
		['délibération', 'guide:preparer-la-deliberation'],
		['deliberation', 'guide:preparer-la-deliberation'],
		['R114-9-3', 'legal:crpa-r114-9-3'],
		['R. 114-9-3', 'legal:crpa-r114-9-3'],
		['r 114-9-3', 'legal:crpa-r114-9-3'],
		['L114-8', 'legal:crpa-l114-8'],
		['D114-9-1', 'legal:crpa-d114-9-1'],
		['Millésime', 'editor:arche-mc2'],
		['millesime', 'editor:arche-mc2'],
		['msa', 'data:quotient-familial'],
		['familles non couvertes', 'guide:familles-non-couvertes'],
		['voie papier', 'guide:familles-non-couvertes#garder-la-voie-papier'],
		['publication', 'guide:preparer-la-deliberation#publication-et-transmission'],
		['quorum', 'guide:preparer-la-deliberation#quorum-et-procurations'],
		['procuration', 'guide:preparer-la-deliberation#quorum-et-procurations'],
		['Chartres-de-Bretagne', 'guide:familles-non-couvertes#lexemple-de-chartres-de-bretagne'],
		['revenu fiscal de référence', 'data:revenu-fiscal-reference'],
		['C2S', 'criterion:beneficiaire-c2s'],
		['statut C2S', 'data:statut-c2s'],
		['aide alimentaire', 'aid:aide-alimentaire'],
		['reste à vivre', 'criterion:reste-a-vivre'],
		['Sonate', 'editor:arpege-sonate'],
		['cnaf_enfants', 'data:enfants'],
		['Dites-le-nous une fois', 'guide:aides-ccas-api-particulier#dites-le-nous-une-fois'],
	])('« %s » finds %s first', (query, expected) => {
		expect(search(query, 5).map((hit) => hit.id)[0]).toBe(expected);
	});

	it('puts an editor kept for history after the active one', () => {
		const ids = search('Millésime Action Sociale', 5).map((hit) => hit.id);
		expect(ids.indexOf('editor:arche-mc2')).toBeLessThan(ids.indexOf('editor:up-millesime'));
	});

	it('finds nothing for stop words only, and something for a one-word typo', () => {
		expect(search('de la')).toEqual([]);
		expect(search('delibaration').length).toBeGreaterThan(0);
	});

	it('respects the limit', () => {
		expect(search('aide', 3)).toHaveLength(3);
	});
});
