// One source, one story: for random dossiers (aids, conditions, natures, software, way of calling the
// API, recipients, agents, retention), every document of the DPO half states the same recipients, the
// same access profiles and the same retention, because all of them read src/lib/documents/protection.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { plainText } from '../../src/lib/document/plain-text';
import {
	buildDeliberation,
	buildDocumentContext,
	frenchText,
	profileLines,
	recipientsOf,
} from '../../src/lib/documents';
import { numberToWords } from '../../src/lib/french';
import { preparePack } from '../../src/lib/pack';
import { dossier as dossierSchema, type Dossier } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();
const templates = readPackTemplates();
const SCALE = Number(process.env['PROPERTY_SCALE'] ?? 1);
const RUNS = Math.max(1, Math.round(40 * SCALE));

/** Text as the documents hold it after the typography pass, spaces collapsed, lower case. */
function comparable(text: string): string {
	return frenchText(text)
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.toLocaleLowerCase('fr')
		.trim();
}

const criteria = catalogue.criteria.map((criterion) => criterion.id);
const roles = [
	'Travailleur social instructeur',
	'Agent d’accueil chargé de l’instruction',
	'Conseillère en économie sociale et familiale',
	'Directrice du CCAS',
];
const recipientChoices = [
	'Membres de la commission permanente',
	'Trésorerie, pour le paiement des aides',
	'Service de la restauration scolaire, pour le tarif',
	'Directeur du CCAS',
];

const randomDossier: fc.Arbitrary<Dossier> = fc
	.record({
		aids: fc.array(
			fc.record({
				nature: fc.constantFrom('légale', 'facultative'),
				conditions: fc.uniqueArray(fc.constantFrom(...criteria), { minLength: 1, maxLength: 4 }),
			}),
			{ minLength: 1, maxLength: 3 },
		),
		software: fc.boolean(),
		apiAccess: fc.constantFrom(undefined, 'editeur', 'informatique', 'demarche-numerique'),
		recipients: fc.uniqueArray(fc.constantFrom(...recipientChoices), { minLength: 1 }),
		agents: fc.uniqueArray(
			fc.record({ role: fc.constantFrom(...roles), count: fc.integer({ min: 1, max: 6 }) }),
			{ minLength: 1, maxLength: 3, selector: (agent) => agent.role },
		),
		retention: fc.integer({ min: 1, max: 36 }),
	})
	.map(({ aids, software, apiAccess, recipients, agents, retention }) => {
		const example = exampleDossier();
		const { software: _software, ...ccas } = example.ccas!;
		return dossierSchema.safeParse({
			...example,
			ccas: software ? example.ccas : ccas,
			aids: aids.map((aid, index) => ({
				id: `aide-${index}`,
				fromCatalogue: false,
				label: `Aide ${index + 1}`,
				nature: aid.nature,
				// The first aid always needs the quotient: a request with no API datum has no object.
				conditions: [
					...new Set(
						index === 0 ? ['ressources-quotient-familial', ...aid.conditions] : aid.conditions,
					),
				].map((criterionId) =>
					catalogue.criteria.find((c) => c.id === criterionId)?.threshold
						? { criterionId, threshold: 500 }
						: { criterionId },
				),
				decidedBy: 'conseil',
			})),
			processing: {
				...example.processing,
				retentionMonths: retention,
				recipients,
				authorisedAgents: agents,
			},
			...(apiAccess ? { dataProtection: { apiAccess } } : {}),
		});
	})
	.filter((result) => result.success)
	.map((result) => result.data);

describe('every document states the same recipients, access profiles and retention', () => {
	it(`for random dossiers (${RUNS} runs)`, { timeout: 300_000 }, () => {
		fc.assert(
			fc.property(randomDossier, (dossier) => {
				const ctx = buildDocumentContext(dossier, catalogue, templates);
				const recipients = recipientsOf(ctx).map(comparable);
				const profiles = profileLines(ctx).map(comparable);
				const months = dossier.processing!.retentionMonths;
				const prepared = preparePack({ dossier, catalogue, templates });
				expect(prepared.ok, prepared.ok ? '' : prepared.problems.join('\n')).toBe(true);
				if (!prepared.ok) return;
				const doc = (id: string) => {
					const part = prepared.parts.find((p) => p.kind === 'doc' && p.id === id);
					return part?.kind === 'doc' ? comparable(plainText(part.doc)) : '';
				};
				const field = (name: string) =>
					comparable(prepared.fields.find((f) => f.name === name)?.value ?? '');
				const datapass = field('destinataire_donnees_caractere_personnel');
				const texts: Record<string, { text: string; profiles: boolean }> = {
					affiche: { text: doc('affiche'), profiles: false },
					registre: { text: doc('registre'), profiles: true },
					aipd: { text: doc('aipd'), profiles: true },
					mentions: { text: doc('mentions'), profiles: true },
					'liste-publique': { text: doc('liste-publique'), profiles: false },
					'agents-habilites': { text: doc('agents-habilites'), profiles: true },
					datapass: { text: datapass, profiles: true },
				};
				for (const [name, { text, profiles: withProfiles }] of Object.entries(texts)) {
					expect(text, name).not.toBe('');
					if (name !== 'agents-habilites')
						for (const recipient of recipients)
							expect(text, `${name}: ${recipient}`).toContain(recipient);
					if (withProfiles)
						for (const profile of profiles) expect(text, `${name}: ${profile}`).toContain(profile);
				}
				for (const name of ['affiche', 'registre', 'aipd', 'mentions', 'liste-publique'])
					expect(texts[name]!.text, name).toContain(`${months} mois`);
				expect(field('duree_conservation_donnees_caractere_personnel')).toBe(String(months));

				// The deliberation: the same recipients and retention already; the profiles once wired.
				const deliberation = buildDeliberation(ctx);
				expect(deliberation.ok).toBe(true);
				if (!deliberation.ok) return;
				const text = comparable(plainText(deliberation.doc));
				for (const recipient of recipients) expect(text, recipient).toContain(recipient);
				expect(text).toContain(comparable(`${numberToWords(months)} mois`));
				for (const profile of profiles) expect(text, profile).toContain(profile);
			}),
			{ numRuns: RUNS },
		);
	});
});
