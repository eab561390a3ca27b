/** Finds the legal references of a French text and the code each belongs to. */
import {
	codeNamedAfter,
	codeNamedBefore,
	codeOfRange,
	codesNamed,
	lastCodeBefore,
	mentionsPersonalData,
	type NamedCode,
} from './codes';
import { foldForMatching } from './fold';
import { MAX_CITATIONS, MAX_TEXT_LENGTH } from './limits';
import { urlSpans } from './links';
import { findPrefectureStamps } from './stamp';
import type { CitationCode, CodeSource, ExtractedCitation } from './types';

/** A reference found in the folded text, before its code is known. */
interface Token {
	/** Lettered (L114-8) or plain (6.1.e, after « article »). */
	kind: 'lettered' | 'plain';
	start: number;
	end: number;
	/** Normalised number: L114-8, or 6. */
	article: string;
	/** For a plain number: a point letter follows (« 5-1-c) »), the GDPR's way of numbering. */
	hasPoint: boolean;
	/** For a plain « 123-5 »: the dashed number, read as such in a code whose numbers take a letter. */
	dashed: string | null;
}

// No two adjacent quantifiers match the same characters, and repeats are bounded: linear time.
// A lettered number: « L. 114-8 », « R.123-5 », « D 114-9-1 », « L11-8 ». Not inside a word, not
// followed by more digits, a slash, or a dot or dash and a digit (dates, décret numbers, « 8.2 »).
// « L-123-5 » (a dash after the letter) is read as « L. 123-5 »; a line may wrap after a dash
// (« L. 2131-⏎1 », as LibreOffice's PDF export wraps it).
const LETTERED =
	/(?<![A-Za-z0-9_])([LRDA])(?:\.?[ \n]?|-)(\d{1,4})((?: ?- ?\n?\d{1,3}){0,3})(?![\d/]|[-.]\d)/g;
const NOT_AFTER = String.raw`(?![\d/]|[-.]\d)`;
// Subdivisions of a plain article: « .1.e », « -1-c) », « (1)(e) », « , paragraphe 1, point e) ».
const POINT = String.raw`\(?[a-z]\)?(?![a-z0-9])`;
const SUB = String.raw`(?:[.-]\d{1,2}(?:[.-]? ?${POINT})?|,? ?\(\d{1,2}\)(?: ?${POINT})?|, ?(?:paragraphe|§) ?\d{1,2}(?:,? ?(?:point|alinea)? ?${POINT})?)?`;
const PLAIN = new RegExp(
	String.raw`(?<![A-Za-z0-9])((?:articles?|art\.) ?(?:n[°o] ?)?)(\d{1,3}(?:er|eme)?)(${SUB})${NOT_AFTER}`,
	'gi',
);
// What joins two references of one list: « et », « , », « à », « ou », « et l’article ».
const CONNECTOR =
	/^ *,? *(?:(?:et|ou|a|au) +)?(?:(?:de +)?l' *|les +)?(?:(?:articles?|art\.) *)?$/i;
const NEXT = String.raw`(?: *, *(?:(?:et|ou) +)?| +(?:et|ou|a|au) +)(?:(?:de +)?l' *|les +)?(?:(?:articles?|art\.) *)?`;
// The next number of a list: without its letter (« L.123-21 et 123-5 »), or after « articles 13 ».
const NEXT_LETTERED = new RegExp(
	String.raw`(${NEXT})(\d{1,4})((?: ?- ?\n?\d{1,3}){1,3})${NOT_AFTER}`,
	'iy',
);
const NEXT_PLAIN = new RegExp(String.raw`(${NEXT})(\d{1,3}(?:er|eme)?)(${SUB})${NOT_AFTER}`, 'iy');
const KEYWORD_BEFORE = /(?:^|[^A-Za-z])(?:articles?|art\.?) ?(?:n[°o] ?)?$/i;

function letteredArticle(letter: string, first: string, rest: string): string {
	return `${letter}${first}${rest.replace(/\s/g, '')}`;
}

function hasPointLetter(sub: string): boolean {
	return /[a-z]\)?$/i.test(sub);
}

function dashedNumber(number: string, sub: string): string | null {
	return /^\d+$/.test(number) && /^-\d+$/.test(sub) ? `${number}${sub}` : null;
}

/** Spans where numbers are not references (URLs, prefecture stamps), sorted and merged. */
function excludedSpans(text: string, folded: string): { start: number; end: number }[] {
	const spans = [...urlSpans(text), ...findPrefectureStamps(folded)].sort(
		(a, b) => a.start - b.start,
	);
	const merged: { start: number; end: number }[] = [];
	for (const span of spans) {
		const last = merged[merged.length - 1];
		if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
		else merged.push({ start: span.start, end: span.end });
	}
	return merged;
}

/** True when [start, end) overlaps one of the sorted, disjoint `spans` (binary search). */
function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number) {
	let low = 0;
	let high = spans.length - 1;
	// The last span starting before `end` is the only one that can overlap, spans being disjoint.
	let candidate = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if ((spans[middle]?.start ?? Infinity) < end) {
			candidate = middle;
			low = middle + 1;
		} else high = middle - 1;
	}
	const span = spans[candidate];
	return span !== undefined && span.end > start;
}

function plainArticle(number: string): string {
	return String(Number.parseInt(number, 10));
}

function chapterWidth(article: string): number {
	return /^[LRDA](\d+)/.exec(article)?.[1]?.length ?? 0;
}

/** The token after `last` when the list goes on (« et 123-5 », « , 14 »), or null. */
function nextInList(folded: string, last: Token): Token | null {
	const pattern = last.kind === 'lettered' ? NEXT_LETTERED : NEXT_PLAIN;
	pattern.lastIndex = last.end;
	const match = pattern.exec(folded);
	if (!match) return null;
	const [whole, prefix = '', number = '', rest = ''] = match;
	const start = last.end + prefix.length;
	const end = last.end + whole.length;
	if (last.kind === 'plain') {
		return {
			kind: 'plain',
			start,
			end,
			article: plainArticle(number),
			hasPoint: hasPointLetter(rest),
			dashed: dashedNumber(number, rest),
		};
	}
	// « L. 123-5 et 2023-362 » is a reference and a décret number: a list keeps its chapter width.
	if (number.length !== chapterWidth(last.article)) return null;
	const article = letteredArticle(last.article.charAt(0), number, rest);
	return { kind: 'lettered', start, end, article, hasPoint: false, dashed: null };
}

/** The tokens of the text: heads found by the two patterns, then the numbers that continue lists. */
function findTokens(folded: string, excluded: readonly { start: number; end: number }[]): Token[] {
	const heads: Token[] = [];
	for (const match of folded.matchAll(LETTERED)) {
		const [whole, letter = '', first = '', rest = ''] = match;
		const start = match.index;
		// Without a dash (« L 4 »), only after « article »: a bare letter and number is a format (A4).
		if (rest === '' && !KEYWORD_BEFORE.test(folded.slice(Math.max(0, start - 14), start))) continue;
		const article = letteredArticle(letter, first, rest);
		const end = start + whole.length;
		heads.push({ kind: 'lettered', start, end, article, hasPoint: false, dashed: null });
	}
	for (const match of folded.matchAll(PLAIN)) {
		const [whole, prefix = '', number = '', sub = ''] = match;
		heads.push({
			kind: 'plain',
			start: match.index + prefix.length,
			end: match.index + whole.length,
			article: plainArticle(number),
			hasPoint: hasPointLetter(sub),
			dashed: dashedNumber(number, sub),
		});
	}
	const kept = heads
		.filter((token) => !overlapsAny(excluded, token.start, token.end))
		.sort((a, b) => a.start - b.start);
	const tokens: Token[] = [];
	const starts = new Set(kept.map((token) => token.start));
	for (const head of kept) {
		tokens.push(head);
		let last = head;
		// A list is short; the bound only guards against a pathological one.
		for (let i = 0; i < 50; i++) {
			const next = nextInList(folded, last);
			if (!next || starts.has(next.start) || overlapsAny(excluded, next.start, next.end)) break;
			tokens.push(next);
			starts.add(next.start);
			last = next;
		}
	}
	// Overlaps cannot arise from the patterns above; dropping them keeps the ordering promise anyway.
	const ordered: Token[] = [];
	for (const token of tokens.sort((a, b) => a.start - b.start)) {
		const previous = ordered[ordered.length - 1];
		if (!previous || token.start >= previous.end) ordered.push(token);
	}
	return ordered;
}

// « R. 114-9-5 à R. 114-9-7 »: the two ends of a range.
const RANGE_GAP = /^ *(?:a|au) +(?:l' *)?(?:(?:articles?|art\.) *)?$/i;
// « articles R. 123-1 et suivants »
const AND_FOLLOWING = /^ *,? *et +(?:suivants|s\.|ss\.?)(?![a-z])/i;

/** Splits tokens into lists: neighbours of the same kind joined by « et », « , », « à »… */
function groupTokens(folded: string, tokens: readonly Token[]): Token[][] {
	const groups: Token[][] = [];
	let current: Token[] = [];
	let previous: Token | undefined;
	for (const token of tokens) {
		const gap = previous ? folded.slice(previous.end, token.start) : '';
		if (previous && previous.kind === token.kind && gap.length <= 30 && CONNECTOR.test(gap)) {
			current.push(token);
		} else {
			if (current.length > 0) groups.push(current);
			current = [token];
		}
		previous = token;
	}
	if (current.length > 0) groups.push(current);
	return groups;
}

/**
 * Every legal reference of `text`, by position, with the code it belongs to: the code named after
 * it (or after the list it ends), else the code its number's range belongs to. Plain numbers
 * (« article 6 ») count only with a code named, or in the GDPR's « 5-1-c) » form in a text about
 * personal data. Never throws; analyses the first MAX_TEXT_LENGTH characters.
 */
export function extractCitations(text: string): ExtractedCitation[] {
	if (typeof text !== 'string' || text.length === 0) return [];
	const source = text.length > MAX_TEXT_LENGTH ? text.slice(0, MAX_TEXT_LENGTH) : text;
	return extractFromFolded(source, foldForMatching(source));
}

/** `extractCitations` over a text already cut to MAX_TEXT_LENGTH and folded (see fold.ts). */
export function extractFromFolded(source: string, folded: string): ExtractedCitation[] {
	const tokens = findTokens(folded, excludedSpans(source, folded));
	const personalData = mentionsPersonalData(folded);
	const named = codesNamed(folded);
	const citations: ExtractedCitation[] = [];
	const nameOf = (code: NamedCode) =>
		code.code === 'AUTRE' ? source.slice(code.start, code.end).replace(/\s+/g, ' ') : null;

	for (const group of groupTokens(folded, tokens)) {
		const last = group[group.length - 1];
		const first = group[0];
		if (!last || !first) continue;
		const after = codeNamedAfter(folded, last.end);
		let groupCode: { code: CitationCode; codeName: string | null; codeSource: CodeSource } | null =
			null;
		if (after?.code === 'SAME') {
			// « du même code »: the code named last before these words, wherever it was named.
			const same = lastCodeBefore(named, after.start);
			if (same && same.code !== 'SAME') {
				groupCode = { code: same.code, codeName: nameOf(same), codeSource: 'same' };
			}
		} else if (after) {
			groupCode = { code: after.code, codeName: nameOf(after), codeSource: 'named' };
		} else {
			const before = codeNamedBefore(folded, named, first.start);
			if (before && before.code !== 'SAME') {
				groupCode = { code: before.code, codeName: nameOf(before), codeSource: 'named' };
			}
		}
		const keyword = KEYWORD_BEFORE.test(folded.slice(Math.max(0, first.start - 14), first.start));

		for (const [index, token] of group.entries()) {
			let code: CitationCode | null = null;
			let codeName: string | null = null;
			let codeSource: CodeSource = 'none';
			if (groupCode) {
				({ code, codeName, codeSource } = groupCode);
			} else if (token.kind === 'lettered') {
				code = codeOfRange(token.article);
				codeSource = code ? 'range' : 'none';
				// A lettered number with no code, no known range and no « article » is too weak a sign.
				if (!code && !keyword) continue;
			} else if (token.hasPoint && personalData) {
				code = 'RGPD';
				codeSource = 'form';
			} else {
				continue;
			}
			// « l’article 123-5 du CASF » lacks its letter: keep the number whole, the verdict says so.
			const numbered = code === 'RGPD' || code === 'LOI-78-17' ? null : token.dashed;
			const next = group[index + 1];
			const through =
				next && next.kind === token.kind && RANGE_GAP.test(folded.slice(token.end, next.start))
					? ((code === 'RGPD' || code === 'LOI-78-17' ? null : next.dashed) ?? next.article)
					: null;
			const following = AND_FOLLOWING.test(folded.slice(token.end, token.end + 20));
			citations.push({
				raw: source.slice(token.start, token.end),
				start: token.start,
				end: token.end,
				code,
				codeName,
				codeSource,
				article: numbered ?? token.article,
				...(through === null ? {} : { through }),
				...(following ? { andFollowing: true } : {}),
			});
			if (citations.length >= MAX_CITATIONS) return citations;
		}
	}
	return citations;
}
