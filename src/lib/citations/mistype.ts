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

/** Levenshtein distance between two short strings (article numbers), capped at `limit` + 1. */
export function editDistance(a: string, b: string, limit = 2): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min(
				(previous[j] ?? Infinity) + 1,
				(current[j - 1] ?? Infinity) + 1,
				(previous[j - 1] ?? Infinity) + cost,
			);
		}
		previous = current;
	}
	return Math.min(previous[b.length] ?? limit + 1, limit + 1);
}

/**
 * Articles in force of the same code and letter whose number is one edit away from `article`'s
 * (L11-8 → L114-8), frequently cited first, then by id: the same input always gives the same order.
 */
export function typoCandidates(
	code: LegalCode,
	article: string,
	legal: readonly WithId<LegalArticle>[],
): WithId<LegalArticle>[] {
	const letter = article.charAt(0);
	const digits = article.slice(1);
	const rank = (id: string) => {
		const index = frequentlyCited.indexOf(id);
		return index === -1 ? frequentlyCited.length : index;
	};
	return legal
		.filter(
			(entry) =>
				entry.code === code &&
				entry.status === 'en vigueur' &&
				entry.article.charAt(0) === letter &&
				/^[LRDA]$/.test(letter) &&
				editDistance(digits, bareArticle(entry.article).slice(1), 1) === 1,
		)
		.sort((a, b) => rank(a.id) - rank(b.id) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
