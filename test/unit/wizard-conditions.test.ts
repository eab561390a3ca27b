// The condition editor's pure logic: values ↔ Dossier (« ne pas », « ou », range, scale), old drafts
// that kept the logic in `aid.K.logic`, and every message of its checks on the field it names.
import { describe, expect, it } from 'vitest';
import { createWizard, type FormStep, type FormValues } from '../../src/lib/wizard';
import { toWizardCatalogue } from '../../src/lib/wizard/catalogue';
import { migrateLogicValues, needsMigration } from '../../src/lib/wizard/aid-conditions';
import { previewSentence } from '../../src/lib/wizard/aid-sentence';
import type { DossierAid } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = toWizardCatalogue(realCatalogue());
const wizard = createWizard(catalogue);
const step = wizard.step('aides') as FormStep;
const criteria = new Map(catalogue.criteria.map((c) => [c.id, c]));
const example = exampleDossier();

const youth: DossierAid = {
	id: 'perso-jeunes',
	fromCatalogue: false,
	label: 'Aide aux jeunes',
	nature: 'facultative',
	decidedBy: 'conseil',
	conditions: [
		{ criterionId: 'age-demandeur', range: { min: 18, max: 25 } },
		{ criterionId: 'demandeur-emploi', group: 1 },
		{ criterionId: 'beneficiaire-rsa', group: 1 },
		{ criterionId: 'beneficiaire-c2s', negated: true },
		{ label: 'Vivre seul', proof: 'Attestation sur l’honneur', negated: true, group: 2 },
		{ label: 'Être hébergé', proof: 'Attestation d’hébergement', group: 2 },
	],
};
const meals: DossierAid = {
	id: 'restauration-scolaire',
	fromCatalogue: true,
	label: 'Aide à la restauration scolaire',
	nature: 'facultative',
	decidedBy: 'conseil',
	conditions: [
		{
			criterionId: 'ressources-quotient-familial',
			scale: [{ max: 400, label: 'tarif A' }, { max: 800 }, { label: 'tarif C' }],
		},
	],
};
// The form lists the catalogue aids first, then the CCAS's own.
const section = { aids: [meals, youth], extraData: [] };

/** Validates values of the step and returns the section or the problems. */
const validate = (values: FormValues) => wizard.validateStep('aides', values, example);

describe('values ↔ Dossier', () => {
	it('writes each part of the logic into its own field', () => {
		const values = step.write(section);
		expect(values['aid.perso-jeunes.range.age-demandeur.min']).toBe('18');
		expect(values['aid.perso-jeunes.range.age-demandeur.max']).toBe('25');
		expect(values['aid.perso-jeunes.group.demandeur-emploi']).toBe('1');
		expect(values['aid.perso-jeunes.not.beneficiaire-c2s']).toEqual(['oui']);
		expect(values['aid.perso-jeunes.custom.0.not']).toEqual(['oui']);
		expect(values['aid.perso-jeunes.custom.1.group']).toBe('2');
		expect(values['aid.restauration-scolaire.scale.ressources-quotient-familial.1.max']).toBe(
			'800',
		);
		expect(values['aid.restauration-scolaire.scale.ressources-quotient-familial.2.max']).toBe('');
		expect(values['aid.perso-jeunes.logic']).toBe('');
	});

	it('reads them back to the same section', () => {
		const result = validate(step.write(section));
		expect(result.ok && result.section).toEqual(section);
	});

	it('shows an age threshold as the minimum of the range', () => {
		const aid = { ...youth, conditions: [{ criterionId: 'age-demandeur', threshold: 65 }] };
		const values = step.write({ aids: [aid], extraData: [] });
		expect(values['aid.perso-jeunes.range.age-demandeur.min']).toBe('65');
		const result = validate(values);
		expect(result.ok && (result.section as typeof section).aids[0]?.conditions).toEqual([
			{ criterionId: 'age-demandeur', range: { min: 65 } },
		]);
	});

	it('keeps in the hidden field what the editor cannot show', () => {
		const aid = {
			...youth,
			conditions: [{ label: 'Ancienneté', proof: 'Bail', range: { min: 2 } }],
		};
		const values = step.write({ aids: [aid], extraData: [] });
		expect(JSON.parse(String(values['aid.perso-jeunes.logic']))).toEqual({
			'custom.0': { range: { min: 2 } },
		});
		const result = validate(values);
		expect(result.ok && (result.section as typeof section).aids[0]?.conditions[0]).toEqual({
			label: 'Ancienneté',
			proof: 'Bail',
			range: { min: 2 },
		});
	});
});

describe('drafts saved before the editor', () => {
	/** The values an older site saved: the logic in `aid.K.logic`, the new fields absent. */
	function oldDraft(): FormValues {
		const values = step.write(section);
		const logic: Record<string, unknown> = {};
		for (const aid of section.aids) {
			const own: Record<string, unknown> = {};
			let n = 0;
			for (const c of aid.conditions) {
				const { range, scale, negated, group } = c;
				own[c.criterionId ?? `custom.${n++}`] = { range, scale, negated, group };
			}
			logic[aid.id] = own;
		}
		for (const name of Object.keys(values))
			if (/\.(not|group|range|scale)\./.test(name) || /\.custom\.\d+\.(not|group)$/.test(name))
				delete values[name];
		for (const aid of section.aids) values[`aid.${aid.id}.logic`] = JSON.stringify(logic[aid.id]);
		return values;
	}

	it('reads the hidden logic as the fields, nothing lost', () => {
		const result = validate(oldDraft());
		expect(result.ok && result.section).toEqual(section);
	});

	it('moves it into the fields once, leaving the hidden field empty', () => {
		const old = oldDraft();
		expect(needsMigration(old, criteria)).toBe(true);
		const migrated = migrateLogicValues(old, criteria);
		expect(migrated['aid.perso-jeunes.logic']).toBe('');
		expect(migrated['aid.perso-jeunes.not.beneficiaire-c2s']).toEqual(['oui']);
		expect(migrated['aid.restauration-scolaire.scale.ressources-quotient-familial.0.label']).toBe(
			'tarif A',
		);
		expect(needsMigration(migrated, criteria)).toBe(false);
		const result = validate(migrated);
		expect(result.ok && result.section).toEqual(section);
	});

	it('lets a field the person already changed win over the older copy', () => {
		const old = { ...oldDraft(), 'aid.perso-jeunes.range.age-demandeur.min': '16' };
		expect(migrateLogicValues(old, criteria)['aid.perso-jeunes.range.age-demandeur.min']).toBe(
			'16',
		);
	});
});

describe('checks, each on the field it names', () => {
	const base = () => step.write(section);
	const scale = 'aid.restauration-scolaire.scale.ressources-quotient-familial';
	const cases: [string, FormValues, string, string][] = [
		[
			'age in whole years',
			{ 'aid.perso-jeunes.range.age-demandeur.min': '18,5' },
			'aid.perso-jeunes.range.age-demandeur.min',
			'L’âge minimum s’écrit en années entières (par exemple 18).',
		],
		[
			'maximum age in whole years',
			{ 'aid.perso-jeunes.range.age-demandeur.max': '25,5' },
			'aid.perso-jeunes.range.age-demandeur.max',
			'L’âge maximum s’écrit en années entières (par exemple 18).',
		],
		[
			'minimum above maximum',
			{ 'aid.perso-jeunes.range.age-demandeur.min': '30' },
			'aid.perso-jeunes.range.age-demandeur.max',
			'L’âge maximum (25 ans) est inférieur à l’âge minimum (30 ans) : corrigez l’un des deux.',
		],
		[
			'tranches not increasing',
			{ [`${scale}.1.max`]: '300' },
			`${scale}.1.max`,
			'La borne de la tranche 2 (300\u00a0€) doit dépasser celle de la tranche 1 (400\u00a0€) : les tranches vont en croissant.',
		],
		[
			'a tranche left open before the last',
			{ [`${scale}.1.max`]: '' },
			`${scale}.1.max`,
			'Indiquez la borne haute de la tranche 2 : seule la dernière tranche reste ouverte.',
		],
		[
			'a scale of one tranche',
			{
				[`${scale}.1.max`]: undefined,
				[`${scale}.1.label`]: undefined,
				[`${scale}.2.max`]: undefined,
				[`${scale}.2.label`]: undefined,
			} as unknown as FormValues,
			scale,
			'Un barème compte au moins deux tranches : ajoutez une tranche, ou retirez celle-ci et gardez un seuil unique.',
		],
		[
			'a negated scale',
			{ 'aid.restauration-scolaire.not.ressources-quotient-familial': ['oui'] },
			'aid.restauration-scolaire.not.ressources-quotient-familial',
			'Un barème ne s’inverse pas : décochez « ne pas » ou retirez le barème.',
		],
		[
			'an « ou » group of one',
			{ 'aid.perso-jeunes.group.beneficiaire-rsa': '3' },
			'aid.perso-jeunes.group.demandeur-emploi',
			'Cette condition est seule dans le groupe « ou » n° 1 : placez-y au moins une autre condition, ou choisissez « Condition exigée ».',
		],
		[
			'a scale and a threshold',
			{ 'aid.restauration-scolaire.threshold.ressources-quotient-familial': '500' },
			'aid.restauration-scolaire.threshold.ressources-quotient-familial',
			'Choisissez un seuil, une fourchette ou un barème, pas plusieurs.',
		],
	];
	it.each(cases)('%s', (_name, change, field, message) => {
		const values = { ...base(), ...change };
		for (const [name, value] of Object.entries(values))
			if (value === undefined) delete values[name];
		const result = validate(values);
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.find((p) => p.field === field)?.message).toBe(message);
	});
});

describe('live sentence', () => {
	it('is the deliberation’s sentence, and leaves out numbers still being typed', () => {
		const values = { ...step.write(section), 'aid.perso-jeunes.range.age-demandeur.max': '2 5a' };
		const { aids } = step.read(values) as { aids: { conditions: Record<string, unknown>[] }[] };
		expect(previewSentence(aids[1]?.conditions ?? [], criteria)).toBe(
			'Âge du demandeur : 18\u00a0ans ou plus ; ne pas être bénéficiaire de la complémentaire santé solidaire (C2S) ; au moins l’une des conditions suivantes : demandeur d’emploi inscrit à France Travail ou bénéficiaire du RSA ; et au moins l’une des conditions suivantes : ne pas remplir la condition « vivre seul » ou être hébergé.',
		);
	});
});
