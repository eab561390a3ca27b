// The « Demande DataPass » step: the example round-trips, bad contacts land on their field,
// FranceConnect asks for a mobile for the technical contact.
import { describe, expect, it } from 'vitest';
import {
	createWizard,
	readDate,
	writeDate,
	type FormStep,
	type FormValues,
} from '../../src/lib/wizard';
import { toWizardCatalogue } from '../../src/lib/wizard/catalogue';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const wizard = createWizard(toWizardCatalogue(realCatalogue()));
const example = exampleDossier();
const step = wizard.step('demande') as FormStep;
const values = (): FormValues => step.write(step.pick(example));

describe('step demande', () => {
	it('is a form step over the request section, just before « Votre dossier »', () => {
		expect(step.kind).toBe('form');
		expect(step.title).toBe('Demande DataPass');
		const ids = wizard.steps.map((candidate) => candidate.id);
		expect(ids.indexOf('dossier')).toBe(ids.indexOf('demande') + 1);
	});

	it('round-trips the example: write then read gives the same section', () => {
		const written = values();
		expect(written['plannedDate']).toBe('01/02/2027');
		expect(written['modalities']).toEqual(['params']);
		expect(step.schema.parse(step.read(written))).toEqual(example.request);
		const result = wizard.validateStep('demande', written, example);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.dossier.request).toEqual(example.request);
	});

	it('reads a date typed the French way or the ISO way (the date input gives ISO)', () => {
		expect(readDate('1/2/2027')).toBe('2027-02-01');
		expect(readDate('2027-02-01')).toBe('2027-02-01');
		expect(writeDate('2027-02-01')).toBe('01/02/2027');
	});

	it('puts an impossible date on its field', () => {
		const result = wizard.validateStep(
			'demande',
			{ ...values(), plannedDate: '2027-02-31' },
			example,
		);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems.map((p) => p.field)).toEqual(['plannedDate']);
			// The message names the format the person types, as the hint does.
			expect(result.problems[0]?.message).toMatch(/JJ\/MM\/AAAA/);
		}
	});

	it('puts a bad e-mail and a bad phone on their own fields', () => {
		const result = wizard.validateStep(
			'demande',
			{ ...values(), 'dpo.email': 'dpo@', 'metier.phone': '12 34' },
			example,
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual([
			{ field: 'metier.phone', message: expect.stringMatching(/^Numéro de téléphone invalide/) },
			{ field: 'dpo.email', message: expect.stringMatching(/^Adresse électronique invalide/) },
		]);
		expect(wizard.validateField('demande', 'dpo.email', { ...values(), 'dpo.email': 'x' })).toMatch(
			/Adresse électronique invalide/,
		);
	});

	it('asks for at least one modality and a whole number of files', () => {
		const result = wizard.validateStep(
			'demande',
			{ ...values(), modalities: [], volumetry: 'beaucoup' },
			example,
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems.map((p) => p.field).sort()).toEqual(['modalities', 'volumetry']);
	});

	it('with FranceConnect, needs a mobile number for the technical contact', () => {
		const landline = { ...values(), 'technique.phone': '02 54 00 00 30' };
		expect(wizard.validateStep('demande', landline, example).ok).toBe(true);
		const withFc = { ...landline, modalities: ['params', 'france_connect'] };
		const result = wizard.validateStep('demande', withFc, example);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems).toEqual([
				{ field: 'technique.phone', message: expect.stringMatching(/mobile \(06 ou 07\)/) },
			]);
		const mobile = { ...withFc, 'technique.phone': '07 12 34 56 78' };
		const ok = wizard.validateStep('demande', mobile, example);
		expect(ok.ok).toBe(true);
		if (ok.ok) expect(ok.dossier.request?.modalities).toEqual(['params', 'france_connect']);
	});
});
