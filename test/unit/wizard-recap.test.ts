// The recap of the last step and which steps the indicator links to.
import { describe, expect, it } from 'vitest';
import { createWizard, emptyDossier } from '../../src/lib/wizard';
import { reachableSteps, recapLines } from '../../src/lib/wizard/recap';
import { toWizardCatalogue } from '../../src/lib/wizard/catalogue';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const example = exampleDossier();
const { steps } = createWizard(toWizardCatalogue(realCatalogue()));

describe('recapLines', () => {
	it('says what each form step holds, and marks what is left to do', () => {
		const lines = recapLines(steps, example);
		expect(lines.map((line) => line.stepId)).toEqual([
			'ccas',
			'aides',
			'traitement',
			'seance',
			'demande',
		]);
		expect(lines[0]?.summary).toMatch(
			/^CCAS de Villebourg-sur-Loir \(Villebourg-sur-Loir\), SIRET 26410000000019/,
		);
		expect(lines[1]?.summary).toMatch(/^3 aides.: Aide alimentaire/);
		expect(lines[3]?.summary).toMatch(/^Séance du \d{2}\/\d{2}\/\d{4} à \d{2}:\d{2}.; \d+ membres/);
		const { sitting: _, ...withoutSitting } = example;
		expect(recapLines(steps, withoutSitting)[3]?.summary).toBeUndefined();
	});
});

describe('reachableSteps', () => {
	it('links the steps done and the first one left, never beyond', () => {
		expect(reachableSteps(steps, emptyDossier())).toEqual([
			true,
			false,
			false,
			false,
			false,
			false,
			false,
			false,
		]);
		expect(reachableSteps(steps, example).every(Boolean)).toBe(true);
		const { processing: _, ...withoutProcessing } = example;
		expect(reachableSteps(steps, withoutProcessing)).toEqual([
			true,
			true,
			true,
			true,
			false,
			false,
			false,
			false,
		]);
	});
});
