/**
 * The editor submission form's schema: the fields of an editor entry (shared with content/editors),
 * stricter on text typed by a stranger, plus what the maintainers need to review it (contact,
 * evidence of connection, consent to publication). Contact and consent never reach the entry file.
 */
import { z } from './zod-fr';
import { editorFields } from './catalogue';
import { httpsUrl, siret, text } from './common';

// Markup delimiters: text is never rendered as HTML, but refusing them keeps entries plain.
const MARKUP = /[<>]/;
// C0 and C1 controls (tab and newlines are checked separately), bidirectional overrides and isolates,
// line and paragraph separators, byte-order mark: invisible characters that can disguise text.
const INVISIBLE =
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/;
const LINE_BREAK = /[\r\n\t]/;

/** Text typed in the form: trimmed, bounded, no markup and no invisible control characters. */
export const safeText = (max: number) =>
	text(max).check(
		z.refine((value) => !MARKUP.test(value), {
			message:
				'Les caractères « < » et « > » ne sont pas acceptés : saisissez du texte sans balise.',
		}),
		z.refine((value) => !INVISIBLE.test(value), {
			message:
				'Ce texte contient des caractères de contrôle invisibles : saisissez-le de nouveau au clavier.',
		}),
	);

/** A single line of typed text: `safeText` without tabs or line breaks. */
export const safeLine = (max: number) =>
	safeText(max).check(
		z.refine((value) => !LINE_BREAK.test(value), {
			message: 'Ce champ tient sur une ligne : retirez les retours à la ligne et les tabulations.',
		}),
	);

/** A string that must not be empty once trimmed (checked before its format). */
const required = () =>
	z.string().check(z.trim(), z.minLength(1, { message: 'Ce champ est obligatoire.' }));

/** A DataPass scope name (e.g. cnaf_quotient_familial). */
const scopeName = z.string().check(
	z.regex(/^[a-z][A-Za-z0-9_]*$/, {
		message: 'Nom de périmètre invalide (ex. cnaf_quotient_familial).',
	}),
);

/** Who the maintainers may write to about the submission (sent by email, never published). */
export const submissionContact = z.object({
	/** Name of the person submitting. */
	name: safeLine(120),
	/** Their work email. */
	email: z.pipe(
		required(),
		z.email({ message: 'Adresse électronique invalide (ex. prenom.nom@editeur.fr).' }),
	),
});

/** Evidence that the solution is connected: its DataPass prefilled form, or a DataPass habilitation. */
export const connectionEvidence = z.discriminatedUnion(
	'kind',
	[
		z.object({
			/** The editor offers a prefilled DataPass form. */
			kind: z.literal('formulaire-datapass'),
			/** Its id (e.g. api-particulier-ccas-arpege). */
			formId: z.string().check(
				z.trim(),
				z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
					message:
						'Identifiant de formulaire DataPass invalide : lettres minuscules, chiffres et tirets (ex. api-particulier-ccas-arpege).',
				}),
			),
			/** The scopes the form fixes. */
			scopes: z
				.array(scopeName)
				.check(z.minLength(1, { message: 'Cochez au moins un périmètre fixé par le formulaire.' })),
		}),
		z.object({
			/** A client's request was granted (habilitation) with the solution as technical team. */
			kind: z.literal('habilitation'),
			/** The DataPass habilitation or request number. */
			reference: z.string().check(
				z.trim(),
				z.regex(/^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,39}$/, {
					message:
						'Référence invalide : le numéro de la demande ou de l’habilitation DataPass (40 caractères au plus, lettres, chiffres, tirets).',
				}),
			),
		}),
	],
	{ error: 'Choisissez la preuve de connexion : formulaire DataPass ou habilitation.' },
);

/** What the submission form sends: editor fields, contact, evidence, consent to publication. */
export const editorSubmission = z.extend(
	z.omit(editorFields, { datapassForm: true, status: true }),
	{
		/** Company name. */
		name: safeLine(120),
		/** SIRET (required here: it identifies the company). */
		siret: z.pipe(required(), siret),
		/** Name of the software. */
		solution: safeLine(120),
		/** Other names the software has been listed under. */
		formerNames: z._default(z.array(safeLine(120)), []),
		/** Public website (required here: the maintainers check it). */
		website: httpsUrl,
		/** A sentence of context, when useful. */
		note: z.optional(safeText(600)),
		/** The person the maintainers may write to. */
		contact: submissionContact,
		/** Evidence of connection to the API. */
		evidence: connectionEvidence,
		/** Consent to publish the entry (name, solution, SIRET, website, use cases, APIs). */
		consent: z.literal(true, {
			error: 'Cochez la case pour accepter la publication de ces informations.',
		}),
	},
);

/** A valid submission. */
export type EditorSubmission = z.infer<typeof editorSubmission>;
/** What the form holds before validation. */
export type EditorSubmissionInput = z.input<typeof editorSubmission>;
