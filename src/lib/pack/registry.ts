/**
 * The templates of the pack and the names each may use; the build check (src/cli/templates.ts)
 * fails on any other name. Templates are passed in as text (file name → source), so the browser
 * and Node load them each their own way.
 */
import type { PlaceholderRegistry } from '../templates/check';
import { baseFlagNames, baseValueNames } from './context';
import { registerFields } from './register-fields';

/** Template sources by file name (as in templates/), e.g. `{ 'affiche.md': '…' }`. */
export type PackTemplates = Readonly<Record<string, string>>;

/** A registry made of the shared names plus the template's own. */
function withBase(own: { values?: string[]; flags?: string[]; blocks?: string[] }) {
	return {
		values: [...baseValueNames, ...(own.values ?? [])],
		flags: [...baseFlagNames, ...(own.flags ?? [])],
		blocks: own.blocks ?? [],
	} satisfies PlaceholderRegistry;
}

/** Sections of datapass-champs.md: the text of a field (`champ_…`) or the advice under it (`conseil_…`). */
const datapassSections = [
	'champ_description',
	'champ_cadre_juridique_nature',
	'champ_modalites',
	'champ_scopes',
	'champ_destinataires',
	'conseil_intitule',
	'conseil_description',
	'conseil_maquette_projet',
	'conseil_date_prevue_mise_en_production',
	'conseil_volumetrie_approximative',
	'conseil_cadre_juridique_nature',
	'conseil_cadre_juridique_url',
	'conseil_cadre_juridique_document',
	'conseil_modalites',
	'conseil_scopes',
	'conseil_destinataires',
	'conseil_duree_conservation',
	'conseil_justification',
	'conseil_contact_metier',
	'conseil_contact_technique',
	'conseil_delegue_protection_donnees',
];

/** Every template of the pack with the placeholders it may use (deliberation.md has its own). */
export const packRegistries = {
	'fiche-datapass.md': withBase({
		values: [
			'solution_editeur',
			'formulaire_nom',
			'formulaire_id',
			'formulaire_lien',
			'generique_nom',
			'generique_id',
			'lien_choix',
			'fichier_deliberation',
			'fichier_impot',
		],
		flags: ['editeur_formulaire', 'perimetres_identiques', 'a_corriger'],
		blocks: ['comparaison', 'champs', 'cases'],
	}),
	'datapass-champs.md': withBase({
		values: ['solution_editeur'],
		flags: ['editeur_formulaire', ...datapassSections],
		blocks: ['aides', 'donnees', 'preuves', 'perimetres', 'destinataires', 'liens'],
	}),
	'matrice.md': withBase({
		flags: ['sur_collecte'],
		blocks: ['matrice', 'classes', 'sur_collecte', 'preuves', 'reponse_pia'],
	}),
	'affiche.md': withBase({ blocks: ['donnees'] }),
	'registre.md': withBase({ blocks: ['fiche'] }),
	'registre-champs.md': withBase({
		flags: registerFields.map((field) => `champ_${field.id}`),
		blocks: ['donnees', 'identifiants', 'destinataires', 'criteres'],
	}),
	'aipd.md': withBase({
		values: ['nombre_criteres'],
		flags: ['aipd_probable'],
		blocks: ['synthese'],
	}),
	'repli.md': withBase({
		flags: ['quotient_familial'],
		blocks: ['limites', 'justificatifs'],
	}),
	'impot-particulier.md': withBase({
		values: ['donnees_fiscales_liste'],
		blocks: ['conditions', 'perimetres'],
	}),
	'actes.md': withBase({
		values: ['numero_actes', 'code_matiere', 'fichier_scdl'],
		flags: ['numero_modifie', 'matiere_inconnue'],
		blocks: ['actes', 'scdl'],
	}),
	'actes-objet.md': withBase({}),
	'lisez-moi.md': withBase({
		values: [
			'formulaire_nom',
			'formulaire_lien',
			'fichier_fiche',
			'fichier_delib_docx',
			'fichier_matrice',
			'fichier_matrice_csv',
			'fichier_affiche',
			'fichier_registre',
			'fichier_registre_csv',
			'fichier_aipd',
			'fichier_repli',
			'fichier_impot',
			'fichier_actes',
			'fichier_scdl',
			'fichier_dossier',
		],
		blocks: ['fichiers'],
	}),
} as const satisfies Record<string, PlaceholderRegistry>;

/** Name of a pack template. */
export type PackTemplateName = keyof typeof packRegistries;

/** Every template the pack needs, the deliberation's included. */
export const packTemplateNames: readonly string[] = [
	'deliberation.md',
	...Object.keys(packRegistries),
];

/** Template files the pack needs that `templates` does not hold. */
export function missingTemplates(templates: PackTemplates): string[] {
	return packTemplateNames.filter((name) => typeof templates[name] !== 'string');
}

/** The source of a template; throws (a programming error) when it was not passed in. */
export function templateSource(templates: PackTemplates, name: string): string {
	const source = templates[name];
	if (typeof source !== 'string') throw new Error(`Modèle absent : templates/${name}`);
	return source;
}

/** The section flags (`champ_…`, `conseil_…`) of a field template. */
export function sectionFlags(name: PackTemplateName): string[] {
	return packRegistries[name].flags.filter(
		(flag) => flag.startsWith('champ_') || flag.startsWith('conseil_'),
	);
}
