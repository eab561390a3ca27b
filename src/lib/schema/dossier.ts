/**
 * The Dossier: everything a CCAS enters, in one versioned schema shared by the wizard, the saved
 * draft, the JSON export/import, the CLI and the documents. Sections are optional at the top level
 * (a dossier fills up step by step), but a section that is present is always complete and valid.
 */
import { z } from './zod-fr';
import { dateField, siret, slugField } from './common';
import { bool, choice, email, group, list, num, person, phone, plain } from './dossier-fields';
import { fieldError } from './field-messages';
import { dataProtection } from './dpo';
import { sitting } from './sitting';
import {
	DPO_IS_MAIRE_MESSAGE,
	FRANCE_CONNECT_MOBILE_MESSAGE,
	RETENTION_JUSTIFICATION_MESSAGE,
	dpoIsMaire,
	franceConnectNeedsMobile,
	retentionNeedsJustification,
} from '../rules/datapass';

export { civility, email, person, phone, plain } from './dossier-fields';

/** Current version of the Dossier format; bump it and add a migration when a change is not additive. */
export const DOSSIER_SCHEMA_VERSION = 2;

/** Population bands: the deliberation rules change at 3 500 inhabitants (R123-16, L2131-1). */
export const populationBands = [
	'moins-de-3500',
	'3500-a-9999',
	'10000-a-49999',
	'50000-et-plus',
] as const;

/** The CCAS itself (step 1). */
export const ccas = group(
	{
		/** Name of the establishment (e.g. « CCAS de Villebourg »). */
		name: plain(150, 'Le nom du CCAS', { name: true }),
		/** Commune it serves. */
		commune: plain(100, 'La commune', { name: true }),
		/** SIRET of the CCAS (14 digits, Luhn). */
		siret,
		/** Postal address. */
		address: group(
			{
				/** Street and number. */
				street: plain(200, 'L’adresse'),
				/** Five-digit postcode. */
				postcode: z
					.string({ error: fieldError('Le code postal') })
					.check(z.trim(), z.regex(/^\d{5}$/, { message: 'Code postal invalide : 5 chiffres.' })),
				/** City. */
				city: plain(100, 'La ville', { name: true }),
			},
			'L’adresse du CCAS',
		),
		/** Number of inhabitants of the commune, as a band. */
		population: z.enum(populationBands, { message: 'Choisissez la tranche de population.' }),
		/** INSEE code of the commune (COG), when it was chosen from the official list. */
		inseeCode: z.optional(
			z.string({ error: fieldError('Le code INSEE de la commune') }).check(
				z.regex(/^(\d{5}|2[AB]\d{3})$/, {
					message: 'Code INSEE invalide : 5 caractères (ex. 92022).',
				}),
			),
		),
		/** Code of the département of the commune (COG), when chosen from the official list. */
		departement: z.optional(
			z.string({ error: fieldError('Le code du département') }).check(
				z.regex(/^(\d{2,3}|2[AB])$/, {
					message: 'Code de département invalide (ex. 92, 2A, 974).',
				}),
			),
		),
		/** Inhabitants of the commune as the official list gives them (the band is derived from it). */
		inhabitants: z.optional(
			num('Le nombre d’habitants').check(z.int(), z.minimum(0), z.maximum(5_000_000)),
		),
		/** President of the board (the maire). */
		president: person('du président'),
		/** Director of the CCAS (secretary of the board, R123-23). */
		director: person('du directeur'),
		/** Data protection officer. */
		dpo: group(
			{
				/** Name of the DPO (a person or a shared service). */
				name: plain(120, 'Le nom du délégué', { name: true }),
				/** Contact address. */
				email: email('L’adresse électronique du délégué'),
				/** Organisation when the DPO is shared (centre de gestion, intercommunalité). */
				organisation: z.optional(plain(150, 'L’organisme du délégué', { name: true })),
			},
			'Le délégué à la protection des données',
		),
		/**
		 * True when the CCAS runs a social or medico-social service listed by CASF L. 312-1 (a home
		 * help service, a residence…): only then does the deliberation cite that article.
		 */
		managesSocialServices: z._default(
			bool('La gestion d’établissements ou de services sociaux'),
			false,
		),
		/**
		 * The act that fixed the aids' conditions (règlement des aides or deliberation), cited in the
		 * visas; absent when there is none, and the deliberation then adopts the conditions itself.
		 */
		aidRules: z.optional(
			group(
				{
					/** A règlement des aides, or a deliberation of the board. */
					kind: choice(['règlement', 'délibération'], 'Le type d’acte qui fixe les conditions'),
					/** Its number, when it has one (e.g. 2024-07). */
					number: z.optional(plain(40, 'Le numéro de l’acte')),
					/** Date it was adopted. */
					date: dateField('La date de l’acte qui fixe les conditions'),
				},
				'L’acte qui fixe les conditions des aides',
			),
		),
		/** Social-action software, when the CCAS uses one: an id of content/editors, or a free name. */
		software: z.optional(
			group(
				{
					/** Id of the editor entry in content/editors, when listed. */
					editorId: z.optional(slugField('L’identifiant du logiciel')),
					/** Name of the software when it is not listed. */
					other: z.optional(plain(120, 'Le nom du logiciel', { name: true })),
				},
				'Le logiciel',
			).check(
				z.refine((s) => Boolean(s.editorId) !== Boolean(s.other), {
					message: 'Choisissez un logiciel de la liste ou saisissez son nom, pas les deux.',
				}),
			),
		),
	},
	'Le CCAS',
);

/**
 * Who decides on a facultative aid. « travailleur-social » stays readable so that older dossiers
 * get a clear message, but is refused: a social worker instructs and proposes, never decides
 * (CASF R. 123-21 lets the board delegate only to its president or vice-présidents).
 */
export const deciders = [
	'conseil',
	'commission-permanente',
	'president',
	'travailleur-social',
] as const;
/** One of the deciders. */
export const decider = z.enum(deciders, { message: 'Choisissez qui décide.' });

/** Who may receive a delegation of the attribution of aids (CASF R. 123-21 1°). */
export const delegates = ['president', 'vice-president', 'vice-president-delegue'] as const;

/** Id of the quotient familial criterion in content/criteria (a QF delegation needs it among the conditions). */
export const QF_CRITERION_ID = 'ressources-quotient-familial';

/** The message that refuses a delegation of power to anyone but the president or a vice-président. */
export const DELEGATION_REFUSED_MESSAGE =
	'Le conseil d’administration ne peut déléguer l’attribution des aides qu’à son président, à son vice-président ou à son vice-président délégué (article R. 123-21 du CASF) : un travailleur social instruit la demande et propose une décision, il ne décide pas.';

/** An amount in euros or a count, from 0 to 1 000 000. */
const bound = (label: string) =>
	num(label).check(
		z.nonnegative({ message: `${label} doit être positif.` }),
		z.maximum(1_000_000, { message: `${label} est trop élevé.` }),
	);

/** A condition of an aid: a catalogue criterion (with its threshold) or a custom condition with its proof. */
export const condition = group(
	{
		/** Id of a content/criteria entry; absent for a custom condition. */
		criterionId: z.optional(slugField('L’identifiant de la condition')),
		/** Label of a custom condition. */
		label: z.optional(plain(200, 'L’intitulé de la condition')),
		/** Proof the family provides for a custom condition (no API covers it). */
		proof: z.optional(plain(400, 'Le justificatif')),
		/** Threshold value, for a criterion that has one (e.g. 456 for a QF ≤ 456 €). */
		threshold: z.optional(bound('Le seuil')),
		/** A range instead of a threshold (an age condition: 18 to 25, 65 or more, 25 at most). */
		range: z.optional(
			group(
				{
					/** Lowest value included. */
					min: z.optional(bound('Le minimum')),
					/** Highest value included. */
					max: z.optional(bound('Le maximum')),
				},
				'La fourchette',
			).check(
				z.refine((r) => r.min !== undefined || r.max !== undefined, {
					message: 'Indiquez un minimum, un maximum ou les deux.',
				}),
				z.refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, {
					message: 'Le minimum doit être inférieur ou égal au maximum.',
				}),
			),
		),
		/** A scale of tranches (a tariff by QF): each tranche up to its `max`, the last one open. */
		scale: z.optional(
			list(
				group(
					{
						/** Upper bound of the tranche, included; absent for the last, open tranche. */
						max: z.optional(bound('La borne de la tranche')),
						/** What the tranche gives (e.g. « tarif A : 1 € le repas »). */
						label: z.optional(plain(120, 'Le libellé de la tranche')),
					},
					'La tranche',
				),
				'Le barème',
			).check(
				z.minLength(2, { message: 'Un barème a au moins deux tranches.' }),
				z.maxLength(12, { message: '12 tranches au plus.' }),
				z.refine(
					(tranches) =>
						tranches.every((tranche, index) => {
							const next = tranches[index + 1];
							if (!next) return true;
							return (
								tranche.max !== undefined && (next.max === undefined || next.max > tranche.max)
							);
						}),
					{
						message:
							'Les tranches vont en croissant : chaque borne est plus haute que la précédente, seule la dernière est ouverte.',
					},
				),
			),
		),
		/** True for « ne pas … » (e.g. an aid for people without the C2S). */
		negated: z.optional(bool('La négation de la condition')),
		/**
		 * Conditions sharing a group number are alternatives (« ou »: at least one of them); the
		 * conditions without a group, and the groups, are all required (« et »).
		 */
		group: z.optional(
			num('Le groupe « ou »').check(
				z.int(),
				z.minimum(1),
				z.maximum(10, { message: '10 groupes au plus.' }),
			),
		),
	},
	'La condition',
).check(
	z.superRefine((value, ctx) => {
		if (value.threshold !== undefined && (value.range || value.scale)) {
			ctx.addIssue({
				code: 'custom',
				path: ['threshold'],
				message: 'Choisissez un seuil, une fourchette ou un barème, pas plusieurs.',
			});
		}
		if (value.range && value.scale) {
			ctx.addIssue({
				code: 'custom',
				path: ['scale'],
				message: 'Choisissez une fourchette ou un barème, pas les deux.',
			});
		}
		if (value.criterionId && (value.label || value.proof)) {
			ctx.addIssue({
				code: 'custom',
				path: ['label'],
				message: 'Une condition du catalogue n’a pas d’intitulé libre.',
			});
		}
		if (!value.criterionId && !value.label) {
			ctx.addIssue({
				code: 'custom',
				path: ['label'],
				message: 'Donnez l’intitulé de la condition.',
			});
		}
		if (!value.criterionId && !value.proof) {
			ctx.addIssue({
				code: 'custom',
				path: ['proof'],
				message: 'Indiquez le justificatif demandé à la famille.',
			});
		}
	}),
);

/** An aid the CCAS delivers (step 2). */
export const dossierAid = group(
	{
		/** Id of a content/aids entry, or a local id (« perso-… ») for the CCAS's own aid. */
		id: slugField('L’identifiant de l’aide'),
		/** True when the aid comes from content/aids. */
		fromCatalogue: bool('L’origine de l’aide (catalogue ou non)'),
		/** Name of the aid. */
		label: plain(160, 'Le nom de l’aide'),
		/** Légale or facultative. */
		nature: z.enum(['légale', 'facultative'], { message: 'Choisissez la nature de l’aide.' }),
		/** Conditions applied (at least one). */
		conditions: list(condition, 'Les conditions de l’aide').check(
			z.minLength(1, { message: 'Choisissez au moins une condition pour cette aide.' }),
			z.maxLength(30),
		),
		/** Who decides a facultative aid in general (a legal aid is decided by another authority). */
		decidedBy: decider,
		/**
		 * For a legal aid: the authority the CCAS forwards the file to, which decides (the
		 * département's president, or the préfet for the aids of the State).
		 */
		authority: z.optional(
			choice(['departement', 'prefet'], 'L’autorité qui décide de l’aide légale'),
		),
		/**
		 * Delegation of the attribution conferred by an article of the deliberation (R. 123-21 1°):
		 * to the president or a vice-président, up to a QF ceiling when one is given.
		 */
		delegation: z.optional(
			group(
				{
					/** Who receives the delegation (president, vice-président, vice-président délégué). */
					to: choice(
						[...delegates, 'conseil', 'commission-permanente', 'travailleur-social'],
						'Le délégataire',
					),
					/** Quotient familial at or below which the delegate decides; above, the board does. */
					qfMax: z.optional(
						num('Le plafond de la délégation').check(
							z.positive({ message: 'Le plafond doit être positif.' }),
							z.maximum(100_000, { message: 'Le plafond est trop élevé.' }),
						),
					),
					/** The director signs the decisions under a delegation of signature (R. 123-23). */
					directorSigns: z._default(bool('La signature du directeur par délégation'), false),
				},
				'La délégation',
			),
		),
	},
	'L’aide',
).check(
	z.superRefine((aid, ctx) => {
		const ids = aid.conditions.map((c) => c.criterionId).filter(Boolean);
		if (new Set(ids).size !== ids.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['conditions'],
				message: 'Une même condition est choisie deux fois.',
			});
		}
		if (aid.nature === 'facultative' && aid.decidedBy === 'travailleur-social')
			ctx.addIssue({ code: 'custom', path: ['decidedBy'], message: DELEGATION_REFUSED_MESSAGE });
		if (aid.nature === 'légale' && aid.delegation)
			ctx.addIssue({
				code: 'custom',
				path: ['delegation'],
				message:
					'Une aide sociale légale n’est pas attribuée par le CCAS : il instruit la demande et transmet le dossier à l’autorité compétente (article R. 123-5 du CASF). Retirez la délégation.',
			});
		const delegation = aid.delegation;
		if (delegation && !(delegates as readonly string[]).includes(delegation.to))
			ctx.addIssue({
				code: 'custom',
				path: ['delegation', 'to'],
				message: DELEGATION_REFUSED_MESSAGE,
			});
		if (
			delegation?.qfMax !== undefined &&
			!aid.conditions.some((c) => c.criterionId === QF_CRITERION_ID)
		)
			ctx.addIssue({
				code: 'custom',
				path: ['delegation', 'qfMax'],
				message:
					'Un plafond de quotient familial pour la délégation suppose que l’aide ait une condition de quotient familial : ajoutez-la ou retirez le plafond.',
			});
		const groups = new Map<number, number>();
		for (const c of aid.conditions)
			if (c.group !== undefined) groups.set(c.group, (groups.get(c.group) ?? 0) + 1);
		for (const [group, size] of groups)
			if (size < 2)
				ctx.addIssue({
					code: 'custom',
					path: ['conditions'],
					message: `Le groupe « ou » n° ${group} ne contient qu’une condition : une alternative en demande au moins deux.`,
				});
	}),
);

/** Retention, recipients and information of users (step 4). */
export const processing = group(
	{
		/** Retention of the data obtained, in months (DataPass field). */
		retentionMonths: num('La durée de conservation').check(
			z.int({ message: 'La durée est un nombre entier de mois.' }),
			z.minimum(1, { message: 'Au moins un mois.' }),
			z.maximum(240, { message: '240 mois au plus.' }),
		),
		/** Justification, required above the DataPass limit (rules/datapass.ts). */
		retentionJustification: z.optional(plain(1000, 'La justification', { multiline: true })),
		/** Roles that receive the data (DataPass « Destinataire des données »). */
		recipients: list(plain(150, 'Le destinataire'), 'Les destinataires').check(
			z.minLength(1, { message: 'Indiquez au moins un destinataire.' }),
			z.maxLength(20),
		),
		/** Agents authorised to query the API: role and number. */
		authorisedAgents: list(
			group(
				{
					/** Job title of the agents. */
					role: plain(150, 'La fonction'),
					/** How many agents hold it. */
					count: num('Le nombre d’agents').check(z.int(), z.minimum(1), z.maximum(500)),
				},
				'La fonction habilitée',
			),
			'Les fonctions habilitées',
		).check(
			z.minLength(1, { message: 'Indiquez au moins une fonction habilitée.' }),
			z.maxLength(20),
		),
		/** How users are informed (GDPR art. 14, CRPA L114-8). */
		information: group(
			{
				/** A poster in the reception area. */
				poster: bool('L’affiche à l’accueil'),
				/** A notice on the application form. */
				form: bool('La mention sur le formulaire'),
				/** A page on the commune's website. */
				website: bool('La page du site de la commune'),
			},
			'L’information des usagers',
		).check(
			z.refine((i) => i.poster || i.form || i.website, {
				message: 'Choisissez au moins un moyen d’informer les usagers.',
			}),
		),
	},
	'La conservation et les destinataires',
).check(
	z.superRefine((p, ctx) => {
		if (retentionNeedsJustification(p.retentionMonths) && !p.retentionJustification) {
			ctx.addIssue({
				code: 'custom',
				path: ['retentionJustification'],
				message: RETENTION_JUSTIFICATION_MESSAGE,
			});
		}
	}),
);

/** A DataPass contact: each field DataPass asks for (nom, prénom, e-mail, téléphone, fonction). */
export const contact = group(
	{
		/** Family name. */
		familyName: plain(80, 'Le nom', { name: true }),
		/** Given name. */
		givenName: plain(80, 'Le prénom', { name: true }),
		/** Professional e-mail address (DataPass checks it can receive mail). */
		email: email(),
		/** Phone number. */
		phone: phone(),
		/** Job title. */
		jobTitle: plain(120, 'La fonction'),
	},
	'Le contact',
);

/** Call modes of API Particulier (DataPass « modalités »). */
export const modalities = ['params', 'formulaire_qf', 'france_connect'] as const;

/** What the DataPass request needs beyond the rest of the Dossier (last steps). */
export const request = group(
	{
		/** Project name (DataPass « Nom du projet », made public). */
		projectName: plain(150, 'Le nom du projet'),
		/** Call modes: identity typed by the agent, national QF form, FranceConnect. */
		modalities: list(choice(modalities, 'La modalité d’appel'), 'Les modalités d’appel').check(
			z.minLength(1, { message: 'Choisissez au moins une modalité d’appel.' }),
		),
		/** Number of requests or files handled in a year (DataPass « Volumétrie approximative »). */
		volumetry: num('La volumétrie (dossiers par an)').check(
			z.int(),
			z.minimum(1, { message: 'Au moins 1 dossier par an.' }),
			z.maximum(10_000_000),
		),
		/** Planned start date (DataPass « Date de mise en production prévue »). */
		plannedDate: dateField('La date de mise en production'),
		/** Business contact (also the former « responsable de traitement »). */
		metier: contact,
		/** Technical contact (the editor or the IT service). */
		technique: contact,
		/** Data protection officer as DataPass asks for it. */
		dpo: contact,
	},
	'La demande DataPass',
).check(
	z.superRefine((r, ctx) => {
		if (franceConnectNeedsMobile(r.modalities, r.technique.phone)) {
			ctx.addIssue({
				code: 'custom',
				path: ['technique', 'phone'],
				message: FRANCE_CONNECT_MOBILE_MESSAGE,
			});
		}
	}),
);

/** The Dossier. */
export const dossier = group(
	{
		/** Format version, for migrations. */
		schemaVersion: z.literal(DOSSIER_SCHEMA_VERSION, {
			message: `Version de dossier non prise en charge : ${DOSSIER_SCHEMA_VERSION} attendue.`,
		}),
		/** The CCAS (step 1). */
		ccas: z.optional(ccas),
		/** Aids and their conditions (step 2). */
		aids: z.optional(
			list(dossierAid, 'Les aides').check(z.maxLength(40, { message: '40 aides au plus.' })),
		),
		/** Data the CCAS asks for beyond what its conditions need (flagged as over-collection). */
		extraData: z._default(
			list(slugField('L’identifiant de la donnée'), 'Les données supplémentaires').check(
				z.maxLength(60),
			),
			[],
		),
		/** Retention, recipients, information (step 4). */
		processing: z.optional(processing),
		/** The board sitting that adopts the deliberation. */
		sitting: z.optional(sitting),
		/** Contacts, modalities, volumetry and date for DataPass. */
		request: z.optional(request),
		/** How the API is called, tax year, fallback rule, tax controller (the DPO's half, optional). */
		dataProtection: z.optional(
			z.extend(dataProtection, {
				/** « Responsable de traitement » contact of the API Impôt particulier request (production). */
				taxController: z.optional(contact),
			}),
		),
		/** Date the dossier was last changed. */
		updatedOn: z.optional(dateField('La date de mise à jour')),
	},
	'Le dossier',
).check(
	z.superRefine((d, ctx) => {
		const ids = (d.aids ?? []).map((a) => a.id);
		if (new Set(ids).size !== ids.length)
			ctx.addIssue({
				code: 'custom',
				path: ['aids'],
				message: 'Une même aide figure deux fois.',
			});
		if (d.ccas && dpoIsMaire({ name: d.ccas.dpo.name }, d.ccas.president.name)) {
			ctx.addIssue({
				code: 'custom',
				path: ['ccas', 'dpo', 'name'],
				message: DPO_IS_MAIRE_MESSAGE,
			});
		}
	}),
);

/** A validated Dossier. */
export type Dossier = z.infer<typeof dossier>;
/** A Dossier as stored (before defaults). */
export type DossierInput = z.input<typeof dossier>;
/** One aid of the Dossier. */
export type DossierAid = z.infer<typeof dossierAid>;
/** One condition of an aid. */
export type DossierCondition = z.infer<typeof condition>;
/** The CCAS section. */
export type Ccas = z.infer<typeof ccas>;
/** The processing section. */
export type Processing = z.infer<typeof processing>;
/** The DataPass request section. */
export type RequestSection = z.infer<typeof request>;
/** One DataPass contact. */
export type Contact = z.infer<typeof contact>;
