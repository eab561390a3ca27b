/**
 * DataPass facts the pack relies on (shared/reference/datapass.md, DataPass v2 code of 2026-08-06):
 * the steps of an API Particulier request, its fields with their exact French labels, the prefilled
 * CCAS forms and their addresses. Labels are quoted from DataPass, not written by us.
 */

/** The steps of the CCAS form « … dont aides facultatives », in DataPass's order. */
export const datapassSteps = [
	{ id: 'basic_infos', title: 'Mon projet' },
	{ id: 'legal', title: 'Le cadre juridique' },
	{ id: 'modalities', title: 'Les modalités d’appel de l’API' },
	{ id: 'scopes', title: 'Les données' },
	{ id: 'personal_data', title: 'Le traitement des données personnelles' },
	{ id: 'contacts', title: 'Les personnes impliquées' },
] as const;

/** Machine name of a DataPass step. */
export type DatapassStepId = (typeof datapassSteps)[number]['id'];
/** French title of a DataPass step, as DataPass shows it. */
export type DatapassStepTitle = (typeof datapassSteps)[number]['title'];

/** What a field holds, so the site picks the right widget (text to copy, file to attach…). */
export type DatapassFieldKind =
	'text' | 'long-text' | 'number' | 'date' | 'url' | 'document' | 'checkboxes' | 'contact';

/** A DataPass field as the reference describes it. */
export interface DatapassFieldSpec {
	step: DatapassStepId;
	/** Machine name in DataPass (a contact block is named by its prefix, e.g. `contact_metier`). */
	name: string;
	/** French label shown to the requester. */
	label: string;
	/** False when the reference gives no exact label and ours is descriptive. */
	labelVerified: boolean;
	kind: DatapassFieldKind;
	/** Required by DataPass (the justification only above 36 months, see `datapassFields`). */
	required: boolean;
}

/** Every field of the request, in DataPass's order (steps, then fields within a step). */
export const datapassFieldSpecs: readonly DatapassFieldSpec[] = [
	{
		step: 'basic_infos',
		name: 'intitule',
		label: 'Nom du projet',
		labelVerified: true,
		kind: 'text',
		required: true,
	},
	{
		step: 'basic_infos',
		name: 'description',
		label: 'Description du projet (à quoi va-t-il servir ? qui l’utilisera ?)',
		labelVerified: true,
		kind: 'long-text',
		required: true,
	},
	{
		step: 'basic_infos',
		name: 'maquette_projet',
		label: 'Maquette du projet',
		labelVerified: true,
		kind: 'document',
		required: false,
	},
	{
		step: 'basic_infos',
		name: 'date_prevue_mise_en_production',
		label: 'Date de mise en production prévue',
		labelVerified: true,
		kind: 'date',
		required: false,
	},
	{
		step: 'basic_infos',
		name: 'volumetrie_approximative',
		label: 'Volumétrie approximative',
		labelVerified: true,
		kind: 'number',
		required: false,
	},
	{
		step: 'legal',
		name: 'cadre_juridique_nature',
		label: 'Précisez la nature et les références du texte vous autorisant à traiter les données',
		labelVerified: true,
		kind: 'long-text',
		required: true,
	},
	{
		step: 'legal',
		name: 'cadre_juridique_url',
		label: 'Lien vers le texte relatif au cadre juridique',
		labelVerified: true,
		kind: 'url',
		// DataPass wants the link or the document; the pack always gives the document.
		required: false,
	},
	{
		step: 'legal',
		name: 'cadre_juridique_document',
		label: 'Ajoutez votre délibération',
		labelVerified: true,
		kind: 'document',
		required: true,
	},
	{
		step: 'modalities',
		name: 'modalities',
		label: 'Modalités d’appel de l’API',
		labelVerified: false,
		kind: 'checkboxes',
		required: true,
	},
	{
		step: 'scopes',
		name: 'scopes',
		label: 'Données demandées (une case par périmètre)',
		labelVerified: false,
		kind: 'checkboxes',
		required: true,
	},
	{
		step: 'personal_data',
		name: 'destinataire_donnees_caractere_personnel',
		label: 'Destinataire des données',
		labelVerified: true,
		kind: 'long-text',
		required: true,
	},
	{
		step: 'personal_data',
		name: 'duree_conservation_donnees_caractere_personnel',
		label: 'Durée de conservation des données en mois',
		labelVerified: true,
		kind: 'number',
		required: true,
	},
	{
		step: 'personal_data',
		name: 'duree_conservation_donnees_caractere_personnel_justification',
		label: 'Justification de la durée de conservation des données',
		labelVerified: true,
		kind: 'long-text',
		required: false,
	},
	{
		step: 'contacts',
		name: 'contact_metier',
		label: 'Contact métier',
		labelVerified: false,
		kind: 'contact',
		required: true,
	},
	{
		step: 'contacts',
		name: 'contact_technique',
		label: 'Contact technique',
		labelVerified: false,
		kind: 'contact',
		required: true,
	},
	{
		step: 'contacts',
		name: 'delegue_protection_donnees',
		label: 'Délégué à la protection des données',
		labelVerified: false,
		kind: 'contact',
		required: true,
	},
];

/** The two boxes DataPass asks to tick at submission, quoted. */
export const datapassSubmissionBoxes = [
	'J’ai pris connaissance des conditions générales d’utilisation et je les valide.',
	'Je confirme que le délégué à la protection des données de mon organisation est informé de ma demande.',
] as const;

/** Labels of the call modes (only `params` has an exact label in the reference). */
export const modalityLabels = {
	params: { label: 'Via un jeton d’accès, accompagné des paramètres usagers', verified: true },
	formulaire_qf: { label: 'Formulaire national de collecte du quotient familial', verified: false },
	france_connect: { label: 'FranceConnect', verified: false },
} as const;

/** A DataPass form the CCAS can open. */
export interface DatapassFormRef {
	/** Form id in DataPass v2. */
	id: string;
	/** Name of the form as DataPass lists it (the software's name for an editor's form). */
	name: string;
	/** Address of the form's own page in DataPass v2. */
	url: string;
}

/** Host of DataPass. */
export const DATAPASS_HOST = 'https://datapass.api.gouv.fr';
/** The v2 form picker for the CCAS use case. */
export const DATAPASS_CCAS_PICKER = `${DATAPASS_HOST}/demandes/api-particulier/nouveau?use_case=ccas`;
/** The old request link, still on the CCAS use-case pages (no handler in the v2 code). */
export const DATAPASS_OLD_LINK = `${DATAPASS_HOST}/api-particulier?demarche=ccas`;

/** The v2 page of a form. */
export function datapassFormUrl(id: string): string {
	return `${DATAPASS_HOST}/formulaires/${id}/demande/nouveau`;
}

/** Generic CCAS form for legal aid only: the legal framework is prefilled and locked. */
export const genericForm: DatapassFormRef = {
	id: 'api-particulier-aides-sociales-ccas',
	name: 'Aides sociales des CCAS',
	url: datapassFormUrl('api-particulier-aides-sociales-ccas'),
};

/** Generic CCAS form when facultative aids are involved: the deliberation is attached. */
export const genericFacultativeForm: DatapassFormRef = {
	id: 'api-particulier-aides-sociales-ccas-dont-facultatives',
	name: 'Aides sociales des CCAS dont aides facultatives',
	url: datapassFormUrl('api-particulier-aides-sociales-ccas-dont-facultatives'),
};

/**
 * The « API Particulier via Démarche numérique » form (DataPass, 2026-07-21): for an organisation that
 * takes its applications online on the Démarche numérique platform; call modes are fixed by the form.
 */
export const demarcheNumeriqueForm: DatapassFormRef = {
	id: 'api-particulier-demarche-numerique',
	name: 'API Particulier via Démarche numérique',
	url: datapassFormUrl('api-particulier-demarche-numerique'),
};
