/**
 * French messages that name their field, for the issues a schema raises without a message of its
 * own: a value of the wrong type, a choice outside the list, a number or a list out of bounds.
 * Zod's generic text (« Entrée invalide ») never reaches a user of the Dossier.
 */
import type { z } from './zod-fr';

type Issue = z.core.$ZodRawIssue;

/** « « a », « b » ou « c » », for a list of choices. */
export function frenchChoices(values: readonly unknown[]): string {
	const quoted = values.map((value) => `« ${String(value)} »`);
	return quoted.length > 1
		? `${quoted.slice(0, -1).join(', ')} ou ${quoted.at(-1) ?? ''}`
		: (quoted[0] ?? '');
}

const expectedNames: Record<string, string> = {
	string: 'un texte',
	number: 'un nombre',
	int: 'un nombre entier',
	boolean: 'oui ou non (true ou false)',
	array: 'une liste',
	object: 'un groupe de champs (un objet JSON)',
};

const plural = (label: string): boolean => /^(?:Les|Des) /.test(label);

/** « est obligatoire », or « sont obligatoires » after a plural label (« Les aides »). */
function required(label: string): string {
	return plural(label) ? `${label} sont obligatoires.` : `${label} est obligatoire.`;
}

function bound(issue: Issue, label: string): string | undefined {
	if (issue.code !== 'too_small' && issue.code !== 'too_big') return undefined;
	const small = issue.code === 'too_small';
	const limit = Number(small ? issue.minimum : issue.maximum);
	const strict = issue.inclusive === false;
	switch (issue.origin) {
		case 'array':
			return small
				? `${label} : ${limit === 1 ? 'au moins un élément est attendu' : `au moins ${limit} éléments sont attendus`}.`
				: `${label} : ${limit} éléments au plus.`;
		case 'string':
			return small ? required(label) : `${label} : ${limit} caractères au plus.`;
		default:
			if (small)
				return `${label} doit être ${strict ? 'supérieur à' : 'au moins égal à'} ${limit}.`;
			return `${label} doit être ${strict ? 'inférieur à' : 'au plus égal à'} ${limit}.`;
	}
}

/** The message of `issue` for the field `label` (« Le seuil »), or undefined to keep zod's. */
export function fieldMessage(issue: Issue, label: string): string | undefined {
	switch (issue.code) {
		case 'invalid_type': {
			if (issue.input === undefined || issue.input === null) return required(label);
			const expected = expectedNames[issue.expected] ?? 'une autre valeur';
			return `${label} ${plural(label) ? 'doivent' : 'doit'} être ${expected}.`;
		}
		case 'invalid_value':
			return issue.values.length === 1
				? `${label} : ${frenchChoices(issue.values)} est attendu.`
				: `${label} : choisissez ${frenchChoices(issue.values)}.`;
		case 'invalid_union':
			return `${label} : cette forme n’est pas reconnue.`;
		case 'too_small':
		case 'too_big':
			return bound(issue, label);
		case 'invalid_format':
			return `${label} : ce format n’est pas reconnu.`;
		case 'not_multiple_of':
			return `${label} : un multiple de ${String(issue.divisor)} est attendu.`;
		default:
			return `${label} : cette valeur n’est pas acceptée.`;
	}
}

/** An error map for a schema: each of its issues without a message gets one naming `label`. */
export const fieldError =
	(label: string) =>
	(issue: Issue): string | undefined =>
		fieldMessage(issue, label);
