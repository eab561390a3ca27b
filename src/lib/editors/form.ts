/**
 * The editor submission form's logic: form values in, either French messages by field or the entry
 * file and the email out. The custom element only reads the form and shows the result.
 */
import { editorSubmission } from '../schema/editor-submission';
import { editor } from '../schema/catalogue';
import { fieldProblems, formatPath } from '../zod-issues';
import { entryFromSubmission, entryId, entryYaml, isoDateInFrance } from './entry';
import { mailtoHref, submissionMail } from './mail';
import { newFileHref, type OperatorSettings } from '../site/operator';

/** Names of the form's fields, in the order they appear (errors are listed in this order). */
export const submissionFields = [
	'name',
	'siret',
	'solution',
	'website',
	'useCases',
	'apis',
	'connectedSince',
	'note',
	'evidence.kind',
	'evidence.formId',
	'evidence.scopes',
	'evidence.reference',
	'contact.name',
	'contact.email',
	'consent',
] as const;
/** One field of the form. */
export type SubmissionField = (typeof submissionFields)[number];

/** A message for one field. */
export interface FieldError {
	/** The field, as named in the form. */
	field: SubmissionField;
	/** What is wrong, in French. */
	message: string;
}

/** The outcome of a submission: the files to send, or the errors to show. */
export type SubmissionResult =
	| {
			ok: true;
			/** Entry id, also the file name without extension. */
			id: string;
			/** File name to download. */
			fileName: string;
			/** The entry file. */
			yaml: string;
			/** mailto: link to the contact address with the entry in the body, when one is configured. */
			mailto: string | undefined;
			/** The forge's prefilled « new file » page, when the repository's forge accepts one. */
			newFile: string | undefined;
	  }
	| { ok: false; errors: FieldError[] };

// Spaces people type inside a SIRET (« 351 421 300 00036 »), including no-break ones.
const SIRET_SPACES = /[\s\u00a0\u202f]/g;

/** Turns form entries (name, value) into the object the schema reads; files and unknown names are ignored. */
export function submissionFromForm(entries: Iterable<[string, unknown]>): Record<string, unknown> {
	const values = new Map<string, string[]>();
	for (const [name, value] of entries) {
		if (typeof value !== 'string') continue;
		values.set(name, [...(values.get(name) ?? []), value]);
	}
	const one = (name: string) => values.get(name)?.[0] ?? '';
	const many = (name: string) => values.get(name) ?? [];
	const optional = (name: string) => (one(name).trim() === '' ? undefined : one(name));
	const kind = one('evidence.kind');
	return {
		name: one('name'),
		siret: one('siret').replace(SIRET_SPACES, ''),
		solution: one('solution'),
		website: one('website').trim(),
		useCases: many('useCases'),
		apis: many('apis'),
		connectedSince: optional('connectedSince'),
		note: optional('note'),
		evidence:
			kind === 'formulaire-datapass'
				? { kind, formId: one('evidence.formId'), scopes: many('evidence.scopes') }
				: kind === 'habilitation'
					? { kind, reference: one('evidence.reference') }
					: { kind },
		contact: { name: one('contact.name'), email: one('contact.email') },
		consent: values.has('consent'),
	};
}

/** The form field a schema path belongs to (`evidence.scopes[2]` → `evidence.scopes`). */
export function fieldOf(path: string): SubmissionField {
	const field = path.replace(/\[\d+\]/g, '');
	if (field === 'evidence') return 'evidence.kind';
	if (field.startsWith('contact') && !field.includes('.')) return 'contact.name';
	return (submissionFields as readonly string[]).includes(field)
		? (field as SubmissionField)
		: 'name';
}

/** One message per field (the first zod reports), in the order of the form. */
export function fieldErrors(problems: readonly { path: string; message: string }[]): FieldError[] {
	const byField = new Map<SubmissionField, string>();
	for (const problem of problems) {
		const field = fieldOf(problem.path);
		if (!byField.has(field)) byField.set(field, problem.message);
	}
	return submissionFields.flatMap((field) => {
		const message = byField.get(field);
		return message === undefined ? [] : [{ field, message }];
	});
}

/**
 * Validates the form with the submission schema and, when valid, builds the entry (checked again
 * with the collection's own schema), its YAML file, the email to the operator's contact address
 * and the forge's « new file » link, each only when its setting is configured.
 */
export function prepareSubmission(
	raw: Record<string, unknown>,
	now: Date,
	operator: Pick<OperatorSettings, 'contactEmail' | 'repositoryUrl' | 'repositoryBranch'>,
): SubmissionResult {
	const parsed = editorSubmission.safeParse(raw);
	if (!parsed.success) return { ok: false, errors: fieldErrors(fieldProblems(parsed.error)) };
	const submission = parsed.data;
	const entry = entryFromSubmission(submission, isoDateInFrance(now));
	const checked = editor.safeParse(entry);
	if (!checked.success) {
		return {
			ok: false,
			errors: fieldErrors(
				checked.error.issues.map((issue) => ({
					path: formatPath(issue.path),
					message: issue.message,
				})),
			),
		};
	}
	const id = entryId(submission.name, submission.solution);
	const fileName = `${id}.yaml`;
	const yaml = entryYaml(id, entry);
	return {
		ok: true,
		id,
		fileName,
		yaml,
		mailto: operator.contactEmail
			? mailtoHref(operator.contactEmail, submissionMail(submission, fileName, yaml))
			: undefined,
		newFile: newFileHref(operator, fileName, yaml),
	};
}
