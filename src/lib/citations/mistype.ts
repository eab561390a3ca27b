/** Probable typos: a number its code cannot have, one keystroke away from an article in force. */
import type { LegalArticle } from '../schema/catalogue';
import type { WithId } from '../catalogue/types';
import { bareArticle } from './corpus';
import type { LegalCode } from './types';

// How each code numbers its articles (Légifrance plans): the CASF and the CRPA use three-digit
// chapters (L114-8; the CASF also has L14-10-1 for the CNSA), the CGCT four (L2131-1), the CJA
// three, plus L1 to L11 without dash. A number outside its code's pattern cannot be an article.
const numbering: Partial<Record<LegalCode, RegExp>> = {
	CASF: /^(?:[LRD]\d{3}(?:-\d+)+|[LRD]14-10(?:-\d+)+)$/,
	CRPA: /^[LRD]\d{3}(?:-\d+)+$/,
	CGCT: /^[LRD]\d{4}(?:-\d+)+$/,
	CJA: /^(?:[LRD]\d{3}(?:-\d+)+|L\d{1,2})$/,
};

/** True for a code whose article numbers start with a letter (L, R, D). */
export function takesLetters(code: LegalCode): boolean {
	return numbering[code] !== undefined;
}

/** True when `article` fits its code's numbering (true for codes whose numbering we do not model). */
export function fitsNumbering(code: LegalCode, article: string): boolean {
	const pattern = numbering[code];
	return pattern ? pattern.test(article) : true;
}

// Articles CCAS deliberations cite most, most cited first: ties between candidates go to them.
const frequentlyCited: readonly string[] = [
	'crpa-l114-8',
	'crpa-d114-9-1',
	'casf-l123-5',
	'casf-r123-2',
	'crpa-l114-9',
	'crpa-l114-10',
	'crpa-r114-9-5',
	'crpa-r114-9-6',
	'crpa-r114-9-7',
	'crpa-l113-12',
	'crpa-l113-13',
	'crpa-l100-3',
	'casf-l123-6',
	'casf-r123-16',
	'casf-r123-17',
	'casf-r123-18',
	'casf-r123-21',
	'casf-r123-6',
	'cgct-l2131-1',
	'cgct-l2131-2',
	'cgct-l2131-12',
];

/** How a typed number differs from a real one by a single keystroke. */
export type EditKind = 'substitution' | 'insertion' | 'deletion' | 'transposition';

/** One edit between two short strings, with the index where they start to differ. */
export interface SingleEdit {
	/** What the keystroke did. */
	kind: EditKind;
	/** Index in `typed` of the first character that differs. */
	at: number;
}

/**
 * The single edit that turns `real` into `typed` (a digit replaced, added, dropped, or two
 * neighbours swapped), or null when they are equal or further apart.
 */
export function singleEdit(typed: string, real: string): SingleEdit | null {
	if (typed === real) return null;
	let at = 0;
	while (at < typed.length && at < real.length && typed[at] === real[at]) at++;
	const rest = (from: string, skip: number) => from.slice(at + skip);
	if (typed.length === real.length) {
		if (rest(typed, 1) === rest(real, 1)) return { kind: 'substitution', at };
		if (
			typed[at] === real[at + 1] &&
			typed[at + 1] === real[at] &&
			rest(typed, 2) === rest(real, 2)
		) {
			return { kind: 'transposition', at };
		}
		return null;
	}
	if (typed.length === real.length + 1 && rest(typed, 1) === rest(real, 0)) {
		return { kind: 'insertion', at };
	}
	if (typed.length + 1 === real.length && rest(typed, 0) === rest(real, 1)) {
		return { kind: 'deletion', at };
	}
	return null;
}

/** A near article and the keystroke that separates the typed number from it. */
export interface TypoCandidate {
	/** The article in force. */
	entry: WithId<LegalArticle>;
	/** The edit, on the number without its letter. */
	edit: SingleEdit;
}

/**
 * Articles in force of the same code and letter whose number is one edit away from `article`'s
 * (L11-8 → L114-8, L144-8 → L114-8), frequently cited first, then by id: the same input always
 * gives the same order.
 */
export function typoCandidates(
	code: LegalCode,
	article: string,
	legal: readonly WithId<LegalArticle>[],
): TypoCandidate[] {
	const letter = article.charAt(0);
	const digits = article.slice(1);
	const rank = (id: string) => {
		const index = frequentlyCited.indexOf(id);
		return index === -1 ? frequentlyCited.length : index;
	};
	if (!/^[LRDA]$/.test(letter)) return [];
	const found: TypoCandidate[] = [];
	for (const entry of legal) {
		if (entry.code !== code || entry.status !== 'en vigueur' || entry.article.charAt(0) !== letter)
			continue;
		const edit = singleEdit(digits, bareArticle(entry.article).slice(1));
		if (edit) found.push({ entry, edit });
	}
	return found.sort(
		(a, b) =>
			rank(a.entry.id) - rank(b.entry.id) ||
			(a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
	);
}

/** True when `id` is among the articles CCAS texts cite most (ties between candidates go to them). */
export function isFrequentlyCited(id: string): boolean {
	return frequentlyCited.includes(id);
}

// Chapters (first number of an article) known to exist, besides those of the corpus: a number
// one keystroke from a frequent article is a typo only when its own chapter is not one of them.
const knownChapters: Partial<Record<LegalCode, readonly string[]>> = {
	CASF: [
		'111',
		'112',
		'113',
		'114',
		'115',
		'116',
		'121',
		'122',
		'123',
		'131',
		'132',
		'133',
		'134',
		'211',
		'214',
		'221',
		'222',
		'223',
		'226',
		'228',
		'232',
		'241',
		'245',
		'251',
		'252',
		'262',
		'263',
		'264',
		'311',
		'312',
		'313',
		'314',
		'331',
		'344',
	],
	CRPA: ['100', '110', '111', '112', '113', '114', '115', '121', '122', '211', '212', '311', '312'],
	CGCT: ['1111', '2121', '2122', '2131', '2132', '2224', '2511'],
};

/** True when the chapter (first number) of `article` is one we know the code has. */
export function chapterIsKnown(
	code: LegalCode,
	article: string,
	legal: readonly WithId<LegalArticle>[],
): boolean {
	const chapter = /^[LRDA](\d+)/.exec(article)?.[1];
	if (chapter === undefined) return true;
	if ((knownChapters[code] ?? []).includes(chapter)) return true;
	return legal.some(
		(entry) => entry.code === code && /^[LRDA](\d+)/.exec(entry.article)?.[1] === chapter,
	);
}

/** Width of the chapter (first number) of an article number without its letter (« 114-8 » → 3). */
export function chapterLength(digits: string): number {
	return /^\d+/.exec(digits)?.[0].length ?? 0;
}
