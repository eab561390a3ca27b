/** The board sitting that adopts the deliberation (a section of the Dossier). */
import { z } from './zod-fr';
import { isoDate } from './common';
import { civility, plain } from './dossier-fields';

/** How a member took part in the sitting (board-meeting software's attendance states). */
export const attendances = ['présent', 'représenté', 'absent'] as const;

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
	proxyTo: plain(120, 'Le nom du mandataire').optional(),
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
		for: z.number().int().min(0, { message: 'Nombre de voix invalide.' }).max(200),
		/** Votes against. */
		against: z.number().int().min(0, { message: 'Nombre de voix invalide.' }).max(200),
		/** Abstentions (not votes cast). */
		abstentions: z.number().int().min(0, { message: 'Nombre invalide.' }).max(200),
		/** Members present or represented who did not take part in the vote. */
		notVoting: z.number().int().min(0, { message: 'Nombre invalide.' }).max(200).default(0),
		/** On a tie, how the president voted (casting vote, R123-18). */
		presidentVote: z.enum(['pour', 'contre']).optional(),
	}),
]);

/** The sitting. */
export const sitting = z.object({
	/** Date of the sitting. */
	date: isoDate,
	/** Hour of the sitting, HH:MM. */
	time: z
		.string()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Heure invalide : format HH:MM (ex. 18:00).' }),
	/** Place (e.g. « salle du conseil de la mairie »). */
	place: plain(200, 'Le lieu'),
	/** Date the notice with the agenda was sent. */
	noticeDate: isoDate,
	/** Second sitting after a first one without quorum: no quorum needed (R123-17). */
	secondNotice: z.boolean().default(false),
	/** Number of members in office, as the minutes state it (checked against the list). */
	inOffice: z
		.number({ message: 'Indiquez le nombre de membres en exercice.' })
		.int()
		.min(3, { message: 'Au moins 3 membres en exercice.' })
		.max(40, { message: '40 membres au plus.' }),
	/** Members in office, with their attendance. */
	members: z
		.array(member)
		.min(3, { message: 'Indiquez au moins les membres en exercice (3 au minimum).' })
		.max(40, { message: '40 membres au plus.' }),
	/** Name of the president of the sitting (a present member). */
	presidentOfSitting: plain(120, 'Le président de séance'),
	/** Role of the president of the sitting as written under the signature. */
	presidentRole: plain(120, 'La qualité du président de séance').default(
		'Président du conseil d’administration',
	),
	/** Name of the secretary of the sitting. */
	secretary: plain(120, 'Le secrétaire de séance'),
	/** Result of the vote. */
	vote,
	/** Number of the deliberation (e.g. 2026-14). */
	number: z
		.string()
		.trim()
		.regex(/^[0-9A-Za-z][0-9A-Za-z_\-/]{0,19}$/, {
			message:
				'Numéro invalide : chiffres, lettres, « - », « / » ou « _ », 20 caractères au plus (ex. 2026-14).',
		}),
	/** ACTES classification (8.2 « Aide sociale »). */
	actesCode: z
		.string()
		.regex(/^\d\.\d{1,2}$/, { message: 'Code de nomenclature ACTES invalide (ex. 8.2).' })
		.default('8.2'),
	/** Write the date and hour in words (tradition) or in figures. */
	dateStyle: z.enum(['lettres', 'chiffres']).default('lettres'),
});

/** A validated sitting. */
export type Sitting = z.infer<typeof sitting>;
/** One member. */
export type Member = z.infer<typeof member>;
