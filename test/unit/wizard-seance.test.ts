// Step « Séance du conseil »: the sitting round-trips through the form, issues and the CASF rules land on their field.
import { describe, expect, it } from 'vitest';
import { createWizard, seanceStep, sittingPath, type FormValues } from '../../src/lib/wizard';
import { toWizardCatalogue } from '../../src/lib/wizard/catalogue';
import type { Sitting } from '../../src/lib/schema/sitting';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const wizard = createWizard(toWizardCatalogue(realCatalogue()));
const example = exampleDossier();
const sitting = example.sitting as Sitting;

function values(): FormValues {
	return seanceStep.write(sitting);
}

describe('seance step', () => {
	it('comes after « traitement » and before the deliberation', () => {
		const ids = wizard.steps.map((step) => step.id);
		expect(ids.indexOf('seance')).toBe(ids.indexOf('traitement') + 1);
		expect(ids[ids.indexOf('seance') + 1]).toBe('deliberation');
		expect(wizard.step('deliberation').kind).toBe('view');
	});

	it('writes the example and reads it back unchanged', () => {
		const written = values();
		expect(written['date']).toBe('23/11/2026');
		expect(written['members.7.proxyTo']).toBe('Jean-Baptiste Moreau');
		expect(written['secondNotice']).toEqual([]);
		expect(seanceStep.schema.parse(seanceStep.read(written))).toEqual(sitting);
		const result = wizard.validateStep('seance', written, example);
		expect(result.ok).toBe(true);
	});

	it('reads French dates, an empty ACTES code as 8.2 and a ballot', () => {
		const read = seanceStep.schema.parse(
			seanceStep.read({
				...values(),
				date: '23/11/2026',
				time: ' 18:00 ',
				actesCode: '',
				secondNotice: ['oui'],
				firstSittingDate: '16/11/2026',
				'vote.kind': 'scrutin',
				'vote.for': '10',
				'vote.against': '1',
				'vote.abstentions': '0',
				'vote.notVoting': '',
			}),
		);
		expect(read.date).toBe('2026-11-23');
		expect(read.time).toBe('18:00');
		expect(read.actesCode).toBe('8.2');
		expect(read.secondNotice).toBe(true);
		expect(read.firstSittingDate).toBe('2026-11-16');
		expect(read.vote).toEqual({
			kind: 'scrutin',
			for: 10,
			against: 1,
			abstentions: 0,
			notVoting: 0,
		});
	});

	it('drops a proxy left on a member who is not represented', () => {
		const read = seanceStep.read({ ...values(), 'members.0.proxyTo': 'Amélie Dubois' }) as Sitting;
		expect(read.members[0]?.proxyTo).toBeUndefined();
	});

	it('turns checkSitting paths into section paths', () => {
		expect(sittingPath('sitting.members[3].proxyTo')).toEqual(['members', 3, 'proxyTo']);
		expect(sittingPath('sitting.inOffice')).toEqual(['inOffice']);
		expect(sittingPath('sitting.vote.for')).toEqual(['vote', 'for']);
	});

	it('maps paths to the fields of the form, rows by their keys', () => {
		const form: FormValues = { 'members.0.name': 'A', 'members.5.name': 'B' };
		expect(seanceStep.fieldOf(['members', 1, 'proxyTo'], form)).toBe('members.5.proxyTo');
		expect(seanceStep.fieldOf(['members', 0, 'attendance'], form)).toBe('members.0.attendance');
		expect(seanceStep.fieldOf(['members', 9, 'name'], form)).toBe('members');
		expect(seanceStep.fieldOf(['members'], form)).toBe('members');
		expect(seanceStep.fieldOf(['vote', 'for'], form)).toBe('vote.for');
		expect(seanceStep.fieldOf(['vote'], form)).toBe('vote.kind');
		expect(seanceStep.fieldOf(['inOffice'], form)).toBe('inOffice');
		expect(seanceStep.fieldOf(['date'], form)).toBe('date');
	});

	it('blocks the step on a CASF rule and names the field: two proxies to one member', () => {
		const form = { ...values(), 'members.8.proxyTo': 'Jean-Baptiste Moreau' };
		const result = wizard.validateStep('seance', form, example);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const problem = result.problems.find((p) => p.field === 'members.8.proxyTo');
		expect(problem?.message).toMatch(/ne peut en détenir qu’une/);
	});

	it('reports the counts that do not add up on the members in office', () => {
		const result = wizard.validateStep('seance', { ...values(), inOffice: '14' }, example);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems.map((p) => p.field)).toContain('inOffice');
	});

	it('reports a schema issue on its field before the rules', () => {
		const result = wizard.validateStep('seance', { ...values(), time: '25:00' }, example);
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems).toEqual([{ field: 'time', message: expect.any(String) }]);
	});
});
