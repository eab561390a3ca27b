// Search finds the site's tools and each step of the assistant by what it is for.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import { buildSearchPayload, createSearch, type SearchPayload } from '../../src/lib/search/engine';
import { siteDocuments } from '../../src/lib/search/site';
import { createWizard } from '../../src/lib/wizard';
import { toWizardCatalogue } from '../../src/lib/wizard/catalogue';
import { stepPurposes } from '../../src/lib/wizard/purposes';
import { guideSources } from '../helpers/guide-sources';

const { catalogue } = loadCatalogue('content');
const payload = JSON.parse(
	JSON.stringify(buildSearchPayload(siteDocuments(catalogue, guideSources(catalogue)))),
) as SearchPayload;
const search = createSearch(payload);
const first = (query: string) => search(query)[0]?.id;

describe('search over the tools and the steps', () => {
	it.each([
		['assistant', 'guide:outils#assistant'],
		['vérificateur', 'guide:outils#verificateur'],
		['verificateur', 'guide:outils#verificateur'],
		['exemple de dossier', 'guide:outils#exemple'],
		['proposer une solution', 'guide:outils#proposer'],
	])('« %s » finds %s first', (query, id) => {
		expect(first(query)).toBe(id);
	});

	it.each([
		['Demande DataPass', 'guide:outils#etape-demande'],
		['matrice de minimisation', 'guide:outils#etape-donnees'],
		['procurations quorum', 'guide:outils#etape-seance'],
		// The corpus now holds CGCT L. 2121-15 (the secretary of a sitting), a fair first answer too.
		['séance du conseil', 'guide:outils#etape-seance'],
	])('« %s » finds %s among the first five', (query, id) => {
		expect(search(query, 5).map((hit) => hit.id)).toContain(id);
	});

	it('leads each step to its place in the assistant', () => {
		const hit = payload.hits.find((candidate) => candidate.id === 'guide:outils#etape-seance');
		expect(hit?.url).toBe('/assistant/#etape-seance');
	});
});

describe('stepPurposes', () => {
	it('names every step of the registry, in order, with its title', () => {
		const steps = createWizard(toWizardCatalogue(catalogue)).steps;
		expect(stepPurposes.map(({ id, title }) => ({ id, title }))).toEqual(
			steps.map(({ id, title }) => ({ id, title })),
		);
	});
});
