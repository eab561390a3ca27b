/**
 * The search engine: fuse.js token search over folded text. The index is built once at build time
 * (`buildSearchPayload`, served as static JSON) and read in the browser (`createSearch`).
 */
import Fuse, { type FuseIndex, type FuseSortFunction, type IFuseOptions } from 'fuse.js';
import { BITAP_MAX_PATTERN, bitapMatch } from './bitap';
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
	// Accents and case never matter (« deliberation » finds « Délibération »), but fuse.js need not
	// fold: every field is folded at build time and every query by normalizeQuery. Folding each
	// field again for each word of each query was most of a query's time.
	ignoreDiacritics: false,
	isCaseSensitive: true,
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

/**
 * Folds a document's searchable fields. The body keeps each meaningful word once: with
 * `ignoreLocation` a word's score does not depend on where or how often it occurs, and fuse.js
 * scans the whole field for each query word, so repeated words and stop words cost time for nothing.
 */
export function indexedFields(doc: SearchDocument): IndexedFields {
	return {
		title: foldText(doc.title),
		keywords: doc.keywords.filter((keyword) => keyword.trim() !== '').map(foldText),
		text: [...new Set(searchTokens(doc.text))].join(' '),
	};
}

/**
 * Pieces of a query word such that any fuzzy match of it holds one of them exactly: a match has at
 * most ⌊length × threshold⌋ edits, and k edits cannot touch all of k + 1 disjoint pieces.
 */
export function exactPieces(word: string, threshold = fuseOptions.threshold): string[] {
	const edits = Math.floor(word.length * threshold + 1e-9);
	const count = Math.min(edits + 1, word.length);
	return Array.from({ length: count }, (_, i) =>
		word.slice(Math.floor((i * word.length) / count), Math.floor(((i + 1) * word.length) / count)),
	);
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

/** A record of fuse.js's index: its fields (`$`) by key position. */
interface IndexRecord {
	$: Record<string, { v: string } | { v: string }[] | undefined>;
}

/** Every field of a record in one string, fields apart (a piece never spans two fields). */
function haystack(record: IndexRecord): string {
	return Object.values(record.$)
		.flatMap((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
		.map((field) => field.v)
		.join('\u0000');
}

/** Fields shorter than this are searched whole: cutting them would save nothing. */
const WINDOW_MIN_LENGTH = 256;

/**
 * The parts of a long field where a query word can match, in order, kept apart by `gap` NULs.
 * Any fuzzy match of a word (at most `edits` edits) holds one of its exact pieces and lies within
 * its length plus `edits` of it; a stretch crossing the NULs would need more edits than allowed
 * (no query holds a NUL), so fuse.js finds the same best match, with the same score, in less text.
 */
export function matchWindows(
	text: string,
	words: readonly { word: string; pieces: readonly string[] }[],
): string {
	const spans: [number, number][] = [];
	let gap = 1;
	for (const { word, pieces } of words) {
		const edits = Math.floor(word.length * fuseOptions.threshold + 1e-9);
		gap = Math.max(gap, edits + 1);
		const reach = word.length + edits + 1;
		for (const piece of pieces)
			for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1))
				spans.push([Math.max(0, at - reach), Math.min(text.length, at + piece.length + reach)]);
	}
	spans.sort((a, b) => a[0] - b[0]);
	const kept: string[] = [];
	let current: [number, number] | undefined;
	for (const span of spans) {
		// Touching or overlapping windows are one stretch of the original text.
		if (current !== undefined && span[0] <= current[1] + gap)
			current[1] = Math.max(current[1], span[1]);
		else {
			if (current !== undefined) kept.push(text.slice(current[0], current[1]));
			current = [span[0], span[1]];
		}
	}
	if (current !== undefined) kept.push(text.slice(current[0], current[1]));
	return kept.join('\u0000'.repeat(gap));
}

/** What fuse.js's token searcher exposes of each query word's searcher (fuse.js 7.5). */
interface TermSearcher {
	pattern: string;
	searchIn(text: string): unknown;
}

/** Where `createSearch` reaches the token searcher fuse.js builds for a query (fuse.js 7.5). */
interface FuseInternals {
	_getSearcher(query: string): { termSearchers?: TermSearcher[] };
}

/**
 * Makes each word's searcher read only its own windows of a long field, with the engine's bitap.
 * fuse.js matches every query word against the whole field (the union of all words' windows
 * would still make each word read the others'), and each word's best match lies in its own.
 */
function windowEachTerm(searcher: { termSearchers?: TermSearcher[] }): void {
	// Idempotent: fuse.js hands back the same searcher for the same query, and setting `searchIn`
	// again gives the same function.
	for (const term of searcher.termSearchers ?? []) {
		// fuse.js splits a word longer than 32 letters into chunks, each matched on its own:
		// windows cut for the whole word would not hold every chunk's match.
		if (term.pattern.length > BITAP_MAX_PATTERN) continue;
		const words = [{ word: term.pattern, pieces: exactPieces(term.pattern) }];
		// fuseOptions fold nothing at match time (case-sensitive, no diacritics stripped): fuse.js
		// would hand bitap the text as it is, and so does this.
		term.searchIn = (text) =>
			bitapMatch(
				text.length < WINDOW_MIN_LENGTH ? text : matchWindows(text, words),
				term.pattern,
				fuseOptions.threshold,
				fuseOptions.minMatchCharLength,
			);
	}
}

/** Options of `createSearch`. */
export interface SearchOptions {
	/** Skip the entries that cannot match before fuse.js scores them (true; false in a test). */
	prefilter?: boolean;
}

/** Creates the search function for a payload (in the browser, or in tests and the build). */
export function createSearch(payload: SearchPayload, options: SearchOptions = {}): Search {
	const sortFn: FuseSortFunction = (a, b) =>
		a.score * (payload.ranks[a.idx] ?? 1) - b.score * (payload.ranks[b.idx] ?? 1) || a.idx - b.idx;
	const make = (tokenMatch: 'all' | 'any') =>
		new Fuse(payload.hits, { ...fuseOptions, tokenMatch, sortFn }, Fuse.parseIndex(payload.index));
	const all = make('all');
	let any: Fuse<SearchHit> | undefined;
	const texts = (all.getIndex().records as unknown as IndexRecord[]).map(haystack);

	// fuse.js scores every entry for every word, and most cannot match. An entry is kept only if
	// each word (for `any`, one word) has an exact piece in it: the same results for a fraction of
	// the work. The index's record list is narrowed for one search, then restored.
	const run = (fuse: Fuse<SearchHit>, text: string, limit: number, every: boolean) => {
		if (options.prefilter === false) return fuse.search(text, { limit });
		const words = searchTokens(text).map((word) => ({ word, pieces: exactPieces(word) }));
		const pieces = words.map((word) => word.pieces);
		const index = fuse.getIndex() as unknown as { records: IndexRecord[] };
		const full = index.records;
		const fits = (i: number) => (word: string[]) =>
			word.some((piece) => texts[i]?.includes(piece) === true);
		const kept = full.filter((_, i) => (every ? pieces.every(fits(i)) : pieces.some(fits(i))));
		index.records = kept;
		// Should a later fuse.js hide its searcher, queries still work, at fuse.js's own speed.
		const internals = fuse as unknown as Partial<FuseInternals>;
		if (typeof internals._getSearcher === 'function')
			windowEachTerm(internals._getSearcher.call(fuse, text));
		try {
			return fuse.search(text, { limit });
		} finally {
			index.records = full;
		}
	};
	return (query, limit = 8) => {
		const normalized = normalizeQuery(query);
		if (normalized === '') return [];
		let results = run(all, normalized, limit, true);
		if (results.length === 0) {
			any ??= make('any');
			results = run(any, normalized, limit, false);
		}
		return results.map((result) => result.item);
	};
}
