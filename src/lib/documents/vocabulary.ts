/**
 * The placeholder vocabulary every document template shares: the names of the values ({x}) and
 * flags (@si(x)) that the DocumentContext computes once per dossier. A document adds its own names
 * in its spec; the build check refuses any other. Imports nothing, so any module may read it.
 */

/** Names of the shared values. */
export const baseValueNames = [
	'ccas_nom',
	'commune',
	'adresse',
	'siret',
	'president',
	'dpo_nom',
	'dpo_email',
	'dpo_organisme',
	'logiciel',
	'nature_aides',
	'liste_aides',
	'aides_facultatives_liste',
	'liste_donnees',
	'fournisseurs',
	'duree_conservation',
	'duree_conservation_lettres',
	'agents',
	'nombre_agents',
	'destinataires',
	'projet',
	'volumetrie',
	'date_mise_en_production',
	'numero',
	'date_seance',
	'profils_acces',
	'conservation',
	'donnees_sensibles_liste',
	'faux_negatifs_liste',
	'sous_traitants',
	'autorite_aide_legale',
	'annee_fiscale',
	'regle_repli',
] as const;

/** Names of the shared flags. */
export const baseFlagNames = [
	'aides_facultatives',
	'aide_legale',
	'logiciel',
	'dpo_organisme',
	'donnees_fiscales',
	'donnees_sensibles',
	'preuves_manuelles',
	'identite_pivot',
	'params',
	'formulaire_qf',
	'france_connect',
	'usagers_en_ligne',
	'information_affiche',
	'information_formulaire',
	'information_site',
	'faux_negatifs',
	'acces_editeur',
	'acces_informatique',
	'acces_demarche_numerique',
	'acces_a_choisir',
	'sous_traitant',
] as const;

/** A shared value's name. */
export type BaseValueName = (typeof baseValueNames)[number];
/** A shared flag's name. */
export type BaseFlagName = (typeof baseFlagNames)[number];

/** The names one template may use besides the shared ones. */
export interface OwnNames {
	values?: readonly string[];
	flags?: readonly string[];
	blocks?: readonly string[];
	/** Lists a `@chaque(nom)` section repeats over (their items' names are among the values and flags). */
	lists?: readonly string[];
}
