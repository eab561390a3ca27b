/**
 * The recap of the last step and the step links of the indicator: one line per form step saying
 * what it holds, and which steps can be reached from here (those done, and the first one left to do).
 */
import type { Dossier } from '../schema/dossier';
import { writeDate } from './request-step';
import type { WizardStep } from './types';

/** One recap line: the step, and what it holds (undefined when it is still to do). */
export interface RecapLine {
	stepId: string;
	title: string;
	summary: string | undefined;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n > 1 ? many : one}`;

/** What a form step's section says, in one line. */
function summary(stepId: string, dossier: Dossier): string | undefined {
	const { ccas, aids, processing, sitting, request } = dossier;
	switch (stepId) {
		case 'ccas':
			return ccas
				? `${ccas.name} (${ccas.commune}), SIRET ${ccas.siret} ; présidence : ${ccas.president.name} ; direction : ${ccas.director.name} ; DPO : ${ccas.dpo.name}.`
				: undefined;
		case 'aides':
			return aids && aids.length > 0
				? `${plural(aids.length, 'aide')} : ${aids.map((aid) => aid.label).join(', ')}.`
				: undefined;
		case 'traitement':
			return processing
				? `Conservation ${processing.retentionMonths} mois ; ${plural(processing.recipients.length, 'destinataire')} ; ${plural(
						processing.authorisedAgents.reduce((sum, agent) => sum + agent.count, 0),
						'agent habilité',
						'agents habilités',
					)}.`
				: undefined;
		case 'seance': {
			if (!sitting) return undefined;
			const count = (state: string) => sitting.members.filter((m) => m.attendance === state).length;
			return `Séance du ${writeDate(sitting.date)} à ${sitting.time} ; ${plural(sitting.members.length, 'membre')} : ${plural(count('présent'), 'présent')}, ${plural(count('représenté'), 'représenté')}, ${plural(count('absent'), 'absent')}.`;
		}
		case 'demande':
			return request
				? `Projet « ${request.projectName} » ; contact métier : ${request.metier.givenName} ${request.metier.familyName} ; DPO : ${request.dpo.givenName} ${request.dpo.familyName}.`
				: undefined;
		default:
			return undefined;
	}
}

/** The recap of every form step, in order. */
export function recapLines(steps: readonly WizardStep[], dossier: Dossier): RecapLine[] {
	return steps
		.filter((step) => step.kind === 'form')
		.map((step) => ({ stepId: step.id, title: step.title, summary: summary(step.id, dossier) }));
}

/**
 * Steps the indicator links to: a form step is done when the Dossier has its section, a view step
 * when every form step before it is; the first step not done can be reached too.
 */
export function reachableSteps(steps: readonly WizardStep[], dossier: Dossier): boolean[] {
	let open = true;
	return steps.map((step) => {
		if (!open) return false;
		const done = step.kind === 'form' ? step.pick(dossier) !== undefined : true;
		if (!done) open = false;
		return true;
	});
}
