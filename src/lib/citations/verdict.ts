/** The verdict on one reference: in force, abrogated, unknown to us, non-existent, mistyped, misused. */
import { isLegalCode } from './codes';
import { findArticle, type CorpusIndex, type LegalEntry } from './corpus';
import { articleNumber, codeTag, dateFr, entryName, listFr, quoted } from './format';
import { articlePage, searchLink } from './links';
import { fitsNumbering, takesLetters, typoCandidates } from './mistype';
import { dataAccessBasis, isMisused, misusedArticles } from './misuse';
import { lookUpSection } from './sections';
import type { Citation, ExtractedCitation, Severity, VerdictKind } from './types';

/** What the verdict needs to know about the whole text. */
export interface DocumentContext {
	/** The corpus. */
	corpus: CorpusIndex;
	/** The folded text (see fold.ts). */
	folded: string;
	/** The text is about access to data (API Particulier, DataPass…). */
	aboutDataAccess: boolean;
	/** The text cites L114-8 or D114-9-1 of the CRPA, in force. */
	citesProperBasis: boolean;
}

const severities: Record<VerdictKind, Severity> = {
	'in-force': 'info',
	abrogated: 'erreur',
	'not-in-corpus': 'avertissement',
	'non-existent': 'erreur',
	mistyped: 'erreur',
	misused: 'erreur',
};

type Judgement = Pick<Citation, 'verdict' | 'message' | 'suggestion' | 'seeAlso'>;

function linkOf(entry: LegalEntry | undefined, cited: ExtractedCitation): Citation['link'] {
	if (entry) return { page: articlePage(entry.id), official: entry.url };
	return { page: null, official: searchLink(cited.code, cited.article, cited.codeName) };
}

function inForce(cited: ExtractedCitation, entry: LegalEntry, head: string): Judgement {
	const named =
		cited.codeSource === 'range'
			? ' Le code a été déduit du numéro : nommez-le après l’article dans le texte.'
			: '';
	return {
		verdict: 'in-force',
		message: `${head} : article en vigueur — ${entry.title}.${named}`,
		suggestion: null,
		seeAlso: [],
	};
}

function abrogated(entry: LegalEntry, head: string, corpus: CorpusIndex): Judgement {
	const since = entry.abrogatedOn ? ` depuis le ${dateFr(entry.abrogatedOn)}` : '';
	const successor = entry.replacedBy ? corpus.byId.get(entry.replacedBy) : undefined;
	const old = articleNumber(entry.article);
	const advice = successor
		? ` Son rôle est passé à l’${entryName(successor)} : citez ${quoted(
				`article ${articleNumber(successor.article)} (anciennement article ${old})`,
			)}.`
		: ' Retirez cette référence ou remplacez-la par l’article en vigueur qui traite du même sujet.';
	return {
		verdict: 'abrogated',
		message: `${head} : cet article est abrogé${since}.${advice}`,
		suggestion: entry.replacedBy ?? null,
		seeAlso: [],
	};
}

function misused(entry: LegalEntry, head: string, corpus: CorpusIndex): Judgement | null {
	const known = misusedArticles.find((item) => item.id === entry.id);
	if (!known) return null;
	const instead = dataAccessBasis.filter((id) => id !== entry.id);
	const names = instead.map((id) => {
		const target = corpus.byId.get(id);
		return target ? `l’${entryName(target)}` : id;
	});
	return {
		verdict: 'misused',
		message:
			`${head} : cet article existe mais ne fonde pas l’accès aux données : il ${known.what}. ` +
			`${known.keep} Pour l’accès aux données, citez ${listFr(names)}.`,
		suggestion: instead[0] ?? null,
		seeAlso: instead.slice(1),
	};
}

function unknown(cited: ExtractedCitation, head: string, context: DocumentContext): Judgement {
	const { code, article } = cited;
	const check = ' Vérifiez-le sur Légifrance avant de le citer.';
	if (code === null) {
		return {
			verdict: 'not-in-corpus',
			message:
				`${head} : le code n’est pas indiqué et le numéro ne permet pas de le deviner ; nous ne ` +
				'pouvons rien garantir sur cet article. Nommez le code après le numéro (par exemple ' +
				`${quoted('du code de l’action sociale et des familles')}).`,
			suggestion: null,
			seeAlso: [],
		};
	}
	if (!isLegalCode(code)) {
		return {
			verdict: 'not-in-corpus',
			message: `${head} : ce code n’est pas dans notre corpus ; nous ne pouvons garantir ni que l’article existe ni qu’il est en vigueur.${check}`,
			suggestion: null,
			seeAlso: [],
		};
	}
	const candidates = typoCandidates(code, article, context.corpus.entries);
	const best = candidates[0];
	const section = lookUpSection(code, article);
	if (section.kind === 'absent') {
		const correction = best
			? ` Vouliez-vous citer l’${entryName(best)} ?`
			: ` ${section.section.adviceText}`;
		return {
			verdict: 'non-existent',
			message: `${head} : cet article n’existe pas ; ${section.section.title} ne comprend pas d’article ${articleNumber(article)}.${correction}`,
			suggestion: best?.id ?? section.section.advice,
			seeAlso: [],
		};
	}
	if (/^\d/.test(article) && takesLetters(code)) {
		return {
			verdict: 'not-in-corpus',
			message: `${head} : il manque la lettre de l’article (L pour la partie législative, R ou D pour la partie réglementaire) ; nous ne pouvons pas vérifier ce numéro. Écrivez-le en entier, par exemple ${quoted(`L. ${article}`)}.`,
			suggestion: null,
			seeAlso: [],
		};
	}
	if (!fitsNumbering(code, article) && best) {
		const others = candidates.slice(1, 3).map((entry) => articleNumber(entry.article));
		const alternatives = others.length > 0 ? ` (ou peut-être ${listFr(others)})` : '';
		return {
			verdict: 'mistyped',
			message:
				`${head} : ce numéro n’existe pas dans le ${codeTag(code, null)} ; il s’agit probablement de ` +
				`l’${entryName(best)}${alternatives} — ${best.title}. Corrigez la référence.`,
			suggestion: best.id,
			seeAlso: candidates.slice(1, 3).map((entry) => entry.id),
		};
	}
	const notes: string[] = [];
	if (section.kind === 'listed') notes.push(` Il fait bien partie de ${section.section.title}.`);
	if (!fitsNumbering(code, article)) {
		notes.push(` Son numéro ne ressemble pas à ceux du ${codeTag(code, null)} : vérifiez-le.`);
	} else if (best) {
		notes.push(
			` S’il s’agit d’une faute de frappe, l’article le plus proche est l’${entryName(best)}.`,
		);
	}
	return {
		verdict: 'not-in-corpus',
		message: `${head} : cet article ne figure pas dans notre corpus ; nous ne pouvons garantir ni qu’il existe ni qu’il est en vigueur.${check}${notes.join('')}`,
		suggestion: null,
		seeAlso: [],
	};
}

/** Judges one extracted reference against the corpus and the text around it. */
export function judge(cited: ExtractedCitation, context: DocumentContext): Citation {
	const entry = findArticle(context.corpus, cited.code, cited.article);
	const head = `${quoted(cited.raw.replace(/\s+/g, ' '))} (${codeTag(cited.code, cited.codeName)})`;
	let judgement: Judgement;
	if (!entry) judgement = unknown(cited, head, context);
	else if (entry.status === 'abrogé') judgement = abrogated(entry, head, context.corpus);
	else if (
		misusedArticles.some((item) => item.id === entry.id) &&
		isMisused(context.folded, cited, context)
	) {
		judgement = misused(entry, head, context.corpus) ?? inForce(cited, entry, head);
	} else judgement = inForce(cited, entry, head);
	return {
		...cited,
		articleId: entry?.id ?? null,
		...judgement,
		severity: severities[judgement.verdict],
		link: linkOf(entry, cited),
	};
}
