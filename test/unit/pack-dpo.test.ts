// The DPO's half of the pack, table by table: art. 9 wherever a special-category datum is asked for,
// the false-negative warning for the CNAV benefit statuses, the way the CCAS calls the API and the
// DataPass form it opens, the registre's processors and sources, the AIPD's reasoned criteria and
// risks, the tax sheet with nothing left to the director, scopes shown as « label » (identifier).
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { plainText } from '../../src/lib/document/plain-text';
import { buildDocumentContext, recipientsOf } from '../../src/lib/documents';
import { scopeLabel } from '../../src/lib/documents/datapass/editor';
import { aipdConclusion } from '../../src/lib/documents/specs/aipd';
import { preparePack, type PreparedPack } from '../../src/lib/pack';
import { dossier as dossierSchema, type Dossier } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();
const templates = readPackTemplates();

/** Whitespace and no-break spaces collapsed. */
function flat(text: string): string {
	return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** The example with its aids replaced, its software removed or kept, and a DPO section. */
function variant(options: {
	conditions: string[];
	nature?: 'légale' | 'facultative';
	software?: boolean;
	dataProtection?: Record<string, unknown>;
}): Dossier {
	const example = exampleDossier();
	const { software: _software, ...ccas } = example.ccas!;
	const parsed = dossierSchema.safeParse({
		...example,
		ccas: options.software === false ? ccas : example.ccas,
		aids: [
			{
				id: 'aide-test',
				fromCatalogue: false,
				label: 'Aide de test',
				nature: options.nature ?? 'facultative',
				conditions: options.conditions.map((criterionId) =>
					criterionId.startsWith('ressources-')
						? { criterionId, threshold: 9000 }
						: { criterionId },
				),
				decidedBy: 'conseil',
			},
		],
		...(options.dataProtection ? { dataProtection: options.dataProtection } : {}),
	});
	if (!parsed.success) throw new Error(parsed.error.message);
	return parsed.data;
}

/** The prepared pack, or a failure that names what is missing. */
function pack(dossier: Dossier): PreparedPack {
	const prepared = preparePack({ dossier, catalogue, templates });
	if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
	return prepared;
}

/** The plain text of one document of the pack, by spec id ('' when absent). */
function docText(prepared: PreparedPack, id: string): string {
	const part = prepared.parts.find((p) => p.kind === 'doc' && p.id === id);
	return part?.kind === 'doc' ? flat(plainText(part.doc)) : '';
}

/** The text of one DataPass field. */
function field(prepared: PreparedPack, name: string): string {
	return flat(prepared.fields.find((f) => f.name === name)?.value ?? '');
}

// The city CCAS without software: C2S, RSA and tax data.
const city = variant({
	conditions: ['beneficiaire-c2s', 'beneficiaire-rsa', 'ressources-revenu-fiscal'],
	software: false,
});
// The rural CCAS: MSA families (QF only), no software, legal aid.
const rural = variant({
	conditions: ['ressources-quotient-familial'],
	nature: 'légale',
	software: false,
});

describe('the city CCAS with C2S, RSA, tax data and no software (the issue’s « done when »)', () => {
	const prepared = pack(city);
	it.each([
		['the DataPass legal field', () => field(prepared, 'cadre_juridique_nature')],
		['the registre', () => docText(prepared, 'registre')],
		['the AIPD', () => docText(prepared, 'aipd')],
		['the mentions', () => docText(prepared, 'mentions')],
	])('cites GDPR art. 9 with its reason in %s', (_name, text) => {
		expect(text()).toMatch(/article 9 du (RGPD|même règlement)/);
		expect(text()).toContain('paragraphe 2, point b');
		expect(text()).toMatch(/statut de bénéficiaire de la complémentaire santé solidaire/i);
	});

	it.each([
		['the agents’ procedure', 'repli'],
		['the poster', 'affiche'],
		['the mentions', 'mentions'],
	])('warns in %s that « dossier absent » never means « not a beneficiary »', (_name, id) => {
		const text = docText(prepared, id);
		expect(text).toMatch(/dossier absent/i);
		expect(text).toMatch(/statut de bénéficiaire du RSA/i);
	});

	it('warns in the DataPass description and points to the missing habilitation path', () => {
		expect(field(prepared, 'description')).toContain('ne prouve jamais');
		const description = prepared.fields.find((f) => f.name === 'description');
		expect(description?.notes.join(' ')).toContain('de serveur à serveur');
		expect(description?.notes.join(' ')).toContain('API Particulier via Démarche numérique');
		expect(docText(prepared, 'fiche-datapass')).toContain('Votre centre n’a pas de logiciel');
		expect(docText(prepared, 'fiche-datapass')).not.toContain('dans le logiciel d’action sociale');
	});

	it('leaves no instruction to the director in the tax sheet', () => {
		const text = docText(prepared, 'impot-particulier');
		expect(text).not.toMatch(/reprenez|à compléter|complétez ce champ/i);
		expect(text).toContain('D. 114-9-1');
		expect(text).toContain('dgfip_annee_n_moins_2_si_indispo_n_moins_1');
		expect(text).toContain('« responsable de traitement »');
	});

	it('gives the registre the real source of each datum and the identities typed in', () => {
		const text = docText(prepared, 'registre');
		expect(text).toContain(
			'API Impôt particulier (direction générale des finances publiques) : revenu fiscal de référence',
		);
		expect(text).not.toMatch(/API Particulier[^.]*relaie[^.:]*DGFiP/);
		expect(text).toContain('La famille elle-même');
		expect(text).toContain('Identité de la personne recherchée, saisie par l’agent');
		expect(text).toContain('Aucun sous-traitant n’est encore désigné');
	});

	it('shows scopes as DataPass labels with their identifiers', () => {
		expect(field(prepared, 'scopes')).toContain('« Statut C2S » (complementaire_sante_solidaire)');
		expect(field(prepared, 'scopes')).toContain('« Statut RSA » (revenu_solidarite_active)');
	});
});

describe('how the CCAS calls the API decides the form and the texts', () => {
	it.each([
		[
			'editor',
			undefined,
			true,
			'api-particulier-ccas-arche-mc2',
			'appelle l’API de serveur à serveur',
			true,
		],
		[
			'own IT',
			{ apiAccess: 'informatique' },
			false,
			'api-particulier-aides-sociales-ccas-dont-facultatives',
			'Le service informatique du centre',
			true,
		],
		[
			'Démarche numérique',
			{ apiAccess: 'demarche-numerique' },
			false,
			'api-particulier-demarche-numerique',
			'Démarche numérique',
			true,
		],
		[
			'nothing chosen, no software',
			undefined,
			false,
			'api-particulier-aides-sociales-ccas-dont-facultatives',
			'Qui voit quoi',
			false,
		],
	])('%s', (_name, dataProtection, software, formId, sentence, hasProcessor) => {
		const prepared = pack(
			variant({
				conditions: ['ressources-quotient-familial'],
				software,
				...(dataProtection ? { dataProtection } : {}),
			}),
		);
		expect(prepared.choice.form.id).toBe(formId);
		expect(field(prepared, 'description')).toContain(sentence);
		expect(prepared.parts.some((p) => p.id === 'sous-traitance')).toBe(hasProcessor);
	});
});

describe('the fallback rule for families without a usable quotient', () => {
	it.each([
		[
			undefined,
			'revenu fiscal de référence de l’avis d’imposition le plus récent, divisé par douze',
		],
		[{ method: 'simulateur-caf' }, 'le simulateur de la CAF'],
		[{ method: 'tranche-haute' }, 'la tranche la plus haute du barème'],
		[
			{ method: 'formule', formula: 'ressources mensuelles divisées par le nombre de personnes' },
			'ressources mensuelles divisées par le nombre de personnes',
		],
	])('rule %j', (fallback, sentence) => {
		const prepared = pack(
			variant({
				conditions: ['ressources-quotient-familial'],
				...(fallback ? { dataProtection: { fallback } } : {}),
			}),
		);
		const text = docText(prepared, 'repli');
		expect(text).toContain(sentence);
		expect(text).toContain('familles relevant de la MSA que l’API ne couvre pas encore');
		expect(text).toContain('familles sans dossier à la CAF ni à la MSA');
	});
});

describe('the AIPD draft', () => {
	const prepared = pack(rural);
	const text = docText(prepared, 'aipd');
	it('follows the CNIL method’s order and assesses the three risks', () => {
		const order = [
			'1. Contexte',
			'2. Principes fondamentaux',
			'3. Risques',
			'Accès illégitime aux données',
			'Modification non désirée des données',
			'Disparition des données',
			'4. Plan d’action',
			'5. Avis du délégué',
		].map((heading) => text.indexOf(heading));
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(text.match(/Gravité/g)?.length).toBe(3);
		expect(text.match(/Vraisemblance/g)?.length).toBe(3);
	});

	it('reasons the criteria from the dossier: exclusion met, large scale with figure and threshold', () => {
		expect(text).toMatch(/Exclusion du bénéfice d’un droit, d’un service ou d’un contrat rempli/);
		expect(text).toContain('1 200 demandes par an');
		expect(text).toContain('3 600 personnes');
		expect(text).toContain('10 000 personnes');
		expect(text).toContain('Conclusion de la pré-analyse : AIPD requise');
	});

	it.each([
		[0, 'AIPD non requise'],
		[1, 'AIPD recommandée'],
		[2, 'AIPD requise'],
		[5, 'AIPD requise'],
	])('%i criteria met: %s', (met, conclusion) => {
		expect(aipdConclusion(met)).toBe(conclusion);
	});
});

describe('recipients include the legal-aid deciding authority', () => {
	it.each([
		['légale', true],
		['facultative', false],
	] as const)('%s aid', (nature, included) => {
		const dossier = variant({ conditions: ['ressources-quotient-familial'], nature });
		const recipients = recipientsOf(buildDocumentContext(dossier, catalogue, templates));
		expect(recipients.some((r) => r.includes('aide sociale légale'))).toBe(included);
		const prepared = pack(dossier);
		for (const id of ['affiche', 'registre', 'aipd', 'mentions', 'liste-publique'])
			expect(
				docText(prepared, id).includes(
					'président du conseil départemental, qui statue sur les demandes d’aide sociale légale',
				),
			).toBe(included);
	});
});

describe('the catalogue as DataPass has it in 2026-08', () => {
	it.each([
		['cnous_ine', '« Identifiant national étudiant (INE) » (cnous_ine)'],
		[
			'cnav_allocation_rentree_scolaire',
			'« Statut allocation de rentrée scolaire » (cnav_allocation_rentree_scolaire), annoncé, disponibilité à confirmer',
		],
		[
			'pole_emploi_inscription',
			'« Données d’inscription France Travail » (pole_emploi_inscription)',
		],
		['complementaire_sante_solidaire', '« Statut C2S » (complementaire_sante_solidaire)'],
	])('%s reads %s', (scope, label) => {
		expect(scopeLabel(scope, catalogue)).toBe(label);
	});

	it('never proposes the old cnous_statut_bourse', () => {
		const scopes = catalogue.data.flatMap((item) => item.scopes.map((s) => s.name));
		expect(scopes).not.toContain('cnous_statut_bourse');
	});

	it('flags the CNAV benefit statuses as possible false negatives, never the quotient', () => {
		const flagged = catalogue.data.filter((item) => item.falseNegatives).map((item) => item.id);
		expect(flagged).toEqual(
			expect.arrayContaining([
				'statut-rsa',
				'prime-activite',
				'statut-aah',
				'statut-asf',
				'statut-c2s',
				'statut-ars',
			]),
		);
		expect(flagged).not.toContain('quotient-familial');
	});
});
