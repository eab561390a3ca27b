// The DataPass fields: order and labels of DataPass, non-empty required fields, DataPass's rules
// (retention above 36 months, URL, DPO not the maire), the legal framework and the editor's form.
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { plainText } from '../../src/lib/document';
import { parseDossierValue } from '../../src/lib/dossier/parse';
import { buildDocumentContext } from '../../src/lib/documents';
import { minimise } from '../../src/lib/minimise';
import {
	buildDatapassSheet,
	chooseForm,
	datapassFields,
	datapassFieldSpecs,
	datapassSteps,
	emptyRequiredFields,
	isHttpsUrl,
	type DatapassField,
} from '../../src/lib/pack';
import type { Dossier } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();
const templates = readPackTemplates();

/** The fields of a dossier, computed as the site and the CLI do. */
function fieldsOf(dossier: Dossier): DatapassField[] {
	return datapassFields(buildDocumentContext(dossier, catalogue, templates));
}

/** Text with its no-break spaces (French typography) as ordinary spaces, to compare. */
function flat(text: string): string {
	return text.replace(/[\u00a0\u202f]/g, ' ');
}

function field(fields: DatapassField[], name: string): DatapassField {
	const found = fields.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`champ ${name} absent`);
	return found;
}

/** The example with another retention; bypasses the schema, as a stale draft could. */
function withRetention(months: number, justification?: string): Dossier {
	const dossier = exampleDossier();
	const processing = { ...dossier.processing!, retentionMonths: months };
	if (justification === undefined) delete processing.retentionJustification;
	else processing.retentionJustification = justification;
	return { ...dossier, processing };
}

describe('datapassFields on the example dossier', () => {
	const fields = fieldsOf(exampleDossier());

	it('fills every required field and raises no problem', () => {
		expect(emptyRequiredFields(fields)).toEqual([]);
		for (const entry of fields.filter((f) => f.required)) expect(entry.value.trim()).not.toBe('');
		expect(fields.flatMap((f) => f.problems)).toEqual([]);
	});

	it('follows DataPass’s order: steps, then the fields of each step', () => {
		expect(fields.map((f) => f.name)).toEqual([
			'intitule',
			'description',
			'maquette_projet',
			'date_prevue_mise_en_production',
			'volumetrie_approximative',
			'cadre_juridique_nature',
			'cadre_juridique_url',
			'cadre_juridique_document',
			'modalities',
			'scopes',
			'destinataire_donnees_caractere_personnel',
			'duree_conservation_donnees_caractere_personnel',
			'duree_conservation_donnees_caractere_personnel_justification',
			'contact_metier',
			'contact_technique',
			'delegue_protection_donnees',
		]);
		const stepOrder = datapassSteps.map((step) => step.title);
		const seen = fields.map((f) => stepOrder.indexOf(f.step));
		expect(seen).toEqual([...seen].sort((a, b) => a - b));
		expect([...new Set(fields.map((f) => f.step))]).toEqual(stepOrder);
		expect(stepOrder).toEqual([
			'Mon projet',
			'Le cadre juridique',
			'Les modalités d’appel de l’API',
			'Les données',
			'Le traitement des données personnelles',
			'Les personnes impliquées',
		]);
	});

	it('uses DataPass’s exact labels, and says which labels are only descriptive', () => {
		const labels = Object.fromEntries(fields.map((f) => [f.name, f.label]));
		expect(labels).toMatchObject({
			intitule: 'Nom du projet',
			description: 'Description du projet (à quoi va-t-il servir ? qui l’utilisera ?)',
			date_prevue_mise_en_production: 'Date de mise en production prévue',
			volumetrie_approximative: 'Volumétrie approximative',
			cadre_juridique_nature:
				'Précisez la nature et les références du texte vous autorisant à traiter les données',
			cadre_juridique_document: 'Ajoutez votre délibération',
			cadre_juridique_url: 'Lien vers le texte relatif au cadre juridique',
			destinataire_donnees_caractere_personnel: 'Destinataire des données',
			duree_conservation_donnees_caractere_personnel: 'Durée de conservation des données en mois',
			duree_conservation_donnees_caractere_personnel_justification:
				'Justification de la durée de conservation des données',
		});
		expect(fields.filter((f) => !f.labelVerified).map((f) => f.name)).toEqual([
			'modalities',
			'scopes',
			'contact_metier',
			'contact_technique',
			'delegue_protection_donnees',
		]);
		expect(datapassFieldSpecs.length).toBe(fields.length);
	});

	it('describes the aids, their conditions and why each datum is needed', () => {
		const description = flat(field(fields, 'description').value);
		for (const aid of exampleDossier().aids!) expect(description).toContain(aid.label);
		expect(description).toContain('quotient familial inférieur ou égal à 456');
		expect(description).toContain('Quotient familial CAF ou MSA');
		expect(description).toContain('délibération n° 2026-14');
		expect(description).toContain('Millésime Action Sociale');
	});

	it('cites current articles only, with their links, and attaches the deliberation', () => {
		const legal = flat(field(fields, 'cadre_juridique_nature').value);
		expect(legal).toContain('L. 114-8');
		expect(legal).toContain('D. 114-9-1 du même code (anciennement article R. 114-9-3)');
		expect(legal).toContain('L. 123-5');
		expect(legal).toContain('R. 123-2');
		expect(legal).toContain('R. 123-21');
		// R. 114-9-3 only as the former name of D. 114-9-1; L. 312-1 never.
		expect(legal.match(/R\. 114-9-3/g)).toHaveLength(1);
		expect(legal).not.toMatch(/312-1/);
		const l1148 = catalogue.legal.find((article) => article.id === 'crpa-l114-8')!;
		expect(legal).toContain(l1148.url);
		expect(legal).not.toContain('LEGIARTI000033219997');
		const url = field(fields, 'cadre_juridique_url');
		expect(url.value).toBe(l1148.url);
		expect(isHttpsUrl(url.value)).toBe(true);
		expect(field(fields, 'cadre_juridique_document').value).toBe('02-deliberation.pdf');
	});

	it('lists each scope with the conditions behind it, and the contacts field by field', () => {
		const scopes = flat(field(fields, 'scopes').value);
		expect(scopes).toContain('« Quotient familial CAF & MSA » (cnaf_quotient_familial)');
		expect(scopes).toContain('cnaf_adresse');
		expect(scopes).toContain('pole_emploi_inscription');
		expect(scopes).not.toContain('cnaf_enfants');
		expect(field(fields, 'contact_metier').value).toContain('Nom\u202f: Nguyễn');
		expect(field(fields, 'delegue_protection_donnees').value).toContain(
			'dpo@agglo-villebourg.example',
		);
		expect(field(fields, 'modalities').value).toContain(
			'Via un jeton d’accès, accompagné des paramètres usagers',
		);
	});
});

describe('DataPass rules', () => {
	it('refuses 48 months without a justification, in the schema and in the fields', () => {
		const dossier = withRetention(48);
		expect(parseDossierValue(dossier).ok).toBe(false);
		const fields = fieldsOf(dossier);
		const duration = field(fields, 'duree_conservation_donnees_caractere_personnel');
		expect(duration.value).toBe('48');
		expect(duration.problems.join(' ')).toMatch(
			/excède la durée communément constatée \(36 mois\)/,
		);
		const justification = field(
			fields,
			'duree_conservation_donnees_caractere_personnel_justification',
		);
		expect(justification.required).toBe(true);
		expect(justification.problems).toHaveLength(1);
		expect(emptyRequiredFields(fields).map((f) => f.name)).toEqual([
			'duree_conservation_donnees_caractere_personnel_justification',
		]);
	});

	it('accepts 48 months with a justification, and writes it in the sheet', () => {
		const reason =
			'Les aides versées peuvent faire l’objet d’un contrôle de la CAF pendant 48 mois.';
		const dossier = withRetention(48, reason);
		expect(parseDossierValue(dossier).ok).toBe(true);
		const fields = fieldsOf(dossier);
		expect(fields.flatMap((f) => f.problems)).toEqual([]);
		expect(
			field(fields, 'duree_conservation_donnees_caractere_personnel_justification').value,
		).toBe(reason);
		const sheet = buildDatapassSheet(buildDocumentContext(dossier, catalogue, templates));
		expect(plainText(sheet)).toContain(reason);
	});

	it('does not require a justification at 36 months', () => {
		const fields = fieldsOf(withRetention(36));
		const justification = field(
			fields,
			'duree_conservation_donnees_caractere_personnel_justification',
		);
		expect(justification.required).toBe(false);
		expect(fields.flatMap((f) => f.problems)).toEqual([]);
	});

	it('refuses a DPO who is the maire, by name or by job title', () => {
		const example = exampleDossier();
		const byName: Dossier = {
			...example,
			request: {
				...example.request!,
				dpo: { ...example.request!.dpo, givenName: 'Hélène', familyName: 'ŁUKASIEWICZ' },
			},
		};
		const byTitle: Dossier = {
			...example,
			request: { ...example.request!, dpo: { ...example.request!.dpo, jobTitle: 'Maire' } },
		};
		for (const dossier of [byName, byTitle])
			expect(field(fieldsOf(dossier), 'delegue_protection_donnees').problems.join(' ')).toMatch(
				/ne peut pas être le maire/,
			);
		const deputy: Dossier = {
			...example,
			request: {
				...example.request!,
				dpo: { ...example.request!.dpo, jobTitle: 'Maire adjoint au numérique' },
			},
		};
		expect(field(fieldsOf(deputy), 'delegue_protection_donnees').problems).toEqual([]);
	});

	it('names the step to fill when a section is missing', () => {
		const { request: _request, ...rest } = exampleDossier();
		const fields = fieldsOf(rest);
		expect(field(fields, 'intitule').value).toBe('');
		expect(field(fields, 'intitule').problems.join(' ')).toMatch(/Demande DataPass/);
		expect(emptyRequiredFields(fields).map((f) => f.name)).toContain('contact_metier');
	});

	it('asks for a mobile number with FranceConnect and describes the alternative', () => {
		const example = exampleDossier();
		const dossier: Dossier = {
			...example,
			request: {
				...example.request!,
				modalities: ['params', 'france_connect'],
				technique: { ...example.request!.technique, phone: '02 54 00 00 30' },
			},
		};
		const fields = fieldsOf(dossier);
		expect(field(fields, 'contact_technique').problems.join(' ')).toMatch(/mobile/);
		expect(field(fields, 'modalities').value).toMatch(/qui n’ont pas FranceConnect/);
	});
});

describe('the form to open and the editor’s prefilled form', () => {
	it('flags the scopes Arche MC2’s form ticks that the example does not need, and the missing one', () => {
		const dossier = exampleDossier();
		const choice = chooseForm(dossier, minimise(dossier, catalogue), catalogue);
		expect(choice.form).toMatchObject({ id: 'api-particulier-ccas-arche-mc2' });
		expect(choice.form.url).toBe(
			'https://datapass.api.gouv.fr/formulaires/api-particulier-ccas-arche-mc2/demande/nouveau',
		);
		expect(choice.editor?.extra).toEqual(['cnaf_allocataires', 'cnaf_enfants']);
		expect(choice.editor?.missing).toEqual(['pole_emploi_inscription']);
		expect(flat(choice.editor?.findings[0] ?? '')).toMatch(
			/^Le formulaire de Millésime Action Sociale \(Arche MC2\) coche d’office .*cnaf_allocataires.*cnaf_enfants.*que vos conditions ne justifient pas : décochez-les/,
		);
		expect(choice.editor?.findings[1]).toMatch(/pole_emploi_inscription.*ajoutez-le/);
		expect(field(fieldsOf(dossier), 'scopes').notes.join(' ')).toMatch(/décochez-les/);
		expect(choice.generic.id).toBe('api-particulier-aides-sociales-ccas-dont-facultatives');
	});

	it('opens the generic form when the software has no DataPass form', () => {
		const example = exampleDossier();
		const dossier: Dossier = {
			...example,
			ccas: { ...example.ccas!, software: { other: 'Tableur maison' } },
		};
		const choice = chooseForm(dossier, minimise(dossier, catalogue), catalogue);
		expect(choice.editor).toBeUndefined();
		expect(choice.form.id).toBe('api-particulier-aides-sociales-ccas-dont-facultatives');
	});

	it('uses the plain CCAS form, without deliberation, when every aid is a legal aid', () => {
		const example = exampleDossier();
		const { software: _software, ...ccas } = example.ccas!;
		const dossier: Dossier = {
			...example,
			ccas,
			aids: example.aids!.map((aid) => ({ ...aid, nature: 'légale' as const })),
		};
		const fields = fieldsOf(dossier);
		expect(chooseForm(dossier, minimise(dossier, catalogue), catalogue).form.id).toBe(
			'api-particulier-aides-sociales-ccas',
		);
		expect(field(fields, 'cadre_juridique_document').required).toBe(false);
		expect(flat(field(fields, 'cadre_juridique_nature').value)).toContain('R. 123-5');
		expect(flat(field(fields, 'cadre_juridique_nature').value)).not.toContain('R. 123-21');
	});

	it('reports an Arpège form that matches exactly', () => {
		const example = exampleDossier();
		const dossier: Dossier = {
			...example,
			ccas: { ...example.ccas!, software: { editorId: 'arpege-sonate' } },
			aids: [
				{
					id: 'aide-alimentaire',
					fromCatalogue: true,
					label: 'Aide alimentaire',
					nature: 'facultative',
					conditions: [{ criterionId: 'ressources-quotient-familial', threshold: 456 }],
					decidedBy: 'conseil',
				},
			],
		};
		const result = minimise(dossier, catalogue);
		const choice = chooseForm(dossier, result, catalogue);
		expect(choice.editor?.extra).toEqual(['cnaf_allocataires']);
		expect(choice.editor?.missing).toEqual([]);
	});
});
