/**
 * The Dossier: everything a CCAS enters, in one versioned schema shared by the wizard, the saved
 * draft, the JSON export/import, the CLI and the documents. Sections are optional at the top level
 * (a dossier fills up step by step), but a section that is present is always complete and valid.
 */
import { z } from './zod-fr';
import { isoDate, siret, slug } from './common';
import { email, person, phone, plain } from './dossier-fields';
import { dataProtection } from './dpo';
import { sitting } from './sitting';

export { civility, email, person, phone, plain } from './dossier-fields';

/** Current version of the Dossier format; bump it and add a migration when a change is not additive. */
export const DOSSIER_SCHEMA_VERSION = 1;

/** Population bands: the deliberation rules change at 3 500 inhabitants (R123-16, L2131-1). */
export const populationBands = [
	'moins-de-3500',
	'3500-a-9999',
	'10000-a-49999',
	'50000-et-plus',
] as const;

/** The CCAS itself (step 1). */
export const ccas = z.object({
	/** Name of the establishment (e.g. « CCAS de Villebourg »). */
	name: plain(150, 'Le nom du CCAS'),
	/** Commune it serves. */
	commune: plain(100, 'La commune'),
	/** SIRET of the CCAS (14 digits, Luhn). */
	siret,
	/** Postal address. */
	address: z.object({
		/** Street and number. */
		street: plain(200, 'L’adresse'),
		/** Five-digit postcode. */
		postcode: z
			.string()
			.check(z.trim(), z.regex(/^\d{5}$/, { message: 'Code postal invalide : 5 chiffres.' })),
		/** City. */
		city: plain(100, 'La ville'),
	}),
	/** Number of inhabitants of the commune, as a band. */
	population: z.enum(populationBands, { message: 'Choisissez la tranche de population.' }),
	/** President of the board (the maire). */
	president: person,
	/** Director of the CCAS (secretary of the board, R123-23). */
	director: person,
	/** Data protection officer. */
	dpo: z.object({
		/** Name of the DPO (a person or a shared service). */
		name: plain(120, 'Le nom du délégué'),
		/** Contact address. */
		email,
		/** Organisation when the DPO is shared (centre de gestion, intercommunalité). */
		organisation: z.optional(plain(150, 'L’organisme')),
	}),
	/** Social-action software, when the CCAS uses one: an id of content/editors, or a free name. */
	software: z.optional(
		z
			.object({
				/** Id of the editor entry in content/editors, when listed. */
				editorId: z.optional(slug),
				/** Name of the software when it is not listed. */
				other: z.optional(plain(120, 'Le nom du logiciel')),
			})
			.check(
				z.refine((s) => Boolean(s.editorId) !== Boolean(s.other), {
					message: 'Choisissez un logiciel de la liste ou saisissez son nom, pas les deux.',
				}),
			),
	),
});

/** Who decides on an aid (the Chaville pattern: a social worker below a QF, an instance above). */
export const deciders = [
	'conseil',
	'commission-permanente',
	'president',
	'travailleur-social',
] as const;
/** One of the deciders. */
export const decider = z.enum(deciders, { message: 'Choisissez qui décide.' });

/** A condition of an aid: a catalogue criterion (with its threshold) or a custom condition with its proof. */
export const condition = z
	.object({
		/** Id of a content/criteria entry; absent for a custom condition. */
		criterionId: z.optional(slug),
		/** Label of a custom condition. */
		label: z.optional(plain(200, 'L’intitulé de la condition')),
		/** Proof the family provides for a custom condition (no API covers it). */
		proof: z.optional(plain(400, 'Le justificatif')),
		/** Threshold value, for a criterion that has one (e.g. 456 for a QF ≤ 456 €). */
		threshold: z.optional(
			z
				.number({ message: 'Le seuil doit être un nombre.' })
				.check(
					z.nonnegative({ message: 'Le seuil doit être positif.' }),
					z.maximum(1_000_000, { message: 'Seuil trop élevé.' }),
				),
		),
	})
	.check(
		z.superRefine((value, ctx) => {
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
export const dossierAid = z
	.object({
		/** Id of a content/aids entry, or a local id (« perso-… ») for the CCAS's own aid. */
		id: slug,
		/** True when the aid comes from content/aids. */
		fromCatalogue: z.boolean(),
		/** Name of the aid. */
		label: plain(160, 'Le nom de l’aide'),
		/** Légale or facultative. */
		nature: z.enum(['légale', 'facultative'], { message: 'Choisissez la nature de l’aide.' }),
		/** Conditions applied (at least one). */
		conditions: z
			.array(condition)
			.check(
				z.minLength(1, { message: 'Choisissez au moins une condition pour cette aide.' }),
				z.maxLength(30),
			),
		/** Who decides in general. */
		decidedBy: decider,
		/** Delegation under R123-21 1°: below this QF, `to` decides alone. */
		delegation: z.optional(
			z.object({
				/** Who decides alone under the threshold. */
				to: decider,
				/** Quotient familial at or below which the delegation applies. */
				qfMax: z
					.number({ message: 'Le plafond doit être un nombre.' })
					.check(z.positive({ message: 'Le plafond doit être positif.' }), z.maximum(100_000)),
			}),
		),
	})
	.check(
		z.superRefine((aid, ctx) => {
			const ids = aid.conditions.map((c) => c.criterionId).filter(Boolean);
			if (new Set(ids).size !== ids.length) {
				ctx.addIssue({
					code: 'custom',
					path: ['conditions'],
					message: 'Une même condition est choisie deux fois.',
				});
			}
			if (aid.delegation && aid.delegation.to === aid.decidedBy) {
				ctx.addIssue({
					code: 'custom',
					path: ['delegation', 'to'],
					message: 'La délégation doit viser une autre personne que celle qui décide en général.',
				});
			}
		}),
	);

/** Retention, recipients and information of users (step 4). */
export const processing = z
	.object({
		/** Retention of the data obtained, in months (DataPass field). */
		retentionMonths: z
			.number({ message: 'Indiquez une durée en mois.' })
			.check(
				z.int({ message: 'La durée est un nombre entier de mois.' }),
				z.minimum(1, { message: 'Au moins un mois.' }),
				z.maximum(240, { message: '240 mois au plus.' }),
			),
		/** Justification, required above 36 months (DataPass rule). */
		retentionJustification: z.optional(plain(1000, 'La justification')),
		/** Roles that receive the data (DataPass « Destinataire des données »). */
		recipients: z
			.array(plain(150, 'Le destinataire'))
			.check(z.minLength(1, { message: 'Indiquez au moins un destinataire.' }), z.maxLength(20)),
		/** Agents authorised to query the API: role and number. */
		authorisedAgents: z
			.array(
				z.object({
					role: plain(150, 'La fonction'),
					count: z.number().check(z.int(), z.minimum(1), z.maximum(500)),
				}),
			)
			.check(
				z.minLength(1, { message: 'Indiquez au moins une fonction habilitée.' }),
				z.maxLength(20),
			),
		/** How users are informed (GDPR art. 14, CRPA L114-8). */
		information: z
			.object({
				/** A poster in the reception area. */
				poster: z.boolean(),
				/** A notice on the application form. */
				form: z.boolean(),
				/** A page on the commune's website. */
				website: z.boolean(),
			})
			.check(
				z.refine((i) => i.poster || i.form || i.website, {
					message: 'Choisissez au moins un moyen d’informer les usagers.',
				}),
			),
	})
	.check(
		z.superRefine((p, ctx) => {
			if (p.retentionMonths > 36 && !p.retentionJustification) {
				ctx.addIssue({
					code: 'custom',
					path: ['retentionJustification'],
					message:
						'Au-delà de 36 mois, DataPass exige une justification de la durée de conservation.',
				});
			}
		}),
	);

/** A DataPass contact: each field DataPass asks for (nom, prénom, e-mail, téléphone, fonction). */
export const contact = z.object({
	/** Family name. */
	familyName: plain(80, 'Le nom'),
	/** Given name. */
	givenName: plain(80, 'Le prénom'),
	/** Professional e-mail address (DataPass checks it can receive mail). */
	email,
	/** Phone number. */
	phone,
	/** Job title. */
	jobTitle: plain(120, 'La fonction'),
});

/** Call modes of API Particulier (DataPass « modalités »). */
export const modalities = ['params', 'formulaire_qf', 'france_connect'] as const;

/** What the DataPass request needs beyond the rest of the Dossier (last steps). */
export const request = z
	.object({
		/** Project name (DataPass « Nom du projet », made public). */
		projectName: plain(150, 'Le nom du projet'),
		/** Call modes: identity typed by the agent, national QF form, FranceConnect. */
		modalities: z
			.array(z.enum(modalities))
			.check(z.minLength(1, { message: 'Choisissez au moins une modalité d’appel.' })),
		/** Number of requests or files handled in a year (DataPass « Volumétrie approximative »). */
		volumetry: z
			.number({ message: 'Indiquez un nombre de dossiers par an.' })
			.check(
				z.int(),
				z.minimum(1, { message: 'Au moins 1 dossier par an.' }),
				z.maximum(10_000_000),
			),
		/** Planned start date (DataPass « Date de mise en production prévue »). */
		plannedDate: isoDate,
		/** Business contact (also the former « responsable de traitement »). */
		metier: contact,
		/** Technical contact (the editor or the IT service). */
		technique: contact,
		/** Data protection officer as DataPass asks for it. */
		dpo: contact,
	})
	.check(
		z.superRefine((r, ctx) => {
			if (
				r.modalities.includes('france_connect') &&
				!/^(?:\+33\s?|0)[67]/.test(r.technique.phone)
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['technique', 'phone'],
					message:
						'Avec FranceConnect, DataPass exige un numéro de mobile (06 ou 07) pour le contact technique.',
				});
			}
		}),
	);

/** The Dossier. */
export const dossier = z
	.object({
		/** Format version, for migrations. */
		schemaVersion: z.literal(DOSSIER_SCHEMA_VERSION, {
			message: `Version de dossier non prise en charge : ${DOSSIER_SCHEMA_VERSION} attendue.`,
		}),
		/** The CCAS (step 1). */
		ccas: z.optional(ccas),
		/** Aids and their conditions (step 2). */
		aids: z.optional(z.array(dossierAid).check(z.maxLength(40, { message: '40 aides au plus.' }))),
		/** Data the CCAS asks for beyond what its conditions need (flagged as over-collection). */
		extraData: z._default(z.array(slug).check(z.maxLength(60)), []),
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
		updatedOn: z.optional(isoDate),
	})
	.check(
		z.superRefine((d, ctx) => {
			const ids = (d.aids ?? []).map((a) => a.id);
			if (new Set(ids).size !== ids.length)
				ctx.addIssue({
					code: 'custom',
					path: ['aids'],
					message: 'Une même aide figure deux fois.',
				});
			if (
				d.ccas &&
				d.ccas.dpo.name.trim().toLowerCase() === d.ccas.president.name.trim().toLowerCase()
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['ccas', 'dpo', 'name'],
					message:
						'Le délégué à la protection des données ne peut pas être le maire, président du conseil.',
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
