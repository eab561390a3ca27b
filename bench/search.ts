/**
 * The search figure of `npm run bench`: 100 French queries (words, phrases, typos, no accents,
 * prefixes) over the built index (dist/recherche/index.json), each timed after one warm-up pass.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createSearch, type SearchPayload } from '../src/lib/search/engine';

/** The 100 queries: 25 French searches, each also folded, with a typo, and as a prefix. */
export function frenchQueries(): string[] {
	const base = [
		'quotient familial',
		'délibération',
		'conseil d’administration',
		'quorum',
		'pouvoir',
		'aide alimentaire',
		'revenu fiscal de référence',
		'allocation adulte handicapé',
		'RSA',
		'demandeur d’emploi',
		'étudiant boursier',
		'complémentaire santé solidaire',
		'minimisation des données',
		'durée de conservation',
		'registre des traitements',
		'analyse d’impact',
		'DataPass',
		'API Particulier',
		'éditeur de logiciel',
		'délégué à la protection des données',
		'information des usagers',
		'article L. 114-8',
		'CRPA',
		'code de l’action sociale',
		'secret professionnel',
	];
	const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');
	const typo = (text: string) => (text.length > 4 ? text.slice(0, 2) + text.slice(3) : text);
	const prefix = (text: string) => text.slice(0, Math.max(3, Math.ceil(text.length / 2)));
	return base.flatMap((q) => [q, fold(q).toLowerCase(), typo(q), prefix(q)]);
}

/** Each query's time in ms over the index at `path`, and the number of entries. */
export function searchTimings(path = 'dist/recherche/index.json'): {
	times: number[];
	entries: number;
	loadMs: number;
} {
	const text = readFileSync(path, 'utf8');
	const loadStart = performance.now();
	const search = createSearch(JSON.parse(text) as SearchPayload);
	const loadMs = performance.now() - loadStart;
	const queries = frenchQueries();
	queries.forEach((query) => search(query));
	const times = queries.map((query) => {
		const start = performance.now();
		search(query);
		return performance.now() - start;
	});
	const entries = (JSON.parse(text) as SearchPayload).hits.length;
	return { times, entries, loadMs };
}
