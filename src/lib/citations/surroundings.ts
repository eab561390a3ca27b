/** What the text says next to a reference: its former number, a Légifrance link, a range it opens. */
import { withinOneSentence } from './context';
import { findArticle, type CorpusIndex, type LegalEntry } from './corpus';
import type { LegifranceLink } from './links';
import type { ExtractedCitation } from './types';
import type { Surroundings } from './verdict';

// « D. 114-9-1 (anciennement article R. 114-9-3) », « (ex-R. 114-9-3) »
const FORMER_AFTER =
	/\(\s*(?:anciennement|ancien|ex-?|precedemment)\s*(?:l'\s*)?(?:(?:articles?|art\.)\s*)?$/i;
// « R. 114-9-3, devenu D. 114-9-1 », « R. 114-9-3 (devenu l’article D. 114-9-1) »
// (the code may be named in between: « R. 114-9-3 du CRPA, devenu l’article D. 114-9-1 »)
const FORMER_BEFORE =
	/^[^.;()]{0,60}?[\s,(]*(?:devenu|desormais|aujourd'\s*hui)\s+(?:l'\s*)?(?:(?:articles?|art\.)\s*)?$/i;

// « l’ancien article R. 114-9-3 … », « R. 114-9-3, abrogé, … », « R. 114-9-3 n’existe plus … »: the
// abrogated number given as history, its successor cited in the same sentence.
const FORMER_MARK_BEFORE = /\banciens?\s+(?:articles?\s+|art\.\s*)?$/i;
const FORMER_MARK_AFTER =
	/^[^.;]{0,60}?\b(?:n'\s*existe\s+plus|(?:a\s+ete\s+|est\s+)?(?:abroge|remplace|supprime)e?s?)\b/i;
function sameSentence(folded: string, a: ExtractedCitation, b: ExtractedCitation): boolean {
	const [first, second] = a.start < b.start ? [a, b] : [b, a];
	return withinOneSentence(folded, first.end, second.start);
}

/** How far after a reference a Légifrance link still belongs to it (characters, same line). */
const LINK_REACH = 120;

function successorCited(
	corpus: CorpusIndex,
	old: LegalEntry | undefined,
	other: ExtractedCitation | undefined,
): LegalEntry | null {
	if (!old || old.status !== 'abrogé' || !old.replacedBy || !other) return null;
	const entry = findArticle(corpus, other.code, other.article);
	return entry && entry.id === old.replacedBy ? entry : null;
}

function entryOfLink(corpus: CorpusIndex, legiarti: string): LegalEntry | null {
	return (
		corpus.entries.find(
			(entry) =>
				entry.legiarti === legiarti ||
				(entry.versions ?? []).some((version) => version.legiarti === legiarti),
		) ?? null
	);
}

/** The surroundings of each extracted reference, in the same order. */
export function surroundingsOf(
	extracted: readonly ExtractedCitation[],
	folded: string,
	corpus: CorpusIndex,
	links: readonly LegifranceLink[],
): Surroundings[] {
	return extracted.map((cited, index) => {
		const entry = findArticle(corpus, cited.code, cited.article);
		const previous = extracted[index - 1];
		const next = extracted[index + 1];
		let formerOf: LegalEntry | null = null;
		if (previous && FORMER_AFTER.test(folded.slice(previous.end, cited.start))) {
			formerOf = successorCited(corpus, entry, previous);
		}
		if (!formerOf && next && FORMER_BEFORE.test(folded.slice(cited.end, next.start))) {
			formerOf = successorCited(corpus, entry, next);
		}
		if (
			!formerOf &&
			(FORMER_MARK_BEFORE.test(folded.slice(Math.max(0, cited.start - 40), cited.start)) ||
				FORMER_MARK_AFTER.test(folded.slice(cited.end, cited.end + 80)))
		) {
			for (const other of [next, previous]) {
				if (formerOf || !other || !sameSentence(folded, cited, other)) continue;
				formerOf = successorCited(corpus, entry, other);
			}
		}
		const link = links.find(
			(candidate) =>
				candidate.start >= cited.end &&
				candidate.start - cited.end <= LINK_REACH &&
				!folded.slice(cited.end, candidate.start).includes('\n') &&
				(next === undefined || next.start > candidate.start),
		);
		return { formerOf, linked: link ? entryOfLink(corpus, link.legiarti) : null };
	});
}

function segments(article: string): number[] {
	return article
		.replace(/^[LRDA]/, '')
		.split('-')
		.map((part) => Number.parseInt(part, 10));
}

function compare(a: string, b: string): number {
	const x = segments(a);
	const y = segments(b);
	for (let i = 0; i < Math.max(x.length, y.length); i++) {
		const difference = (x[i] ?? -1) - (y[i] ?? -1);
		if (difference !== 0) return difference;
	}
	return 0;
}

/**
 * Corpus articles a reference cites without naming them: those strictly inside « X à Y », or
 * those after X in its chapter for « X et suivants », in corpus order.
 */
export function impliedArticles(cited: ExtractedCitation, corpus: CorpusIndex): string[] {
	if (cited.through === undefined && cited.andFollowing === undefined) return [];
	const letter = cited.article.charAt(0);
	const chapter = segments(cited.article)[0];
	return corpus.entries
		.filter((entry) => {
			if (entry.code !== cited.code || entry.article.charAt(0) !== letter) return false;
			const article = entry.article.replace(/ \d+°$/, '');
			if (compare(article, cited.article) <= 0) return false;
			if (cited.through !== undefined) return compare(article, cited.through) < 0;
			return segments(article)[0] === chapter;
		})
		.map((entry) => entry.id);
}
