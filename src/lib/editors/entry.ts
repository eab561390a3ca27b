/** Turns a valid editor submission into the entry file of content/editors (schema `editor`). */
import type { EditorSubmission } from '../schema/editor-submission';
import type { z } from '../schema/zod-fr';
import type { editor } from '../schema/catalogue';
import { formatDateFr } from '../french';
import { toYaml, type YamlValue } from './yaml';
import { slugify } from '../slug';

/** An entry as written in content/editors/<id>.yaml (the input shape of the `editor` schema). */
export type EditorEntryInput = z.input<typeof editor>;

/** Re-exported: entry ids are slugs of the editor and solution names. */
export { slugify };

/** The entry id (file name without .yaml): editor then solution, once when they are the same. */
export function entryId(name: string, solution: string): string {
	const editorSlug = slugify(name);
	const solutionSlug = slugify(solution);
	const id =
		solutionSlug === '' || solutionSlug === editorSlug || editorSlug.endsWith(`-${solutionSlug}`)
			? editorSlug
			: `${editorSlug}-${solutionSlug}`;
	return id.slice(0, 80).replace(/-+$/, '') || 'editeur';
}

/** Today's date in France as YYYY-MM-DD. */
export function isoDateInFrance(now: Date): string {
	return new Intl.DateTimeFormat('fr-CA', { timeZone: 'Europe/Paris' }).format(now);
}

/** How the evidence reads in the entry's source and in the email. */
export function evidenceLabel(evidence: EditorSubmission['evidence']): string {
	return evidence.kind === 'formulaire-datapass'
		? `formulaire prérempli DataPass ${evidence.formId}`
		: `habilitation DataPass n° ${evidence.reference}`;
}

/**
 * The entry for content/editors: the published fields only (contact and consent stay out), status
 * « actif », the DataPass form when that is the evidence, and a source dated the day of submission.
 */
export function entryFromSubmission(submission: EditorSubmission, today: string): EditorEntryInput {
	const { evidence } = submission;
	return {
		name: submission.name,
		siret: submission.siret,
		solution: submission.solution,
		...(submission.formerNames.length > 0 ? { formerNames: submission.formerNames } : {}),
		useCases: submission.useCases,
		apis: submission.apis,
		...(evidence.kind === 'formulaire-datapass'
			? { datapassForm: { id: evidence.formId, scopes: evidence.scopes } }
			: {}),
		website: submission.website,
		status: 'actif',
		...(submission.note ? { note: submission.note } : {}),
		...(submission.connectedSince ? { connectedSince: submission.connectedSince } : {}),
		sources: [
			{
				label: `Proposition de l’éditeur reçue le ${formatDateFr(today)} par le formulaire du site\u202f; preuve de connexion\u202f: ${evidenceLabel(evidence)}`,
			},
		],
		checkedOn: today,
	};
}

/** The entry as YAML, with a comment line naming the file. */
export function entryYaml(id: string, entry: EditorEntryInput): string {
	return `# content/editors/${id}.yaml\n${toYaml(entry as unknown as YamlValue)}`;
}
