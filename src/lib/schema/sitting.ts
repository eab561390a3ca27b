/** The board sitting that adopts the deliberation (a section of the Dossier). */
import { z } from './zod-fr';
import { isoDate } from './common';
import { civility, plain } from './dossier-fields';

/** A count of votes or members: a whole number from 0 to 200. */
const count = (message: string) =>
	z.number().check(z.int(), z.minimum(0, { message }), z.maximum(200));

/** How a member took part in the sitting (board-meeting software's attendance states). */
export const attendances = ['présent', 'représenté', 'absent'] as const;

/** Roles of a board member, as the minutes name them (optional: the deliberation does not need it yet). */
export const memberRoles = [
	'président',
	'vice-président',
	'vice-président délégué',
	'élu',
	'nommé',
] as const;

/** A member of the board in office. */
export const member = z.object({
	/** Mme or M. */
	civility,
	/** Name as written in the minutes (any Unicode letter). */
	name: plain(120, 'Le nom du membre'),
	/** Present, represented by a proxy, or absent. */
	attendance: z.enum(attendances, {
		message: 'Indiquez si le membre est présent, représenté ou absent.',
	}),
	/** For a represented member: the name of the administrator holding the proxy. */
	proxyTo: z.optional(plain(120, 'Le nom du mandataire')),
	/** Role on the board: president, vice-president, elected or appointed member. */
	role: z.optional(z.enum(memberRoles, { message: 'Choisissez le rôle du membre dans la liste.' })),
});

/** The vote: unanimity, or the counts of a public ballot. */
export const vote = z.discriminatedUnion('kind', [
	z.object({
		/** Every voter voted for. */
		kind: z.literal('unanimité'),
	}),
	z.object({
		/** Counts of a ballot. */
		kind: z.literal('scrutin'),
		/** Votes for. */
		for: count('Nombre de voix invalide.'),
		/** Votes against. */
		against: count('Nombre de voix invalide.'),
		/** Abstentions (not votes cast). */
		abstentions: count('Nombre invalide.'),
		/** Members present or represented who did not take part in the vote. */
		notVoting: z._default(count('Nombre invalide.'), 0),
		/** On a tie, how the president voted (casting vote, R123-18). */
		presidentVote: z.optional(z.enum(['pour', 'contre'])),
	}),
]);

/** The sitting. */
export const sitting = z.object({
	/** Date of the sitting. */
	date: isoDate,
	/** Hour of the sitting, HH:MM. */
	time: z.string().check(
		z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
			message: 'Heure invalide : format HH:MM (ex. 18:00).',
		}),
	),
	/** Place (e.g. « salle du conseil de la mairie »). */
	place: plain(200, 'Le lieu'),
	/** Date the notice with the agenda was sent. */
	noticeDate: isoDate,
	/** Second sitting after a first one without quorum: no quorum needed (R123-17). */
	secondNotice: z._default(z.boolean(), false),
	/** Number of members in office, as the minutes state it (checked against the list). */
	inOffice: z
		.number({ message: 'Indiquez le nombre de membres en exercice.' })
		.check(
			z.int(),
			z.minimum(3, { message: 'Au moins 3 membres en exercice.' }),
			z.maximum(40, { message: '40 membres au plus.' }),
		),
	/** Members in office, with their attendance. */
	members: z
		.array(member)
		.check(
			z.minLength(3, { message: 'Indiquez au moins les membres en exercice (3 au minimum).' }),
			z.maxLength(40, { message: '40 membres au plus.' }),
		),
	/** Name of the president of the sitting (a present member). */
	presidentOfSitting: plain(120, 'Le président de séance'),
	/** Role of the president of the sitting as written under the signature. */
	presidentRole: z._default(
		plain(120, 'La qualité du président de séance'),
		'Président du conseil d’administration',
	),
	/** Name of the secretary of the sitting. */
	secretary: plain(120, 'Le secrétaire de séance'),
	/** Result of the vote. */
	vote,
	/** Number of the deliberation (e.g. 2026-14). */
	number: z.string().check(
		z.trim(),
		z.regex(/^[0-9A-Za-z][0-9A-Za-z_\-/]{0,19}$/, {
			message:
				'Numéro invalide : chiffres, lettres, « - », « / » ou « _ », 20 caractères au plus (ex. 2026-14).',
		}),
	),
	/** ACTES classification (8.2 « Aide sociale »). */
	actesCode: z._default(
		z
			.string()
			.check(
				z.regex(/^\d\.\d{1,2}$/, { message: 'Code de nomenclature ACTES invalide (ex. 8.2).' }),
			),
		'8.2',
	),
	/** Write the date and hour in words (tradition) or in figures. */
	dateStyle: z._default(z.enum(['lettres', 'chiffres']), 'lettres'),
});

/** A validated sitting. */
export type Sitting = z.infer<typeof sitting>;
/** One member. */
export type Member = z.infer<typeof member>;
