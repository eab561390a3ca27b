/**
 * What each step of the assistant is for, in one sentence: shown to search (each step is found by
 * its purpose) and checked against the registry by a test, so a renamed step cannot drift.
 */

import { stepTitle } from '../steps';

/** One step of the assistant as search shows it. */
export interface StepPurpose {
	id: string;
	title: string;
	purpose: string;
}

/** The steps, in the registry's order. */
export const stepPurposes: readonly StepPurpose[] = [
	{
		id: 'ccas',
		title: stepTitle('ccas'),
		purpose:
			'La commune choisie dans la liste officielle, le SIRET, l’adresse, le président, le directeur et le délégué à la protection des données (DPO) du CCAS.',
	},
	{
		id: 'aides',
		title: stepTitle('aides'),
		purpose:
			'Les aides légales et facultatives du CCAS, leurs conditions d’attribution (quotient familial, résidence, statut) et qui décide.',
	},
	{
		id: 'donnees',
		title: stepTitle('donnees'),
		purpose:
			'Les données à demander à l’API Particulier déduites des conditions, avec la raison de chacune, les cases DataPass et la matrice de minimisation pour le DPO.',
	},
	{
		id: 'traitement',
		title: stepTitle('traitement'),
		purpose:
			'La durée de conservation, les destinataires des données, les agents habilités et l’information des familles.',
	},
	{
		id: 'seance',
		title: stepTitle('seance'),
		purpose:
			'La séance du conseil d’administration qui adopte la délibération : membres en exercice, présences, procurations, quorum et vote.',
	},
	{
		id: 'deliberation',
		title: stepTitle('deliberation'),
		purpose:
			'La délibération du conseil d’administration rédigée avec ses visas, à relire puis à télécharger en DOCX ou en PDF.',
	},
	{
		id: 'demande',
		title: stepTitle('demande'),
		purpose:
			'Le nom du projet, les modalités d’appel de l’API, la volumétrie et les contacts métier, technique et DPO de la demande DataPass.',
	},
	{
		id: 'dossier',
		title: stepTitle('dossier'),
		purpose:
			'Le récapitulatif, les champs DataPass à recopier et le dossier complet à télécharger (délibération, fiche DataPass, pièces pour le DPO).',
	},
];
