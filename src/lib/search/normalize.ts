/**
 * Text normalisation for search: the same folding for the index (at build time) and the query (in
 * the browser), so « Délibération », « deliberation » and « DÉLIBÉRATION » meet, and an article
 * number typed « R. 114-9-3 », « R 114-9-3 » or « r114-9-3 » finds the same entry.
 */

/**
 * French words that carry no meaning in a query (articles, prepositions, pronouns, auxiliaries),
 * written without accents because they are compared after folding.
 */
export const frenchStopWords: ReadonlySet<string> = new Set([
	'a',
	'afin',
	'ai',
	'au',
	'aux',
	'avec',
	'c',
	'ce',
	'ces',
	'cet',
	'cette',
	'comme',
	'comment',
	'd',
	'dans',
	'de',
	'des',
	'donc',
	'du',
	'elle',
	'elles',
	'en',
	'entre',
	'est',
	'et',
	'etre',
	'eux',
	'il',
	'ils',
	'j',
	'je',
	'l',
	'la',
	'le',
	'les',
	'leur',
	'leurs',
	'lui',
	'm',
	'ma',
	'mais',
	'me',
	'mes',
	'moi',
	'mon',
	'n',
	'ne',
	'ni',
	'nos',
	'notre',
	'nous',
	'on',
	'ont',
	'ou',
	'par',
	'pas',
	'pour',
	'qu',
	'que',
	'quel',
	'quelle',
	'quelles',
	'quels',
	'qui',
	'quoi',
	's',
	'sa',
	'sans',
	'se',
	'ses',
	'si',
	'son',
	'sont',
	'sous',
	'sur',
	't',
	'ta',
	'te',
	'tes',
	'ton',
	'tu',
	'un',
	'une',
	'vos',
	'votre',
	'vous',
	'y',
]);

// An article number: a code letter, an optional dot and space, then digits with at least one dash
// (L. 114-8, R 123-21, D114-9-1). Requiring the dash keeps « à 3 ans » from being glued together.
const ARTICLE_NUMBER = /\b([lrda])\.?[ \u00a0\u202f]?(\d+(?:-\d+)+)\b/g;
// Letters (with their combining marks), digits, and dash-joined runs of them (« r114-9-3 », « c2s »).
const TOKEN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

// Letters NFD does not split into a base and a mark; fuse.js folds these the same way, and the
// engine no longer asks fuse.js to fold (everything it reads went through foldText).
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
	ł: 'l',
	đ: 'd',
	ø: 'o',
	ħ: 'h',
	ŧ: 't',
	ı: 'i',
	ß: 'ss',
};

/** Lower case, without accents (NFD then combining marks removed), typographic apostrophes made plain. */
export function foldText(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[łđøħŧıß]/g, (letter) => UNDECOMPOSABLE[letter] ?? letter)
		.replace(/[’ʼ‘]/g, "'")
		.replace(ARTICLE_NUMBER, '$1$2');
}

/** The meaningful words of a text: folded, split on anything but letters, digits and inner dashes, stop words dropped. */
export function searchTokens(text: string): string[] {
	const tokens = foldText(text).match(TOKEN) ?? [];
	return tokens.filter(
		(token) => !frenchStopWords.has(token) && (token.length > 1 || /\d/.test(token)),
	);
}

/** Longest query read, in characters: a question is a few words; the rest is ignored. */
export const MAX_QUERY_CHARS = 200;
/** Most words searched: fuse.js works per word, and each costs a pass over the index. */
export const MAX_QUERY_TOKENS = 8;
/** Longest word kept: fuzzy matching costs grow with the word (no French word is this long). */
export const MAX_TOKEN_CHARS = 32;

/**
 * The query as the engine searches it: its meaningful words joined by single spaces (empty when
 * none), cut to sane bounds first, so that `?q=` and 10 000 characters cannot freeze the page.
 */
export function normalizeQuery(query: string): string {
	return searchTokens(query.slice(0, MAX_QUERY_CHARS))
		.slice(0, MAX_QUERY_TOKENS)
		.map((token) => token.slice(0, MAX_TOKEN_CHARS))
		.join(' ');
}
