/**
 * Which DPO questions the Dossier raises, and the defaults the documents apply when they are left
 * unanswered: the tax year and the tax controller when a condition needs tax data, the deciding
 * authority when a legal aid is instructed, the rule for families without a quotient when a
 * condition uses the quotient familial, and how the API is called when the CCAS has no software.
 * Loaded with the step's view (it runs the minimisation), never with the page.
 */
import {
	DEFAULT_QF_FORMULA,
	legalAidAuthority,
	NO_ACCESS_PATH_MESSAGE,
} from '../documents/protection';
import { minimise, type MinimiseCatalogue } from '../minimise';
import type { Dossier } from '../schema/dossier';
import type { ProtectionAsk } from './protection-fields';

/** Id of the quotient familial in content/data. */
const QUOTIENT_FAMILIAL = 'quotient-familial';

/** What the step asks and the defaults it states. */
export interface ProtectionAsked {
	/** The questions the Dossier raises, by hidden flag. */
	asks: Record<ProtectionAsk, boolean>;
	/** What happens when no way of calling the API is chosen. */
	accessDefault: string;
	/** The deciding authority the documents name when the field is left empty ('' without legal aid). */
	legalAidDefault: string;
	/** The formula the documents state when the « formule » rule is chosen without one. */
	formulaDefault: string;
}

/** The questions a Dossier raises (its aids, its software) and the defaults that answer them. */
export function protectionAsked(
	dossier: Pick<Dossier, 'aids' | 'extraData' | 'ccas'>,
	catalogue: MinimiseCatalogue,
): ProtectionAsked {
	const justified = minimise(dossier, catalogue).data.filter((item) => item.reasons.length > 0);
	const authority = legalAidAuthority({ aids: dossier.aids });
	return {
		asks: {
			tax: justified.some((item) => item.api === 'api-impot-particulier'),
			legalAid: authority !== undefined,
			quotient: justified.some((item) => item.id === QUOTIENT_FAMILIAL),
		},
		accessDefault: dossier.ccas?.software
			? 'Sans réponse, les documents retiennent l’éditeur de votre logiciel.'
			: NO_ACCESS_PATH_MESSAGE,
		legalAidDefault: authority ?? '',
		formulaDefault: DEFAULT_QF_FORMULA,
	};
}
