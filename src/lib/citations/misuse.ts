/** Real articles deliberations wrongly cite as the basis for access to data, and what to cite instead. */
import { introAround, sentenceAround, sentenceIsAboutData } from './context';

/** An article often misused as a data-access basis. */
export interface MisusedArticle {
	/** Its corpus id. */
	id: string;
	/** What it really is, as the end of « cet article … ». */
	what: string;
	/** When it still belongs in the visas. */
	keep: string;
	/** Words (regex over folded text) that show a sentence cites it for what it really is. */
	ownRole: RegExp;
}

/** The articles the seeds misuse (shared/reference/legal.md). */
export const misusedArticles: readonly MisusedArticle[] = [
	{
		id: 'casf-l312-1',
		what: 'dresse la liste des établissements et services sociaux et médico-sociaux',
		keep: 'Gardez-le dans les visas seulement pour rappeler les missions du CCAS gestionnaire de tels services.',
		ownRole:
			/\b(?:etablissements?\s+et\s+services|medico-sociaux|essms|services?\s+(?:que\s+(?:le\s+centre|le\s+ccas)|qu'il)\s+gere|gestionnaire)/i,
	},
	{
		id: 'casf-r123-5',
		what: 'charge le CCAS des enquêtes sociales nécessaires pour constituer les dossiers d’aide sociale légale',
		keep: 'Gardez-le seulement pour l’instruction des demandes d’aide sociale légale.',
		ownRole: /\b(?:enquetes?\s+sociales?|aides?\s+sociales?\s+legales?|aides?\s+legales?)\b/i,
	},
];

/** What to cite for data access, in the order messages list them. */
export const dataAccessBasis: readonly string[] = [
	'crpa-l114-8',
	'crpa-d114-9-1',
	'casf-l123-5',
	'casf-r123-2',
];

/** Articles whose presence (in force) shows the text already rests on the right basis. */
export const properBasis: readonly string[] = ['crpa-l114-8', 'crpa-d114-9-1'];

/** Why a reference stands as a basis for data access (the message says which). */
export type MisuseRole =
	/** « fondement juridique », « cadre juridique », « en application de », « repose sur »… */
	| 'basis'
	/** A bare visa of a deliberation about data access. */
	| 'visa'
	/** Its own sentence speaks of data, APIs or exchanges. */
	| 'sentence'
	/** The text is about data access and cites no proper basis at all. */
	| 'no-basis';

// Words that present what follows (or precedes) as the legal basis of something.
const BASIS_WORDS =
	/\b(?:(?:fondements?|bases?)\s+(?:juridiques?|legales?|reglementaires?)|cadre\s+(?:juridique|legal|reglementaire)|sur\s+le\s+fondement|en\s+application|en\s+vertu|repose\s+sur|reposent\s+sur|fonde(?:nt)?\s+(?:l'\s*acces|la\s+demande|le\s+traitement)|s'\s*inscrit\s+dans\s+le\s+cadre)/i;
const VISA = /^\s*(?:[-•*–]\s*)?vu\b/i;

/**
 * Why a misusable article stands, in this text, as the basis of data access, of an API
 * Particulier or DataPass request, or of the decision to use the API; null when it does not (it is
 * cited for what it is, or the text is not about data access).
 */
export function misuseRole(
	folded: string,
	span: { start: number; end: number },
	document: { aboutDataAccess: boolean; citesProperBasis: boolean },
	ownRole?: RegExp,
): MisuseRole | null {
	const sentence = sentenceAround(folded, span.start, span.end);
	const intro = introAround(folded, span.start);
	// A sentence that says what the article is about cites it for that, not as a data basis.
	const saysWhatItIs = ownRole?.test(sentence) ?? false;
	const aboutData = sentenceIsAboutData(folded, span.start, span.end);
	if ((BASIS_WORDS.test(sentence) || BASIS_WORDS.test(intro)) && !saysWhatItIs) {
		if (document.aboutDataAccess || aboutData) return 'basis';
	}
	if (aboutData && !saysWhatItIs) return 'sentence';
	if (saysWhatItIs) return null;
	if (document.aboutDataAccess && VISA.test(sentence)) return 'visa';
	if (document.aboutDataAccess && !document.citesProperBasis) return 'no-basis';
	return null;
}
