/** Data a deliberation may name, to check each against the data the dossier's conditions justify. */
import { foldForMatching } from './fold';

/** A datum the APIs deliver, and how texts name it (regex over folded text, case-insensitive). */
export interface DataTerm {
	/** How messages name it. */
	label: string;
	/** How texts name it. */
	pattern: RegExp;
}

/** The data API Particulier and API Impôt particulier deliver, as deliberations name them. */
export const dataTerms: readonly DataTerm[] = [
	{ label: 'quotient familial', pattern: /\bquotients?\s+familia(?:l|ux)\b|\bQF\b/i },
	{
		label: 'revenu fiscal de référence',
		pattern: /\brevenus?\s+fisca(?:l|ux)\s+de\s+reference\b|\bRFR\b/i,
	},
	{ label: 'nombre de parts fiscales', pattern: /\bnombre\s+de\s+parts\b/i },
	{
		label: 'montant de l’impôt',
		pattern: /\bmontant\s+de\s+l'\s*impot\b|\bstatut\s+d'\s*imposition\b/i,
	},
	{
		label: 'composition familiale',
		pattern: /\bcomposition\s+(?:familiale|du\s+foyer)\b|\bstructure\s+familiale\b/i,
	},
	{ label: 'adresse', pattern: /\badresses?\s+(?:du\s+foyer|postale|de\s+l'\s*allocataire)\b/i },
	{ label: 'état civil', pattern: /\betat\s+civil\b/i },
	{ label: 'statut étudiant', pattern: /\bstatut\s+(?:d'\s*)?etudiant\b/i },
	{
		label: 'bourse',
		pattern: /\bboursiers?\b|\bbourses?\s+(?:de\s+l'\s*enseignement|sur\s+criteres)\b/i,
	},
	{
		label: 'statut de demandeur d’emploi',
		pattern: /\bdemandeurs?\s+d'\s*emploi\b|\binscription\s+a\s+france\s+travail\b/i,
	},
	{
		label: 'revenu de solidarité active',
		pattern: /\brevenu\s+de\s+solidarite\s+active\b|\bRSA\b/i,
	},
	{
		label: 'allocation aux adultes handicapés',
		pattern: /\ballocation\s+aux\s+adultes\s+handicapes\b|\bAAH\b/i,
	},
	{
		label: 'complémentaire santé solidaire',
		pattern: /\bcomplementaire\s+sante\s+solidaire\b|\bC2S\b/i,
	},
];

/** True when one of the justified labels designates this term (« Quotient familial CAF » → QF). */
export function isJustified(term: DataTerm, justified: readonly string[]): boolean {
	const label = foldForMatching(term.label).toLowerCase();
	return justified.some((given) => {
		const folded = foldForMatching(String(given)).toLowerCase();
		// Too short a label (« a ») would be found inside every term.
		if (folded.trim().length < 3) return false;
		return term.pattern.test(folded) || folded.includes(label) || label.includes(folded.trim());
	});
}
