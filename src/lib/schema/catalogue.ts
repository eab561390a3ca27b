/**
 * Schemas of the facts in content/: legal articles, data items, criteria, aids, editors, guides.
 * The same schemas serve the Astro collections (src/content.config.ts), the Node loader used by the
 * build check and the CLI (src/lib/catalogue), and the editor submission form.
 */
import { z } from './zod-fr';
import { checked, httpsUrl, isoDate, siret, slug, text } from './common';

/** Codes and texts the legal corpus covers. */
export const legalCodes = ['CASF', 'CRPA', 'CGCT', 'CJA', 'RGPD', 'LOI-78-17'] as const;
/** One of the legal codes or texts the corpus covers. */
export const legalCode = z.enum(legalCodes);

/** How sure we are of a legal fact (tags of shared/reference/legal.md). */
export const confidence = z.enum(['LEGI', '2015', 'secondaire', 'non vérifié']);

/** A Légifrance version identifier: LEGIARTI and 12 digits. */
const legiarti = z.string().check(
	z.regex(/^LEGIARTI\d{12}$/, {
		message: 'Identifiant LEGIARTI invalide : « LEGIARTI » suivi de 12 chiffres.',
	}),
);

/** One dated version of an article on Légifrance. */
export const legalVersion = z.object({
	/** LEGIARTI identifier of this version. */
	legiarti,
	/** First day this version was in force. */
	from: z.optional(isoDate),
	/** Last day (exclusive) this version was in force; absent for the current version. */
	to: z.optional(isoDate),
	/** What changed, in a few words (e.g. the amending text). */
	note: z.optional(z.string()),
});

/** A legal article (content/legal/<code>-<article>.yaml). */
export const legalArticle = z
	.object({
		/** The code or text the article belongs to. */
		code: legalCode,
		/** Article number as Légifrance writes it, without « article » (L114-8, D114-9-1, 6, 5). */
		article: z.string().check(
			z.regex(/^(?:[LRDA]\d+(?:-\d+)*(?: \d°)?|\d+(?:-\d+)?)$/, {
				message: 'Numéro d’article invalide (ex. L114-8, R123-21, 6).',
			}),
		),
		/** Short title shown in lists. */
		title: text(160),
		/** What the article says, in plain French and in our own words. */
		summary: text(1500),
		/** What a CCAS does with it: in which role the deliberation or the pack cites it. */
		usage: z.optional(text(1500)),
		/** « en vigueur » or « abrogé ». */
		status: z.enum(['en vigueur', 'abrogé']),
		/** Legal date the article ceased to be in force (for an abrogated article). */
		abrogatedOn: z.optional(isoDate),
		/** Date a source was first seen without the article (a LEGI snapshot): not the legal date. */
		absenceObservedOn: z.optional(isoDate),
		/** Id of the article that took over its role (e.g. crpa-d114-9-1 for crpa-r114-9-3). */
		replacedBy: z.optional(slug),
		/** Link to the article on Légifrance (or EUR-Lex for the GDPR). */
		url: httpsUrl,
		/** LEGIARTI id of the current (or last) version; null when no id is known: never invent one. */
		legiarti: z.nullable(legiarti),
		/** Date the current (or last) version came into force, when known. */
		versionDate: z.optional(isoDate),
		/** Known versions, oldest first, to recognise links to an outdated version. */
		versions: z._default(z.array(legalVersion), []),
		/** When and where the facts were checked. */
		checked,
		/** How sure we are (LEGI official data, 2015 text, secondary copy, unverified). */
		confidence,
	})
	.check(
		z.superRefine((entry, ctx) => {
			if (entry.status === 'abrogé' && entry.versions.some((version) => !version.to)) {
				ctx.addIssue({
					code: 'custom',
					path: ['versions'],
					message: 'Un article abrogé ne peut pas avoir de version sans date de fin (to).',
				});
			}
			if (
				entry.status === 'en vigueur' &&
				(entry.abrogatedOn || entry.replacedBy || entry.absenceObservedOn)
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['status'],
					message:
						'Un article en vigueur ne peut pas avoir de date d’abrogation, de date d’absence constatée ni de successeur.',
				});
			}
			if (
				entry.legiarti &&
				entry.url.includes('/codes/article_lc/') &&
				!entry.url.endsWith(entry.legiarti)
			) {
				ctx.addIssue({
					code: 'custom',
					path: ['url'],
					message: `Le lien Légifrance ne pointe pas vers la version ${entry.legiarti} indiquée dans legiarti.`,
				});
			}
		}),
	);

/** APIs a data item can come from. */
export const apiIds = ['api-particulier', 'api-impot-particulier'] as const;
/** One of the APIs the catalogue knows. */
export const apiId = z.enum(apiIds);

/** An API scope: its machine name and, when the reference gives it, DataPass's checkbox label. */
export const scope = z.object({
	/** Machine name as DataPass and the API write it (e.g. cnaf_quotient_familial). */
	name: z.string().check(
		z.regex(/^[a-z][A-Za-z0-9_]*$/, {
			message:
				'Nom de périmètre (scope) invalide : lettres, chiffres et « _ » (ex. cnaf_quotient_familial).',
		}),
	),
	/** DataPass's French label for the checkbox; absent when the reference does not give it. */
	label: z.optional(z.string()),
	/** True for a scope DataPass shows but the API does not serve yet (« disponibilité à confirmer »). */
	announced: z.optional(z.boolean()),
});

/** A data item of the catalogue (content/data/<id>.yaml). */
export const dataItem = z.object({
	/** Name of the datum as a CCAS agent would say it. */
	label: text(160),
	/** What the API returns, in our own words. */
	description: text(1500),
	/** Administrations that supply it (CNAF, MSA, DGFiP, France Travail…). */
	providers: z.array(text(80)).check(z.minLength(1)),
	/** The API that delivers it. */
	api: apiId,
	/** Scopes to tick in DataPass for this datum (the smallest set that returns it). */
	scopes: z
		.array(scope)
		.check(z.minLength(1, { message: 'Au moins un périmètre (scope) est requis.' })),
	/** How the family is identified when the agent calls the API. */
	identification: text(600),
	/** True when the call needs the identity pivot (birth name, first names, sex, date and place of birth). */
	identityPivot: z.boolean(),
	/** True when the datum can also be obtained with FranceConnect (the user signs in). */
	franceConnect: z.boolean(),
	/** Who the API does not answer for (families to route to the manual path). */
	notCovered: z._default(z.array(text(400)), []),
	/** The API Particulier team's class for the CCAS use case. */
	apiClass: z.enum(['indispensable', 'utile', 'injustifiée', 'non classée']),
	/** True when the API may answer « dossier absent » for a real beneficiary (CNAV chain, 2026). */
	falseNegatives: z._default(z.boolean(), false),
	/** True for special-category data under GDPR art. 9 (health, disability). */
	specialCategory: z._default(z.boolean(), false),
	/** Order in lists (lower first). */
	order: z._default(z.number().check(z.int()), 100),
	/** Where the facts come from and when they were checked. */
	checked,
});

/** An eligibility condition a CCAS may apply (content/criteria/<id>.yaml). */
export const criterion = z.object({
	/** The condition as a CCAS writes it in its règlement. */
	label: text(200),
	/** What it means and how it is usually applied. */
	description: text(1500),
	/** Family of condition, to group them in the wizard. */
	kind: z.enum(['ressources', 'résidence', 'composition', 'statut', 'âge', 'autre']),
	/** Data items that prove it through an API (empty when no API covers it). */
	data: z._default(z.array(slug), []),
	/** Why each of these data is needed, in a sentence ready for DataPass. */
	reason: text(800),
	/** The threshold the CCAS sets, when the condition has one (e.g. QF ≤ a value). */
	threshold: z.optional(
		z.object({
			/** How the threshold reads before the value (e.g. « quotient familial inférieur ou égal à »). */
			label: text(160),
			/** Unit shown after the value (e.g. « € »). */
			unit: z._default(z.string().check(z.maxLength(20)), ''),
		}),
	),
	/** The document the family provides instead (always needed: fallback, and the only proof when no API covers it). */
	manualProof: text(600),
	/** Order in lists (lower first). */
	order: z._default(z.number().check(z.int()), 100),
});

/** A typical CCAS aid (content/aids/<id>.yaml). */
export const aid = z.object({
	/** Name of the aid. */
	label: text(160),
	/** What it is, in a sentence. */
	description: text(1000),
	/** Légale (CASF aide sociale légale, the CCAS instructs) or facultative (the CCAS sets the conditions). */
	nature: z.enum(['légale', 'facultative']),
	/** Conditions usually applied (ids of content/criteria). */
	criteria: z
		.array(slug)
		.check(z.minLength(1, { message: 'Une aide doit avoir au moins une condition habituelle.' })),
	/** Order in lists (lower first). */
	order: z._default(z.number().check(z.int()), 100),
});

/** Use cases an editor serves. */
export const useCases = ['ccas', 'portail-famille'] as const;
/** One use case. */
export const useCase = z.enum(useCases);

/** A DataPass v2 prefilled form offered by an editor. */
export const datapassForm = z.object({
	/** Form id in DataPass (e.g. api-particulier-ccas-arche-mc2). */
	id: z.string().check(
		z.regex(/^[a-z0-9-]+$/, {
			message: 'Identifiant de formulaire DataPass invalide (ex. api-particulier-ccas-arpege).',
		}),
	),
	/** Scopes the form fixes. */
	scopes: z.array(z.string().check(z.regex(/^[a-z][A-Za-z0-9_]*$/))).check(z.minLength(1)),
});

/** Fields of an editor entry, shared by content/editors and the submission form. */
export const editorFields = z.object({
	/** Company name. */
	name: text(120),
	/** SIRET of the company (14 digits, Luhn), when known. */
	siret: z.optional(siret),
	/** Name of the software. */
	solution: text(120),
	/** Other names the software has been listed under. */
	formerNames: z._default(z.array(text(120)), []),
	/** Use cases it serves (CCAS first). */
	useCases: z
		.array(useCase)
		.check(z.minLength(1, { message: 'Choisissez au moins un cas d’usage.' })),
	/** APIs it is connected to. */
	apis: z.array(apiId).check(z.minLength(1, { message: 'Choisissez au moins une API.' })),
	/** DataPass prefilled form, when one exists. */
	datapassForm: z.optional(datapassForm),
	/** Public website. */
	website: z.optional(httpsUrl),
	/** « actif », or « historique » for an editor that no longer offers the solution. */
	status: z._default(z.enum(['actif', 'historique']), 'actif'),
	/** A sentence of history or context, when useful. */
	note: z.optional(text(600)),
	/** Date the solution was first connected to the API, when known. */
	connectedSince: z.optional(isoDate),
});

/** An editor entry (content/editors/<id>.yaml): the submission fields plus where the facts come from. */
export const editor = z.extend(editorFields, {
	/** Where the entry comes from (at least one source). */
	sources: z.array(z.object({ label: text(300), url: z.optional(httpsUrl) })).check(z.minLength(1)),
	/** Date the entry was last checked. */
	checkedOn: isoDate,
});

/** Who a guide is for. */
export const audiences = ['direction', 'dpo', 'agents', 'éditeurs', 'élus'] as const;

/** Front matter of a guide (content/guides/<id>.mdx). */
export const guide = z.object({
	/** Title of the guide. */
	title: text(160),
	/** One or two sentences for lists and search. */
	summary: text(400),
	/** Readers it is written for. */
	audience: z.array(z.enum(audiences)).check(z.minLength(1)),
	/** Date of the last substantive update. */
	updated: isoDate,
	/** Data items the guide discusses (ids of content/data). */
	relatedData: z._default(z.array(slug), []),
	/** Articles the guide relies on (ids of content/legal). */
	relatedArticles: z._default(z.array(slug), []),
	/** Order in the guide list (lower first). */
	order: z._default(z.number().check(z.int()), 100),
});

/** Types inferred from the schemas. */
export type LegalArticle = z.infer<typeof legalArticle>;
/** A data item. */
export type DataItem = z.infer<typeof dataItem>;
/** A criterion. */
export type Criterion = z.infer<typeof criterion>;
/** An aid. */
export type Aid = z.infer<typeof aid>;
/** An editor entry. */
export type Editor = z.infer<typeof editor>;
/** A guide's front matter. */
export type Guide = z.infer<typeof guide>;
