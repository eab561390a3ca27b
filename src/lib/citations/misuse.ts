/** Real articles deliberations wrongly cite as the basis for access to data, and what to cite instead. */
import { sentenceIsAboutData } from './context';

/** An article often misused as a data-access basis. */
export interface MisusedArticle {
	/** Its corpus id. */
	id: string;
	/** What it really is, as the end of « cet article … ». */
	what: string;
	/** When it still belongs in the visas. */
	keep: string;
}

/** The articles the seeds misuse (shared/reference/legal.md). */
export const misusedArticles: readonly MisusedArticle[] = [
	{
		id: 'casf-l312-1',
		what: 'dresse la liste des établissements et services sociaux et médico-sociaux',
		keep: 'Gardez-le dans les visas seulement pour rappeler les missions du CCAS gestionnaire de tels services.',
	},
	{
		id: 'casf-r123-5',
		what: 'charge le CCAS des enquêtes sociales nécessaires pour constituer les dossiers d’aide sociale légale',
		keep: 'Gardez-le seulement pour l’instruction des demandes d’aide sociale légale.',
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

/**
 * True when a misusable article stands as a basis for data access: its own sentence speaks of
 * data, or the whole text is about data access and cites no proper basis at all.
 */
export function isMisused(
	folded: string,
	span: { start: number; end: number },
	document: { aboutDataAccess: boolean; citesProperBasis: boolean },
): boolean {
	if (sentenceIsAboutData(folded, span.start, span.end)) return true;
	return document.aboutDataAccess && !document.citesProperBasis;
}
