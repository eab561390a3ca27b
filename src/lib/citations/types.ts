/** Types of the citation checker: references found in a text, their verdicts, document findings. */
import type { legalCodes } from '../schema/catalogue';

/** A code or text of the legal corpus (CASF, CRPA, CGCT, CJA, RGPD, LOI-78-17). */
export type LegalCode = (typeof legalCodes)[number];

/** How serious a verdict or finding is, as the page shows it. */
export type Severity = 'erreur' | 'avertissement' | 'info';

/** A code the checker recognises: one of the corpus, or `AUTRE` for a code we do not cover. */
export type CitationCode = LegalCode | 'AUTRE';

/** Where a reference's code came from. */
export type CodeSource =
	/** The code is named after the reference (or after the list it ends). */
	| 'named'
	/** « du même code », « dudit code »: the code named last before it. */
	| 'same'
	/** No code named: deduced from the range the number belongs to (L114-x → CRPA). */
	| 'range'
	/** A GDPR-style number (« 5-1-c) ») in a text about personal data. */
	| 'form'
	/** No code could be told. */
	| 'none';

/** A legal reference as written in the text, before any verdict. */
export interface ExtractedCitation {
	/** The reference exactly as written (without « article »), e.g. « L 312-1 », « 6.1.e ». */
	raw: string;
	/** Offset of its first character in the text (UTF-16 code units). */
	start: number;
	/** Offset just after its last character. */
	end: number;
	/** The code it belongs to, or null when it cannot be told. */
	code: CitationCode | null;
	/** The name of the code as the text gives it, for a code we do not cover (else null). */
	codeName: string | null;
	/** How the code was found. */
	codeSource: CodeSource;
	/** Article number normalised as Légifrance writes it: « L114-8 », « D114-9-1 », « 6 ». */
	article: string;
	/** For the first end of a range (« R. 114-9-5 à R. 114-9-7 »): the article the range runs to. */
	through?: string;
	/** « et suivants » follows the reference: the articles after it in its chapter are cited too. */
	andFollowing?: true;
}

/** What the checker concludes about one reference. */
export type VerdictKind =
	/** In our corpus and in force. */
	| 'in-force'
	/** In our corpus and abrogated. */
	| 'abrogated'
	/** Not in our corpus: we cannot vouch for it. */
	| 'not-in-corpus'
	/** Inside a section whose articles we list completely, and not among them. */
	| 'non-existent'
	/** A number the code cannot have, one keystroke away from an article in force. */
	| 'mistyped'
	/** A real article cited as the basis for data access, which it is not. */
	| 'misused'
	/** An abrogated number given as the former number of the article cited with it (« anciennement »). */
	| 'former';

/** Where to read about an article. */
export interface CitationLink {
	/** Our page (`/cadre-juridique/<id>/`) when the article is in the corpus, else null. */
	page: string | null;
	/** The official text: the corpus link (Légifrance, EUR-Lex), or a Légifrance search. */
	official: string;
}

/** A reference with its verdict. */
export interface Citation extends ExtractedCitation {
	/** Id of the article in content/legal (e.g. crpa-l114-8), or null when not in the corpus. */
	articleId: string | null;
	/** The verdict. */
	verdict: VerdictKind;
	/** Its severity. */
	severity: Severity;
	/** What we found and what to do, in French, naming the reference as written. */
	message: string;
	/** Where to read about the cited article. */
	link: CitationLink;
	/** Id of the article to cite instead (mistyped, abrogated, misused, non-existent), else null. */
	suggestion: string | null;
	/** Other ids worth citing with or instead of it (misused), in order; empty otherwise. */
	seeAlso: string[];
	/** Corpus articles a range or « et suivants » starting here cites too (R114-9-6), in order. */
	impliedIds: string[];
}

/** Kinds of document-level findings, in the order the report lists them. */
export const findingKinds = [
	'truncated',
	'prefecture-stamp',
	'missing-number',
	'outdated-link',
	'missing-reference',
	'recommended-reference',
	'unjustified-data',
	'agent-power',
	'legal-aid-decision',
	'board-cap',
	'quorum',
	'proxies',
	'retention',
	'wrong-subject',
	'delegation-not-conferred',
] as const;

/** One kind of document-level finding. */
export type FindingKind = (typeof findingKinds)[number];

/** Something about the document as a whole (or a span of it that is not a reference). */
export interface Finding {
	/** What kind of finding. */
	kind: FindingKind;
	/** Its severity. */
	severity: Severity;
	/** What we found and what to do, in French. */
	message: string;
	/** Offset of the span it is about (a link, the stamp, a datum), or null for the whole text. */
	start: number | null;
	/** Offset just after that span, or null. */
	end: number | null;
	/** Ids of the articles concerned (missing, recommended, pointed at), in order. */
	articleIds: string[];
	/** A link to follow to fix it (our page or Légifrance), or null. */
	link: string | null;
}

/** The checker's answer for one text. */
export interface CitationReport {
	/** Every reference, by position. */
	citations: Citation[];
	/** Document-level findings, in the order of `findingKinds`, then by position. */
	findings: Finding[];
	/** How many citations and findings of each severity. */
	counts: Record<Severity, number>;
	/** True when at least one citation or finding is an error. */
	hasError: boolean;
}

/** Options of `checkCitations`. */
export interface CheckOptions {
	/** Labels of the data the dossier's conditions justify; when given, other data named are flagged. */
	justifiedData?: readonly string[];
}
