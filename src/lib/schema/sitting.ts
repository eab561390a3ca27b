/** The board sitting that adopts the deliberation (a section of the Dossier). */
import { z } from './zod-fr';
import { dateField } from './common';
import { bool, choice, civility, group, list, num, plain } from './dossier-fields';
import { fieldError } from './field-messages';

/** A count of votes or members: a whole number from 0 to 200. */
const count = (label: string, message: string) =>
	num(label).check(z.int(), z.minimum(0, { message }), z.maximum(200));

/** How a member took part in the sitting (board-meeting software's attendance states). */
export const attendances = ['présent', 'représenté', 'absent'] as const;

/**
 * A member's role on the board (CASF L. 123-6 since loi 3DS): the president (the maire), the
 * elected vice-président, the vice-président délégué, the other elected members (élus by the
 * conseil municipal) and the members appointed by the maire (nommés).
 */
export const memberRoles = [
	'président',
	'vice-président',
	'vice-président délégué',
	'élu',
	'nommé',
] as const;

/** A member of the board in office. */
export const member = group(
	{
		/** Mme or M. */
		civility: civility('La civilité du membre'),
		/** Name as written in the minutes (Latin letters the PDF can draw). */
		name: plain(120, 'Le nom du membre', { name: true }),
		/** Present, represented by a proxy, or absent. */
		attendance: z.enum(attendances, {
			message: 'Indiquez si le membre est présent, représenté ou absent.',
		}),
		/** For a represented member: the name of the administrator holding the proxy. */
		proxyTo: z.optional(plain(120, 'Le nom du mandataire', { name: true })),
		/** Role on the board, when recorded (checks the chair order and the parity). */
		role: z.optional(choice(memberRoles, 'Le rôle du membre au conseil')),
	},
	'Le membre',
);

/** The vote: unanimity, or the counts of a public ballot. */
export const vote = z.discriminatedUnion(
	'kind',
	[
		z.object({
			/** Every voter voted for. */
			kind: z.literal('unanimité'),
		}),
		z.object({
			/** Counts of a ballot. */
			kind: z.literal('scrutin'),
			/** Votes for. */
			for: count('Le nombre de voix pour', 'Nombre de voix invalide.'),
			/** Votes against. */
			against: count('Le nombre de voix contre', 'Nombre de voix invalide.'),
			/** Abstentions (not votes cast). */
			abstentions: count('Le nombre d’abstentions', 'Nombre invalide.'),
			/** Members present or represented who did not take part in the vote. */
			notVoting: z._default(
				count('Le nombre de membres ne prenant pas part au vote', 'Nombre invalide.'),
				0,
			),
			/** On a tie, how the president voted (casting vote, R123-18). */
			presidentVote: z.optional(
				choice(['pour', 'contre'], 'Le vote du président en cas de partage'),
			),
		}),
	],
	{
		// A missing or unknown `kind` is the only way not to match: name the choice it must be.
		error: (issue) =>
			issue.code === 'invalid_union'
				? 'Le mode de vote : choisissez « unanimité » ou « scrutin ».'
				: fieldError('Le vote')(issue),
	},
);

/** The sitting. */
export const sitting = group(
	{
		/** Date of the sitting. */
		date: dateField('La date de la séance'),
		/** Hour of the sitting, HH:MM. */
		time: z.string({ error: fieldError('L’heure de la séance') }).check(
			z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
				message: 'Heure invalide : format HH:MM (ex. 18:00).',
			}),
		),
		/** Place (e.g. « salle du conseil de la mairie »). */
		place: plain(200, 'Le lieu'),
		/** Date the notice with the agenda was sent. */
		noticeDate: dateField('La date de la convocation'),
		/** Second sitting after a first one without quorum: no quorum needed (R123-17). */
		secondNotice: z._default(bool('La seconde convocation'), false),
		/** At a second convocation: the date of the first sitting, where the quorum was not reached. */
		firstSittingDate: z.optional(dateField('La date de la première séance')),
		/** Number of members in office, as the minutes state it (checked against the list). */
		inOffice: num('Le nombre de membres en exercice').check(
			z.int(),
			z.minimum(3, { message: 'Au moins 3 membres en exercice.' }),
			// No legal maximum since décret n° 2023-632: 100 only bounds what the form handles.
			z.maximum(100, { message: 'Le formulaire accepte 100 membres au plus.' }),
		),
		/** Members in office, with their attendance. */
		members: list(member, 'La liste des membres').check(
			z.minLength(3, { message: 'Indiquez au moins les membres en exercice (3 au minimum).' }),
			z.maxLength(100, { message: 'Le formulaire accepte 100 membres au plus.' }),
		),
		/** Name of the president of the sitting (a present member). */
		presidentOfSitting: plain(120, 'Le président de séance', { name: true }),
		/** Role of the president of the sitting as written under the signature. */
		presidentRole: z._default(
			plain(120, 'La qualité du président de séance'),
			'Président du conseil d’administration',
		),
		/** Name of the secretary of the sitting. */
		secretary: plain(120, 'Le secrétaire de séance', { name: true }),
		/** Result of the vote. */
		vote,
		/** Number of the deliberation (e.g. 2026-14). */
		number: z.string({ error: fieldError('Le numéro de la délibération') }).check(
			z.trim(),
			z.regex(/^[0-9A-Za-z][0-9A-Za-z_\-/]{0,19}$/, {
				message:
					'Numéro invalide : chiffres, lettres, « - », « / » ou « _ », 20 caractères au plus (ex. 2026-14).',
			}),
		),
		/** ACTES classification (8.2 « Aide sociale »). */
		actesCode: z._default(
			z
				.string({ error: fieldError('Le code de nomenclature ACTES') })
				.check(
					z.regex(/^\d\.\d{1,2}$/, { message: 'Code de nomenclature ACTES invalide (ex. 8.2).' }),
				),
			'8.2',
		),
		/** Write the date and hour in words (tradition) or in figures. */
		dateStyle: z._default(choice(['lettres', 'chiffres'], 'L’écriture des dates'), 'lettres'),
	},
	'La séance',
);

/** A validated sitting. */
export type Sitting = z.infer<typeof sitting>;
/** One member. */
export type Member = z.infer<typeof member>;
