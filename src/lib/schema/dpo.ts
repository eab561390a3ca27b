/**
 * The DPO's half of the Dossier: how the CCAS will call the API, which tax year it asks for, and
 * the rule the board adopts for families without a usable quotient familial. Every field is
 * optional: the documents derive a stated default from the rest of the Dossier when one is absent.
 */
import { z } from './zod-fr';
import { group, plain } from './dossier-fields';

/**
 * How the CCAS calls the API (server to server only): through its software editor, through its own
 * IT service or provider, or through the « API Particulier via Démarche numérique » habilitation
 * when it takes applications online on that platform.
 */
export const apiAccessModes = ['editeur', 'informatique', 'demarche-numerique'] as const;

/** Tax years the API Impôt particulier offers (DataPass scopes); the last one excludes the others. */
export const taxYears = [
	'dgfip_annee_n_moins_1',
	'dgfip_annee_n_moins_2',
	'dgfip_annee_n_moins_2_si_indispo_n_moins_1',
] as const;

/**
 * What the board decides for a family whose quotient familial the API does not return: a QF computed
 * from the avis d'imposition by the board's formula, the result of the CAF's simulator, or the
 * highest bracket, applied only when the family asks for it rather than bringing proofs.
 */
export const fallbackMethods = ['formule', 'simulateur-caf', 'tranche-haute'] as const;

/** The DPO's half of the Dossier. */
export const dataProtection = group(
	{
		/** How the API is called; absent: the editor when the CCAS has software, else to be chosen. */
		apiAccess: z.optional(
			z.enum(apiAccessModes, { message: 'Choisissez comment le centre appellera l’API.' }),
		),
		/** Tax year asked for; absent: the last year, or the one before while the last is not yet available. */
		taxYear: z.optional(z.enum(taxYears, { message: 'Choisissez l’année de revenus demandée.' })),
		/** Authority that decides on the aide sociale légale the CCAS instructs (a recipient of the file). */
		legalAidAuthority: z.optional(plain(200, 'L’autorité qui statue sur l’aide légale')),
		/** Rule for families without a usable quotient familial. */
		fallback: z.optional(
			group(
				{
					/** The method the board adopts. */
					method: z.enum(fallbackMethods, {
						message: 'Choisissez la règle de calcul du quotient.',
					}),
					/** The board's formula, for the « formule » method; absent: the default formula. */
					formula: z.optional(plain(400, 'La formule')),
				},
				'La règle pour les familles sans quotient',
			),
		),
	},
	'La protection des données',
);

/** The DPO's half of the Dossier, validated. */
export type DataProtection = z.infer<typeof dataProtection>;
