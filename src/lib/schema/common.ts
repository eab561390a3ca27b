/** Small schemas shared by every collection and by the Dossier. */
import { z } from './zod-fr';
import { isValidSiret } from '../siret';
import { fieldError } from './field-messages';

/** `slug` for a field named `label` in its messages (« L’identifiant de l’aide »). */
export const slugField = (label = 'Identifiant') =>
	z.string({ error: fieldError(label) }).check(
		z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
			message: `${label} invalide : lettres minuscules, chiffres et tirets uniquement (ex. « quotient-familial »).`,
		}),
	);

/** A stable identifier: lower-case letters, digits and dashes, as used in file names and URLs. */
export const slug = slugField();

/** An https address (plain `z.url()` also accepts `javascript:`, which must never reach a link). */
export const httpsUrl = z.url({
	protocol: /^https$/,
	hostname: z.regexes.domain,
	message: 'Adresse invalide : une adresse web commençant par https:// est attendue.',
});

/** `isoDate` for a field named `label` in its messages (« La date de la séance »). */
export const dateField = (label = 'Date') =>
	z.pipe(
		z.transform((value: unknown) =>
			value instanceof Date && !Number.isNaN(value.getTime())
				? value.toISOString().slice(0, 10)
				: value,
		),
		z.iso.date({ message: `${label} invalide : format attendu AAAA-MM-JJ (ex. 2026-11-23).` }),
	);

/** A calendar date written YYYY-MM-DD (YAML parses such dates to Date objects: both are accepted). */
export const isoDate = dateField();

/** A SIRET: 14 digits whose Luhn checksum holds (La Poste's 356000000 SIREN has its own rule). */
export const siret = z.string({ error: fieldError('Le SIRET') }).check(
	z.trim(),
	z.regex(/^\d{14}$/, { message: 'SIRET invalide : 14 chiffres sans espace sont attendus.' }),
	z.refine(isValidSiret, {
		message:
			'SIRET invalide : la clé de contrôle (algorithme de Luhn) ne correspond pas. Vérifiez les chiffres sur l’avis de situation Insee.',
	}),
);

/** Where a fact comes from and when it was last checked. */
export const checked = z.object({
	/** Date the fact was last checked against its source. */
	date: isoDate,
	/** Human-readable source name (e.g. « LEGI via SocialGouv/legi-data »). */
	source: z.string().check(z.minLength(3)),
	/** Address of the source, when it has one. */
	url: z.optional(httpsUrl),
});

/** Text a person reads: trimmed, not empty, and of a sane length. */
export const text = (max = 2000) =>
	z.string().check(
		// One form for every accented letter, so that comparisons and searches agree.
		z.overwrite((value) => value.normalize('NFC')),
		z.trim(),
		z.minLength(1, { message: 'Ce champ est obligatoire.' }),
		z.maxLength(max, { message: `Texte trop long : ${max} caractères au plus.` }),
	);
