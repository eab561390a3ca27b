/** The assistant's steps as every message names them: one list, read by the wizard, the checklist and the previews. */

/** The steps, in the order of the assistant. */
export const assistantSteps = [
	{ id: 'ccas', title: 'Votre CCAS' },
	{ id: 'aides', title: 'Vos aides et leurs conditions' },
	{ id: 'donnees', title: 'Données strictement nécessaires' },
	{ id: 'traitement', title: 'Conservation, destinataires, information des usagers' },
	{ id: 'seance', title: 'Séance du conseil' },
	{ id: 'deliberation', title: 'Délibération' },
	{ id: 'demande', title: 'Demande DataPass' },
	{ id: 'dossier', title: 'Votre dossier' },
] as const;

/** Id of an assistant step. */
export type AssistantStepId = (typeof assistantSteps)[number]['id'];

/** French title of a step. */
export function stepTitle(id: AssistantStepId): string {
	return assistantSteps.find((step) => step.id === id)?.title ?? id;
}

/** « (étape « Votre CCAS ») »: where to fix something, for a message. */
export function atStep(id: AssistantStepId): string {
	return `étape « ${stepTitle(id)} »`;
}

/** The Dossier section each step fills (the step a problem on that path sends the user back to). */
export const stepOfSection: Readonly<Record<string, AssistantStepId>> = {
	ccas: 'ccas',
	aids: 'aides',
	extraData: 'donnees',
	processing: 'traitement',
	dataProtection: 'traitement',
	sitting: 'seance',
	request: 'demande',
};
