/** The verdict on one reference: in force, abrogated, unknown to us, non-existent, mistyped, misused. */
import { isLegalCode } from './codes';
import { findArticle, type CorpusIndex, type LegalEntry } from './corpus';
import { articleNumber, codeTag, dateFr, entryName, listFr, ofFr, quoted } from './format';
import { articlePage, searchLink } from './links';
import {
	chapterIsKnown,
	chapterLength,
	fitsNumbering,
	isFrequentlyCited,
	takesLetters,
	typoCandidates,
	type EditKind,
	type TypoCandidate,
} from './mistype';
import { dataAccessBasis, misuseRole, misusedArticles, type MisuseRole } from './misuse';
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

/** What the text says around one reference, beyond the reference itself. */
export interface Surroundings {
	/** The reference is the old number of the article cited next to it (« X (anciennement Y) »). */
	formerOf: LegalEntry | null;
	/** The corpus entry a Légifrance link right after the reference points to, if any. */
	linked: LegalEntry | null;
}

const severities: Record<VerdictKind, Severity> = {
	'in-force': 'info',
	abrogated: 'erreur',
	'not-in-corpus': 'avertissement',
	'non-existent': 'erreur',
	mistyped: 'erreur',
	misused: 'erreur',
	former: 'info',
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

const roleWords: Record<MisuseRole, string> = {
	basis: 'présenté ici comme le fondement juridique de cet accès',
	visa: 'visé sans autre précision par une délibération qui porte sur cet accès',
	sentence: 'cité ici à propos de cet accès',
	'no-basis': 'le seul fondement que cite ce texte sur l’accès aux données',
};

function misused(
	entry: LegalEntry,
	head: string,
	corpus: CorpusIndex,
	role: MisuseRole,
): Judgement | null {
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
			`${head} : cet article ne fonde pas l’accès aux données, alors qu’il est ${roleWords[role]} ; ` +
			`il ${known.what}. ` +
			`${known.keep} Pour l’accès aux données, citez ${listFr(names)}.`,
		suggestion: instead[0] ?? null,
		seeAlso: instead.slice(1),
	};
}

function former(entry: LegalEntry, successor: LegalEntry, head: string): Judgement {
	return {
		verdict: 'former',
		message:
			`${head} : ancien numéro de l’${entryName(successor)}, cité comme tel à côté du numéro ` +
			`en vigueur : cette rédaction est correcte (l’article ${articleNumber(entry.article)} ` +
			'n’est plus en vigueur).',
		suggestion: null,
		seeAlso: [],
	};
}

const editReasons: Record<EditKind, string> = {
	substitution: 'un seul chiffre diffère',
	insertion: 'un chiffre est en trop',
	deletion: 'un chiffre manque',
	transposition: 'deux chiffres voisins sont inversés',
};

function mistyped(
	cited: ExtractedCitation,
	head: string,
	target: LegalEntry,
	reason: string,
	others: readonly LegalEntry[],
	fault = `ce numéro n’existe pas dans le ${codeTag(cited.code, null)}`,
): Judgement {
	const alternatives =
		others.length > 0
			? ` (ou peut-être ${listFr(others.map((entry) => articleNumber(entry.article)))})`
			: '';
	return {
		verdict: 'mistyped',
		message:
			`${head} : ${fault} ; probablement ` +
			`l’${entryName(target)}${alternatives}, car ${reason} — ${target.title}. Corrigez la référence.`,
		suggestion: target.id,
		seeAlso: others.map((entry) => entry.id),
	};
}

/** A chapter typo (« L144-8 »): one keystroke in the chapter, to a chapter the code lacks. */
function chapterTypo(
	cited: ExtractedCitation,
	candidates: readonly TypoCandidate[],
	context: DocumentContext,
): TypoCandidate | undefined {
	if (!isLegalCode(cited.code)) return undefined;
	const code = cited.code;
	if (chapterIsKnown(code, cited.article, context.corpus.entries)) return undefined;
	const width = chapterLength(cited.article.slice(1));
	return candidates.find(
		(candidate) => candidate.edit.at < width && isFrequentlyCited(candidate.entry.id),
	);
}

function unknown(
	cited: ExtractedCitation,
	head: string,
	context: DocumentContext,
	around: Surroundings,
): Judgement {
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
	const best = candidates[0]?.entry;
	if (around.linked && around.linked.code === code && around.linked.status === 'en vigueur') {
		return mistyped(
			cited,
			head,
			around.linked,
			'le lien Légifrance qui l’accompagne pointe vers cet article',
			[],
			'la référence et le lien Légifrance qui la suit ne désignent pas le même article',
		);
	}
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
	const typo =
		!fitsNumbering(code, article) && best ? candidates[0] : chapterTypo(cited, candidates, context);
	if (typo) {
		const others = candidates
			.filter((candidate) => candidate !== typo)
			.slice(0, 2)
			.map((candidate) => candidate.entry);
		return mistyped(cited, head, typo.entry, editReasons[typo.edit.kind], others);
	}
	const notes: string[] = [];
	const lettered = /^[LRD]\d/.test(article);
	// « L. 114-8 du CASF »: the number is that of an article another code holds, often the one meant.
	const elsewhere = lettered
		? context.corpus.entries.find(
				(entry) =>
					entry.article === article && entry.code !== code && entry.status === 'en vigueur',
			)
		: undefined;
	// « L. 114-9-1 du CRPA » for D. 114-9-1: the same number under another letter of the same code.
	const otherLetter = lettered
		? context.corpus.entries.find(
				(entry) =>
					entry.code === code &&
					entry.article !== article &&
					entry.article.slice(1) === article.slice(1) &&
					/^[LRD]/.test(entry.article) &&
					entry.status === 'en vigueur',
			)
		: undefined;
	// Not when the article is known to exist in its section (« L. 123-7 » beside R. 123-7).
	if (otherLetter && section.kind !== 'listed')
		notes.push(
			` Le même numéro existe avec une autre lettre, l’${entryName(otherLetter)} : vérifiez la lettre (L pour la loi, R ou D pour le décret).`,
		);
	if (elsewhere)
		notes.push(
			` Ce numéro est aussi celui de l’${entryName(elsewhere)}, que nous suivons : vérifiez le code cité.`,
		);
	if (section.kind === 'listed') notes.push(` Il fait bien partie ${ofFr(section.section.title)}.`);
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
export function judge(
	cited: ExtractedCitation,
	context: DocumentContext,
	around: Surroundings = { formerOf: null, linked: null },
): Citation {
	const entry = findArticle(context.corpus, cited.code, cited.article);
	const head = `${quoted(cited.raw.replace(/\s+/g, ' '))} (${codeTag(cited.code, cited.codeName)})`;
	let judgement: Judgement;
	const misusable = entry ? misusedArticles.find((item) => item.id === entry.id) : undefined;
	const role = misusable ? misuseRole(context.folded, cited, context, misusable.ownRole) : null;
	if (!entry) judgement = unknown(cited, head, context, around);
	else if (entry.status === 'abrogé' && around.formerOf)
		judgement = former(entry, around.formerOf, head);
	else if (entry.status === 'abrogé') judgement = abrogated(entry, head, context.corpus);
	else if (role)
		judgement = misused(entry, head, context.corpus, role) ?? inForce(cited, entry, head);
	else judgement = inForce(cited, entry, head);
	return {
		...cited,
		articleId: entry?.id ?? null,
		...judgement,
		severity: severities[judgement.verdict],
		link: linkOf(entry, cited),
		impliedIds: [],
	};
}
