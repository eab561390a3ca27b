/**
 * The search engine: fuse.js token search over folded text. The index is built once at build time
 * (`buildSearchPayload`, served as static JSON) and read in the browser (`createSearch`).
 */
import Fuse, { type FuseIndex, type FuseSortFunction, type IFuseOptions } from 'fuse.js';
import { foldText, normalizeQuery, searchTokens } from './normalize';
import type { SearchDocument } from './documents';
import type { SearchHit } from './kinds';

/** The fields the engine searches, already folded (lower case, no accents, article numbers compact). */
export interface IndexedFields {
	title: string;
	keywords: string[];
	text: string;
}

/** Searched fields and their weights: a word in a title or a keyword counts far more than in the body. */
export const searchKeys = [
	{ name: 'title', weight: 5 },
	{ name: 'keywords', weight: 3 },
	{ name: 'text', weight: 1 },
];

/** Options shared by the build (index) and the browser (query): they must be the same on both sides. */
export const fuseOptions = {
	keys: searchKeys,
	// Accents never matter: « deliberation » finds « délibération ».
	ignoreDiacritics: true,
	// Each query word is matched on its own (fuzzily), weighted by how rare it is in the corpus.
	useTokenSearch: true,
	// French stop words are dropped from the query and the corpus statistics alike.
	tokenize: searchTokens,
	// Every word must match somewhere in the entry; `search` retries with any word when none does.
	tokenMatch: 'all',
	// A word of 4 to 6 letters may have one typo, 7 to 9 letters two (« quotien » finds « quotient »).
	threshold: 0.3,
	ignoreLocation: true,
	minMatchCharLength: 2,
	includeScore: true,
} satisfies IFuseOptions<IndexedFields>;

/** The static file the browser loads: what results show, how they rank, and the prebuilt index. */
export interface SearchPayload {
	/** Format version, bumped when the shape changes. */
	version: 1;
	/** What each result shows, in index order. */
	hits: SearchHit[];
	/** Rank multiplier of each entry (see SearchDocument.rank), in index order. */
	ranks: number[];
	/** Fuse's serialised index of the folded fields. */
	index: ReturnType<FuseIndex<IndexedFields>['toJSON']>;
}

/** Folds a document's searchable fields. */
export function indexedFields(doc: SearchDocument): IndexedFields {
	return {
		title: foldText(doc.title),
		keywords: doc.keywords.filter((keyword) => keyword.trim() !== '').map(foldText),
		text: foldText(doc.text),
	};
}

/** Builds the payload served as /recherche/index.json. Throws on a duplicate id. */
export function buildSearchPayload(docs: readonly SearchDocument[]): SearchPayload {
	const seen = new Set<string>();
	for (const doc of docs) {
		if (seen.has(doc.id)) throw new Error(`Entrée de recherche en double : ${doc.id}`);
		seen.add(doc.id);
	}
	const index = Fuse.createIndex(searchKeys, docs.map(indexedFields));
	return {
		version: 1,
		hits: docs.map(({ id, kind, title, url, context }) => ({ id, kind, title, url, context })),
		ranks: docs.map((doc) => doc.rank),
		index: index.toJSON(),
	};
}

/** A search function over a payload: the best hits first, `limit` at most. */
export type Search = (query: string, limit?: number) => SearchHit[];

/** Creates the search function for a payload (in the browser, or in tests and the build). */
export function createSearch(payload: SearchPayload): Search {
	const sortFn: FuseSortFunction = (a, b) =>
		a.score * (payload.ranks[a.idx] ?? 1) - b.score * (payload.ranks[b.idx] ?? 1) || a.idx - b.idx;
	const make = (tokenMatch: 'all' | 'any') =>
		new Fuse(payload.hits, { ...fuseOptions, tokenMatch, sortFn }, Fuse.parseIndex(payload.index));
	const all = make('all');
	let any: Fuse<SearchHit> | undefined;
	return (query, limit = 8) => {
		const normalized = normalizeQuery(query);
		if (normalized === '') return [];
		let results = all.search(normalized, { limit });
		if (results.length === 0) {
			any ??= make('any');
			results = any.search(normalized, { limit });
		}
		return results.map((result) => result.item);
	};
}
