/** French labels of the wizard's choices, shared by the forms (Astro) and the browser code. */
import type { populationBands, deciders, delegates } from '../schema/dossier';
import type { Severity } from '../minimise';
import type { informationChannels } from './processing-step';

/** Population bands as a person reads them. */
export const populationLabels: Record<(typeof populationBands)[number], string> = {
	'moins-de-3500': 'Moins de 3 500 habitants',
	'3500-a-9999': 'De 3 500 à 9 999 habitants',
	'10000-a-49999': 'De 10 000 à 49 999 habitants',
	'50000-et-plus': '50 000 habitants et plus',
};

/** Who decides, as the deliberation says it. */
export const deciderLabels: Record<(typeof deciders)[number], string> = {
	conseil: 'Le conseil d’administration',
	'commission-permanente': 'La commission permanente',
	president: 'Le président du conseil d’administration',
	'travailleur-social': 'Un travailleur social du CCAS',
};

/** Who decides, as the form offers it: never a social worker (CASF R. 123-21). */
export const deciderChoices = (['conseil', 'commission-permanente', 'president'] as const).map(
	(value) => ({ value, label: deciderLabels[value] }),
);

/** Who may receive the delegation of the attribution (CASF R. 123-21 1°). */
export const delegateLabels: Record<(typeof delegates)[number], string> = {
	president: 'Le président du conseil d’administration',
	'vice-president': 'Le vice-président',
	'vice-president-delegue': 'Le vice-président délégué',
};

/** The authority that decides a legal aid the CCAS instructs (CASF R. 123-5). */
export const authorityLabels = {
	departement: 'Le président du conseil départemental',
	prefet: 'Le préfet du département',
} as const;

/** The ways of informing users. */
export const informationLabels: Record<(typeof informationChannels)[number], string> = {
	poster: 'Une affiche à l’accueil du CCAS',
	form: 'Une mention sur le formulaire de demande d’aide',
	website: 'Une page sur le site de la commune',
};

/** Headings of the findings, by severity. */
export const severityLabels: Record<Severity, string> = {
	erreur: 'À corriger',
	avertissement: 'Points d’attention',
	info: 'Pour information',
};
