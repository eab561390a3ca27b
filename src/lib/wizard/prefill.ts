/**
 * People entered once: the values a step can take from what earlier steps hold (the director and
 * the DPO of « Votre CCAS » as DataPass contacts, the president as the first board member and
 * president of the sitting, the director as secretary). The assistant writes them only into empty
 * fields of a step not validated yet; the person can change every one.
 */
import type { Dossier } from '../schema/dossier';
import type { FormValues } from './types';

/** « Minh Nguyễn » → given « Minh », family « Nguyễn »; one word is a family name. */
export function splitName(name: string): { givenName: string; familyName: string } {
	const words = name.trim().split(/\s+/).filter(Boolean);
	if (words.length < 2) return { givenName: '', familyName: words[0] ?? '' };
	return { givenName: words[0] ?? '', familyName: words.slice(1).join(' ') };
}

/** The director's job title, as DataPass's « Fonction » asks it. */
function directorTitle(civility: string | undefined): string {
	return civility === 'Mme' ? 'Directrice du CCAS' : 'Directeur du CCAS';
}

/** Values a step can take from the rest of the Dossier (none when the CCAS step is not done). */
export function prefillValues(stepId: string, dossier: Dossier): FormValues {
	const ccas = dossier.ccas;
	if (!ccas) return {};
	if (stepId === 'demande') {
		const director = splitName(ccas.director.name);
		const dpo = splitName(ccas.dpo.name);
		return {
			projectName: `Aides sociales du ${ccas.name}`,
			'metier.givenName': director.givenName,
			'metier.familyName': director.familyName,
			'metier.jobTitle': directorTitle(ccas.director.civility),
			'dpo.givenName': dpo.givenName,
			'dpo.familyName': dpo.familyName,
			'dpo.email': ccas.dpo.email,
			'dpo.jobTitle': 'Délégué à la protection des données',
		};
	}
	if (stepId === 'seance') {
		return {
			'members.0.civility': ccas.president.civility,
			'members.0.name': ccas.president.name,
			'members.0.role': 'président',
			presidentOfSitting: ccas.president.name,
			secretary: ccas.director.name,
		};
	}
	return {};
}
