/**
 * Which DPO questions the Dossier raises: the tax year and the tax controller when a condition needs tax data, the deciding
 * authority when a legal aid is instructed, the rule for families without a quotient when a
 * condition uses the quotient familial; and whether the CCAS has software (the editor is then the
 * default way of calling the API). Loaded with the step's view, never with the page; the defaults'
 * wording is the server's (src/components/assistant/ProtectionFields.astro), so that the documents'
 * code stays out of this step.
 */
import { minimise, type MinimiseCatalogue } from '../minimise';
import type { Dossier } from '../schema/dossier';
import type { ProtectionAsk } from './protection-fields';

/** Id of the quotient familial in content/data. */
const QUOTIENT_FAMILIAL = 'quotient-familial';

/** What the step asks. */
export interface ProtectionAsked {
	/** The questions the Dossier raises, by hidden flag. */
	asks: Record<ProtectionAsk, boolean>;
	/** True when the CCAS names its software (the editor is then the default way of calling the API). */
	software: boolean;
}

/** The questions a Dossier raises (its aids, its software). */
export function protectionAsked(
	dossier: Pick<Dossier, 'aids' | 'extraData' | 'ccas'>,
	catalogue: MinimiseCatalogue,
): ProtectionAsked {
	const justified = minimise(dossier, catalogue).data.filter((item) => item.reasons.length > 0);
	return {
		asks: {
			tax: justified.some((item) => item.api === 'api-impot-particulier'),
			legalAid: (dossier.aids ?? []).some((aid) => aid.nature === 'légale'),
			quotient: justified.some((item) => item.id === QUOTIENT_FAMILIAL),
		},
		software: dossier.ccas?.software !== undefined,
	};
}
