/** The names the deliberation template may use; the build fails on any other (src/integrations/content-check.ts). */
import type { PlaceholderRegistry } from '../templates/check';

/** Placeholders of templates/deliberation.md. */
export const deliberationRegistry = {
	values: [
		'ccas_nom',
		'date_seance',
		'numero',
		'ouverture',
		'date_convocation',
		'lieu',
		'president_seance',
		'qualite_president',
		'en_exercice',
		'en_exercice_lettres',
		'presents',
		'absents',
		'secretaire',
		'nature_aides',
		'logiciel',
		'mode_vote',
		'api_utilisees',
		'liste_donnees',
		'duree_conservation',
		'agents',
		'destinataires',
		'moyens_information',
		'president_titre',
		'mode_publication',
	],
	flags: [
		'seconde_convocation',
		'procurations',
		'aide_legale',
		'delegation',
		'preuves_manuelles',
		'donnees_fiscales',
		'logiciel',
	],
	blocks: ['comptes', 'procurations', 'aides', 'donnees', 'preuves', 'vote', 'signature'],
} as const satisfies PlaceholderRegistry;
