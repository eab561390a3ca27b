/**
 * The checklist of the last step « Votre dossier »: what is ready, what is missing, and the wizard
 * step that fixes each missing item. The CLI prints the missing items and exits 1.
 */
import type { Catalogue } from '../catalogue/types';
import { dpoIsMaire } from '../documents/datapass/fields';
import { apiAccessOf, NO_ACCESS_PATH_MESSAGE } from '../documents/protection';
import { minimise, type MinimisationResult } from '../minimise';
import {
	DPO_IS_MAIRE_MESSAGE,
	RETENTION_JUSTIFICATION_MESSAGE,
	retentionNeedsJustification,
} from '../rules/datapass';
import type { Dossier } from '../schema/dossier';
import { checkSitting, type SittingCheck } from '../sitting/check';
import { atStep, type AssistantStepId } from '../steps';
import { API_ACCESS_QUESTION } from '../wizard/protection-labels';

/** Ids of the wizard steps an item can send the user back to. */
export type WizardStepId = Extract<
	AssistantStepId,
	'ccas' | 'aides' | 'traitement' | 'seance' | 'demande'
>;

/** What the checklist reads that the DocumentContext may already hold (computed here when absent). */
export interface ReadinessInputs {
	result?: MinimisationResult;
	sitting?: SittingCheck;
}

/** One line of the checklist. */
export interface ReadinessItem {
	/** Stable id (for the site's list and tests). */
	id: string;
	/** What the item is, in French. */
	label: string;
	ready: boolean;
	/** What is done, or what to do, in French. */
	message: string;
	/** The wizard step that fixes it. */
	step: WizardStepId;
	/**
	 * True for an item that, not ready, still lets the pack be built: the documents state the
	 * question left open (the three ways of calling the API) rather than a wrong answer.
	 */
	advisory?: true;
}

/** What the checklist says of each way of calling the API. */
const accessDone: Record<NonNullable<ReturnType<typeof apiAccessOf>>, string> = {
	editeur: 'Le centre appellera l’API par l’éditeur de son logiciel, de serveur à serveur.',
	informatique:
		'Le centre appellera l’API par son service informatique ou son prestataire, de serveur à serveur.',
	'demarche-numerique':
		'Le centre appellera l’API via Démarche numérique : sa demande se fait sur le formulaire DataPass « API Particulier via Démarche numérique ».',
};

/** The checklist for a dossier, in the order of the wizard. */
export function packReadiness(
	dossier: Dossier,
	catalogue: Pick<Catalogue, 'data' | 'criteria'>,
	computed: ReadinessInputs = {},
): ReadinessItem[] {
	const { ccas, aids, processing, sitting, request } = dossier;
	const items: ReadinessItem[] = [];
	const item = (
		id: string,
		label: string,
		step: WizardStepId,
		ready: boolean,
		done: string,
		todo: string,
	) => items.push({ id, label, step, ready, message: ready ? done : todo });

	item(
		'ccas',
		'Votre CCAS',
		'ccas',
		Boolean(ccas),
		'Le CCAS, son président, son directeur et son délégué à la protection des données sont renseignés.',
		'Renseignez le CCAS : nom, SIRET, adresse, président, directeur et délégué à la protection des données.',
	);
	const hasAids = Boolean(aids && aids.length > 0);
	item(
		'aides',
		'Aides et conditions',
		'aides',
		hasAids,
		`${aids?.length ?? 0} aide${(aids?.length ?? 0) > 1 ? 's' : ''} et leurs conditions sont décrites.`,
		'Choisissez au moins une aide et ses conditions d’attribution.',
	);
	if (hasAids) {
		const result = computed.result ?? minimise(dossier, catalogue);
		const errors = result.findings.filter((finding) => finding.severity === 'erreur');
		const apiParticulier = result.scopes.some((scope) => scope.api === 'api-particulier');
		item(
			'donnees',
			'Données strictement nécessaires',
			'aides',
			errors.length === 0 && apiParticulier,
			`${result.data.length} donnée${result.data.length > 1 ? 's' : ''}, chacune justifiée par une condition.`,
			errors.length > 0
				? errors.map((finding) => finding.message).join(' ')
				: 'Aucune condition de vos aides ne demande de donnée de l’API Particulier : la demande n’a pas d’objet.',
		);
	}
	const overLimit =
		processing !== undefined &&
		retentionNeedsJustification(processing.retentionMonths) &&
		!processing.retentionJustification?.trim();
	item(
		'traitement',
		'Conservation, destinataires et information des usagers',
		'traitement',
		Boolean(processing) && !overLimit,
		'La durée de conservation, les destinataires, les agents habilités et l’information des usagers sont renseignés.',
		overLimit
			? RETENTION_JUSTIFICATION_MESSAGE
			: 'Indiquez la durée de conservation, les destinataires, les agents habilités et la manière d’informer les usagers.',
	);
	if (ccas) {
		const access = apiAccessOf(dossier);
		items.push({
			id: 'acces-api',
			label: 'Appel de l’API',
			step: 'traitement',
			ready: access !== undefined,
			message:
				access === undefined
					? `Répondez à la question « ${API_ACCESS_QUESTION} ». ${NO_ACCESS_PATH_MESSAGE}`
					: accessDone[access],
			advisory: true,
		});
	}
	const sittingProblems = sitting ? (computed.sitting ?? checkSitting(sitting)).problems : [];
	item(
		'seance',
		'Séance du conseil et délibération',
		'seance',
		Boolean(sitting) && sittingProblems.length === 0,
		'La séance est décrite et respecte le quorum et les règles de vote : la délibération peut être rédigée.',
		sitting
			? sittingProblems.map((problem) => problem.message).join(' ')
			: 'Décrivez la séance du conseil d’administration qui adopte la délibération.',
	);
	item(
		'demande',
		'Informations de la demande DataPass',
		'demande',
		Boolean(request),
		'Le nom du projet, les modalités d’appel, la volumétrie, la date et les trois contacts sont renseignés.',
		'Renseignez le nom du projet, les modalités d’appel, la volumétrie, la date de mise en production et les contacts métier, technique et délégué à la protection des données.',
	);
	if (request) {
		const maire = dpoIsMaire(dossier);
		item(
			'delegue',
			'Délégué à la protection des données',
			'demande',
			!maire,
			'Le délégué à la protection des données n’est pas le maire.',
			DPO_IS_MAIRE_MESSAGE,
		);
	}
	return items;
}

/** The items still missing that stop the pack (an advisory item is shown, but does not stop it). */
export function missingItems(items: readonly ReadinessItem[]): ReadinessItem[] {
	return items.filter((entry) => !entry.ready && !entry.advisory);
}

/** « Libellé : message (étape « Titre ») », one line per missing item. */
export function formatMissing(items: readonly ReadinessItem[]): string[] {
	return missingItems(items).map(
		(entry) => `${entry.label} : ${entry.message} (${atStep(entry.step)})`,
	);
}
