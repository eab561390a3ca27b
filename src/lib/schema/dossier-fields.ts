/**
 * Field schemas shared by the Dossier's sections: text, numbers, yes/no, choices, lists and groups
 * that each carry their French label, so that every message names its field; civility, e-mail,
 * phone, person.
 */
import { z } from './zod-fr';
import { fieldError } from './field-messages';
import { normaliseText, textProblem } from './text-rules';

/** Options of a text field. */
export interface PlainOptions {
	/** A paragraph: line breaks kept (a one-line field refuses them). */
	multiline?: boolean;
	/** A name: characters the PDF cannot draw get the civil-register advice. */
	name?: boolean;
}

/**
 * Plain text typed by a person, normalised once (NFC, trimmed, spaces collapsed) and refused with a
 * message naming the field when it holds markup, invisible or control characters, a line break in
 * a one-line field, a formula start or characters the PDF fonts cannot draw.
 */
export const plain = (max = 300, label = 'Ce champ', options: PlainOptions = {}) =>
	z.string({ error: fieldError(label) }).check(
		z.overwrite((value) => normaliseText(value, options.multiline)),
		z.minLength(1, { message: `${label} est obligatoire.` }),
		z.maxLength(max, { message: `${label} est trop long : ${max} caractères au plus.` }),
		z.refine((value) => !/[<>]/.test(value), {
			message: `${label} ne doit pas contenir les caractères < ou >.`,
		}),
		z.superRefine((value, ctx) => {
			const problem = textProblem(value, { label, ...options });
			if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem, input: value });
		}),
	);

/** A number named by its label; -0 is stored as 0 (it would print « -0 € »). */
export const num = (label: string) =>
	z
		.number({ error: fieldError(label) })
		.check(z.overwrite((value) => (Object.is(value, -0) ? 0 : value)));

/** A yes/no field named by its label. */
export const bool = (label: string) => z.boolean({ error: fieldError(label) });

/** One of `values`, named by its label. */
export const choice = <const T extends readonly [string, ...string[]]>(values: T, label: string) =>
	z.enum(values, { error: fieldError(label) });

/** A list named by its label. */
export const list = <T extends z.core.SomeType>(item: T, label: string) =>
	z.array(item, { error: fieldError(label) });

/** A group of fields named by its label. */
export const group = <T extends z.core.$ZodLooseShape>(shape: T, label: string) =>
	z.object(shape, { error: fieldError(label) });

/** A person's civility, as deliberations write it, `label` naming whose (« La civilité du membre »). */
export const civility = (label = 'La civilité') =>
	z.enum(['Mme', 'M.'], { message: `${label} : choisissez « Mme » ou « M. ».` });

/** An e-mail address, `label` naming whose. */
export const email = (label = 'L’adresse électronique') =>
	z.pipe(
		z.string({ error: fieldError(label) }).check(z.trim()),
		z.email({ message: 'Adresse électronique invalide (ex. prenom.nom@ville.fr).' }),
	);

/** A French phone number: 10 digits, spaces and dots allowed, or +33. */
export const phone = (label = 'Le numéro de téléphone') =>
	z.string({ error: fieldError(label) }).check(
		z.trim(),
		z.regex(/^(?:\+33\s?|0)[1-9](?:[\s.]?\d{2}){4}$/, {
			message: 'Numéro de téléphone invalide : 10 chiffres (ex. 01 23 45 67 89).',
		}),
	);

/** A named person with civility (president, director): `who` completes the labels (« du président »). */
export const person = (who: string) =>
	group(
		{
			/** Mme or M. */
			civility: civility(`La civilité ${who}`),
			/** First name(s) and name, as they appear on acts (Latin letters the PDF can draw). */
			name: plain(120, `Le nom ${who}`, { name: true }),
		},
		`L’identité ${who}`,
	);
