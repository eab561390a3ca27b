// The DPO's fields of the « Conservation, destinataires, information » step: values ↔ Dossier,
// the questions a dossier raises, field errors, and the checklist item for the way the API is called.
import { describe, expect, it } from 'vitest';
import { missingItems, packReadiness } from '../../src/lib/pack';
import type { Dossier, DossierAid } from '../../src/lib/schema/dossier';
import { createWizard, type FormStep, type FormValues } from '../../src/lib/wizard';
import { toWizardCatalogue } from '../../src/lib/wizard/catalogue';
import { protectionAsked } from '../../src/lib/wizard/protection-asks';
import { readProtection, writeProtection } from '../../src/lib/wizard/protection-fields';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();
const wizard = createWizard(toWizardCatalogue(catalogue));
const example = exampleDossier();
const step = wizard.step('traitement') as FormStep;

const legalAid: DossierAid = {
	id: 'aide-sociale-legale',
	fromCatalogue: true,
	label: 'Instruction des demandes d’aide sociale légale',
	nature: 'légale',
	authority: 'prefet',
	conditions: [{ criterionId: 'residence-commune' }, { criterionId: 'ressources-revenu-fiscal' }],
	decidedBy: 'conseil',
};

const withoutSoftware = (dossier: Dossier): Dossier => {
	const { software: _software, ...ccas } = dossier.ccas!;
	return { ...dossier, ccas };
};

const controller = {
	familyName: 'Martin',
	givenName: 'Claire',
	email: 'claire.martin@villebourg.fr',
	phone: '02 54 00 00 12',
	jobTitle: 'Directrice du CCAS',
};

/** The example's values for the step, with every DPO question open and answered. */
function answered(): FormValues {
	return {
		...step.write(step.pick(example)),
		'asks.tax': 'oui',
		'asks.legalAid': 'oui',
		'asks.quotient': 'oui',
		apiAccess: 'demarche-numerique',
		taxYear: 'dgfip_annee_n_moins_1',
		legalAidAuthority: 'Le préfet de Loir-et-Cher',
		'fallback.method': 'formule',
		'fallback.formula': 'revenu fiscal de référence divisé par 12 et par le nombre de parts',
		...Object.fromEntries(Object.entries(controller).map(([k, v]) => [`taxController.${k}`, v])),
	};
}

describe('DPO fields ↔ Dossier', () => {
	it('puts every answer into dataProtection and writes it back unchanged', () => {
		const result = wizard.validateStep('traitement', answered(), example);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const part = result.dossier.dataProtection;
		expect(part).toEqual({
			apiAccess: 'demarche-numerique',
			taxYear: 'dgfip_annee_n_moins_1',
			legalAidAuthority: 'Le préfet de Loir-et-Cher',
			fallback: {
				method: 'formule',
				formula: 'revenu fiscal de référence divisé par 12 et par le nombre de parts',
			},
			taxController: controller,
		});
		expect(result.dossier.processing).toEqual(example.processing);
		const section = step.pick(result.dossier);
		expect(step.schema.parse(step.read(step.write(section)))).toEqual(section);
	});

	it('leaves hidden questions out of the Dossier, while the form keeps their values', () => {
		const values: FormValues = {
			...answered(),
			'asks.tax': '',
			'asks.legalAid': '',
			'asks.quotient': '',
		};
		expect(readProtection(values)).toEqual({ apiAccess: 'demarche-numerique' });
		expect(values['taxController.email']).toBe(controller.email);
		const result = wizard.validateStep('traitement', { ...values, apiAccess: '' }, example);
		expect(result.ok && result.dossier.dataProtection).toBe(undefined);
	});

	it('keeps the formula only with the « formule » rule', () => {
		const values = { ...answered(), 'fallback.method': 'tranche-haute' };
		expect(readProtection(values)?.['fallback']).toEqual({ method: 'tranche-haute' });
		expect(readProtection({ ...answered(), 'fallback.method': '' })?.['fallback']).toBe(undefined);
	});

	it('opens the questions an answered part holds when it is written back', () => {
		expect(writeProtection({ taxYear: 'dgfip_annee_n_moins_2' })).toMatchObject({
			'asks.tax': 'oui',
			'asks.legalAid': '',
			'asks.quotient': '',
			taxYear: 'dgfip_annee_n_moins_2',
			'taxController.email': '',
		});
		expect(writeProtection(undefined)['apiAccess']).toBe('');
	});
});

describe('DPO field errors', () => {
	it.each([
		['taxController.email', { 'taxController.email': 'claire' }, /adresse/i],
		['taxController.phone', { 'taxController.phone': '12' }, /téléphone|chiffres/i],
		['taxController.jobTitle', { 'taxController.jobTitle': '' }, /fonction/i],
		['fallback.formula', { 'fallback.formula': 'x'.repeat(401) }, /400 caractères/],
		['legalAidAuthority', { legalAidAuthority: '<b>préfet</b>' }, /< ou >/],
	])('puts the problem of %s on that field, in French', (field, change, message) => {
		const result = wizard.validateStep('traitement', { ...answered(), ...change }, example);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => p.field)).toEqual([field]);
		expect(result.problems[0]?.message).toMatch(message);
	});

	it('refuses a way of calling the API outside the three', () => {
		const result = wizard.validateStep('traitement', { ...answered(), apiAccess: 'navigateur' });
		expect(result.ok || result.problems).toEqual([
			{ field: 'apiAccess', message: 'Choisissez comment le centre appellera l’API.' },
		]);
	});
});

describe('questions a dossier raises', () => {
	it('asks only about the quotient for the example (software, no tax data, no legal aid)', () => {
		const asked = protectionAsked(example, catalogue);
		expect(asked).toEqual({
			asks: { tax: false, legalAid: false, quotient: true },
			software: true,
		});
	});

	it('asks about tax data and the deciding authority for a legal aid', () => {
		const dossier = { ...example, aids: [...example.aids!, legalAid] };
		expect(protectionAsked(dossier, catalogue).asks).toMatchObject({ tax: true, legalAid: true });
	});

	it('tells a CCAS without software from one with software', () => {
		expect(protectionAsked(withoutSoftware(example), catalogue).software).toBe(false);
	});
});

describe('checklist: the way the API is called', () => {
	it.each<[string, (d: Dossier) => Dossier, boolean, RegExp]>([
		['software, no choice', (d) => d, true, /éditeur de son logiciel/],
		['no software, no choice', withoutSoftware, false, /serveur à serveur/],
		[
			'no software, Démarche numérique',
			(d) => ({ ...withoutSoftware(d), dataProtection: { apiAccess: 'demarche-numerique' } }),
			true,
			/formulaire DataPass « API Particulier via Démarche numérique »/,
		],
		[
			'no software, own IT',
			(d) => ({ ...withoutSoftware(d), dataProtection: { apiAccess: 'informatique' } }),
			true,
			/service informatique/,
		],
	])('%s', (_, change, ready, message) => {
		const item = packReadiness(change(example), catalogue).find((i) => i.id === 'acces-api');
		expect(item).toMatchObject({ ready, step: 'traitement', label: 'Appel de l’API' });
		expect(item?.message).toMatch(message);
		if (!ready) expect(item?.message).toMatch(/« Comment le centre appellera-t-il l’API \? »/);
	});

	it('is shown without stopping the pack: the documents then state the three ways', () => {
		const items = packReadiness(withoutSoftware(example), catalogue);
		expect(items.filter((i) => !i.ready).map((i) => [i.id, i.advisory])).toEqual([
			['acces-api', true],
		]);
		expect(missingItems(items)).toEqual([]);
	});
});
