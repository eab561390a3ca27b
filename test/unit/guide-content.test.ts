// The guides' text: French typography, no hand-written h1 or table of contents, stable anchors,
// internal links that resolve, and no link that would open a new window.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import { frenchTypography } from '../../src/lib/french';
import { mapProse, proseOf } from '../../src/lib/guides/prose';
import { asciiAnchor, withAsciiAnchors } from '../../src/lib/guides/toc';
import { guideSources } from '../helpers/guide-sources';

const { catalogue } = loadCatalogue('content');
const sources = guideSources(catalogue);
const raw = (id: string) => readFileSync(`content/guides/${id}.mdx`, 'utf8');

/** The anchors of each guide's sections: links to them (from the search index too) rely on them. */
const pinnedAnchors: Record<string, string[]> = {
	'aides-ccas-api-particulier': [
		'la-mission-dun-ccas',
		'ce-qui-change-pour-les-agents-et-les-familles',
		'dites-le-nous-une-fois',
		'les-donnees-utiles-a-un-ccas',
		'api-particulier',
		'api-impot-particulier',
		'le-cadre-juridique',
		'les-editeurs-deja-connectes',
		'demander-lacces',
		'preparer-le-dossier-avec-lassistant',
		'deposer-la-demande-sur-datapass',
		'demander-separement-les-donnees-fiscales',
		'les-prerequis-techniques',
	],
	'preparer-la-deliberation': [
		'du-projet-a-la-publication-dans-lordre',
		'faut-il-une-nouvelle-deliberation',
		'quand-le-reglement-existant-suffit',
		'quand-une-deliberation-est-necessaire',
		'ce-que-la-deliberation-doit-contenir',
		'len-tete-de-la-seance',
		'les-visas',
		'lexpose-des-motifs',
		'le-dispositif',
		'les-conditions-et-ou-ne-pas',
		'les-delegations',
		'laide-sociale-legale',
		'quorum-et-procurations',
		'le-vote',
		'publication-et-transmission',
		'produire-la-deliberation-avec-lassistant',
	],
	'familles-non-couvertes': [
		'ce-que-lapi-ne-renvoie-pas',
		'familles-sans-dossier-caf-ou-msa',
		'familles-sans-quotient-ce-mois-ci',
		'regimes-non-couverts',
		'identite-qui-ne-correspond-pas',
		'lexemple-de-chartres-de-bretagne',
		'ce-que-couvre-la-version-actuelle',
		'comment-la-famille-est-identifiee',
		'garder-la-voie-papier',
		'eviter-les-quotients-errones',
		'verifier-la-date-du-quotient',
		'controler-une-fois-par-an',
		'informer-les-familles',
	],
};

/** Pages a guide may link to besides guides (checked against src/pages by the e2e crawl). */
const sitePaths = new Set([
	'/assistant/',
	'/editeurs/',
	'/editeurs/proposer/',
	'/donnees/',
	'/cadre-juridique/',
]);

describe.each(sources.map((source) => [source.guide.id, source] as const))(
	'guide %s',
	(id, source) => {
		it('follows French typography in its prose and front matter', () => {
			expect(mapProse(raw(id), frenchTypography)).toBe(raw(id));
			expect(proseOf(raw(id))).not.toMatch(/['"]/);
			for (const text of [source.guide.title, source.guide.summary])
				expect(frenchTypography(text)).toBe(text);
		});

		it('has no h1 (the page has one) and no hand-written table of contents', () => {
			expect(source.body).not.toMatch(/^# /m);
			expect(source.body).not.toMatch(/table des matières|sommaire/i);
			expect(source.body).not.toMatch(/\]\(#/);
		});

		it('keeps the anchors links rely on (rename a heading only with its links)', () => {
			const anchors = withAsciiAnchors(source.headings).map((heading) => heading.slug);
			expect(anchors).toEqual(pinnedAnchors[id]);
			for (const anchor of anchors) expect(anchor).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		});

		it('links only to pages and sections that exist, and to https sites', () => {
			for (const [, target = ''] of source.body.matchAll(/\]\(([^)\s]+)\)/g)) {
				if (target.startsWith('https://')) continue;
				const [path = '', anchor] = target.split('#');
				const guideId = /^\/guides\/([a-z0-9-]+)\/$/.exec(path)?.[1];
				if (guideId) {
					expect(Object.keys(pinnedAnchors), target).toContain(guideId);
					if (anchor) expect(pinnedAnchors[guideId], target).toContain(anchor);
				} else {
					expect(sitePaths.has(path), target).toBe(true);
				}
			}
			expect(source.body).not.toMatch(/target=|http:\/\//);
		});
	},
);

describe('asciiAnchor', () => {
	it('folds Astro’s accented slugs', () => {
		expect(asciiAnchor('les-données-utiles-à-un-ccas')).toBe('les-donnees-utiles-a-un-ccas');
		expect(asciiAnchor('éviter-les-quotients-erronés')).toBe('eviter-les-quotients-errones');
	});
});
