/** Field schemas shared by the Dossier's sections: plain text, civility, e-mail, phone, person. */
import { z } from './zod-fr';

/** Plain text typed by a person: no markup, no control characters, trimmed, bounded. */
export const plain = (max = 300, label = 'Ce champ') =>
	z.string({ message: `${label} est obligatoire.` }).check(
		z.trim(),
		z.minLength(1, { message: `${label} est obligatoire.` }),
		z.maxLength(max, { message: `${label} est trop long : ${max} caractères au plus.` }),
		z.refine((value) => !/[<>]/.test(value), {
			message: `${label} ne doit pas contenir les caractères < ou >.`,
		}),
		// Control characters are exactly what we reject.
		z.refine((value) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value), {
			message: `${label} contient des caractères de contrôle : retapez le texte.`,
		}),
	);

/** A person's civility, as deliberations write it. */
export const civility = z.enum(['Mme', 'M.'], { message: 'Choisissez « Mme » ou « M. ».' });

/** An e-mail address. */
export const email = z.pipe(
	z.string({ message: 'L’adresse électronique est obligatoire.' }).check(z.trim()),
	z.email({ message: 'Adresse électronique invalide (ex. prenom.nom@ville.fr).' }),
);

/** A French phone number: 10 digits, spaces and dots allowed, or +33. */
export const phone = z.string().check(
	z.trim(),
	z.regex(/^(?:\+33\s?|0)[1-9](?:[\s.]?\d{2}){4}$/, {
		message: 'Numéro de téléphone invalide : 10 chiffres (ex. 01 23 45 67 89).',
	}),
);

/** A named person with civility (president, director). */
export const person = z.object({
	/** Mme or M. */
	civility,
	/** First name(s) and name, as they appear on acts (any Unicode letter). */
	name: plain(120, 'Le nom'),
});
