/** What the legal pages say of an article's status: exactly what was verified, against what, and when. */
import { frenchTypography } from '../french';
import { dateFr } from './format';
import type { LegalArticle } from '../schema/catalogue';

/** A status as a page shows it: a short badge and the sentence that says what was verified. */
export interface VerifiedStatus {
	/** Badge text (« En vigueur », « En vigueur selon le texte de 2015 », « Abrogé »). */
	label: string;
	/** Badge tone: success only for a status checked in the official data. */
	tone: 'success' | 'warning' | 'error';
	/** One sentence: what was verified, against which source, on which date. */
	detail: string;
}

const inForce: Record<
	LegalArticle['confidence'],
	Omit<VerifiedStatus, 'detail'> & { what: string }
> = {
	LEGI: {
		label: 'En vigueur',
		tone: 'success',
		what: 'en vigueur d’après les données officielles LEGI de Légifrance',
	},
	'2015': {
		label: 'En vigueur selon le texte de 2015',
		tone: 'warning',
		what: 'en vigueur selon le texte consolidé de 2015 ; les modifications postérieures n’ont pas été vérifiées',
	},
	secondaire: {
		label: 'En vigueur selon une source secondaire',
		tone: 'warning',
		what: 'en vigueur selon une source secondaire ; le texte officiel n’a pas été relu',
	},
	'non vérifié': {
		label: 'Statut non vérifié',
		tone: 'warning',
		what: 'présumé en vigueur, sans vérification',
	},
};

/** The status of a corpus entry as the legal pages word it. */
export function verifiedStatus(
	entry: Pick<
		LegalArticle,
		'status' | 'confidence' | 'checked' | 'abrogatedOn' | 'absenceObservedOn'
	>,
): VerifiedStatus {
	const checked = `vérifié le ${dateFr(entry.checked.date)}`;
	if (entry.status === 'abrogé') {
		const since = entry.abrogatedOn
			? `abrogé le ${dateFr(entry.abrogatedOn)}`
			: 'abrogé, à une date qui n’a pas été vérifiée';
		const seen = entry.absenceObservedOn
			? ` (son absence des données LEGI a été constatée le ${dateFr(entry.absenceObservedOn)})`
			: '';
		return {
			label: 'Abrogé',
			tone: 'error',
			detail: frenchTypography(`Article ${since}${seen} ; ${checked}.`),
		};
	}
	const { label, tone, what } = inForce[entry.confidence];
	return { label, tone, detail: frenchTypography(`Article ${what} ; ${checked}.`) };
}
