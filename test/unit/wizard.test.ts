// The wizard's step registry: forms round-trip the example dossier, and zod issues land on the right field.
import { DELEGATION_REFUSED_MESSAGE, DOSSIER_SCHEMA_VERSION } from '../../src/lib/schema/dossier';
import { describe, expect, it } from 'vitest';
import {
	createWizard,
	emptyDossier,
	MAX_STEPS,
	type FormStep,
	type FormValues,
} from '../../src/lib/wizard';
import { toWizardCatalogue } from '../../src/lib/wizard/catalogue';
import { number, rowKeys } from '../../src/lib/wizard/values';
import { dossierFileName } from '../../src/lib/wizard/file-name';
import { strings } from '../../src/lib/wizard/strings';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = toWizardCatalogue(realCatalogue());
const wizard = createWizard(catalogue);
const example = exampleDossier();

function formStep(id: string): FormStep {
	const step = wizard.step(id);
	if (step.kind !== 'form') throw new Error(`${id} n’est pas une étape à formulaire`);
	return step;
}

/** The example's values for a step, as the form would hold them once refilled. */
function exampleValues(id: string): FormValues {
	const step = formStep(id);
	return step.write(step.pick(example));
}

describe('registry', () => {
	it('lists the steps in order, within the step indicator’s limit', () => {
		// 'seance' and 'deliberation' (added separately) sit between 'traitement' and 'demande'.
		const ours = wizard.steps.filter((step) => !['seance', 'deliberation'].includes(step.id));
		expect(ours.map((step) => step.id)).toEqual([
			'ccas',
			'aides',
			'donnees',
			'traitement',
			'demande',
			'dossier',
		]);
		expect(ours.map((step) => step.kind)).toEqual(['form', 'form', 'view', 'form', 'form', 'view']);
		expect(wizard.steps.at(-1)?.id).toBe('dossier');
		expect(wizard.steps.length).toBeLessThanOrEqual(MAX_STEPS);
		expect(() => wizard.step('inconnue')).toThrow(/inconnue/);
	});

	it('sorts the catalogue for the forms (aids by order, CCAS editors first)', () => {
		expect(catalogue.aids[0]?.id).toBe('aide-alimentaire');
		expect(catalogue.criteria[0]?.id).toBe('ressources-quotient-familial');
		const firstOther = catalogue.editors.findIndex((editor) => !editor.forCcas);
		expect(catalogue.editors.slice(firstOther).every((editor) => !editor.forCcas)).toBe(true);
	});
});

describe.each(['ccas', 'aides', 'traitement'])('step %s', (id) => {
	it('reads back exactly what it writes for the example dossier', () => {
		const step = formStep(id);
		const section = step.pick(example);
		expect(section).toBeDefined();
		const reread = step.schema.parse(step.read(step.write(section)));
		expect(reread).toEqual(section);
	});

	it('validates the example’s values and puts the section into the dossier', () => {
		const result = wizard.validateStep(id, exampleValues(id), example);
		expect(result).toMatchObject({ ok: true });
		if (result.ok) expect(result.dossier).toEqual(example);
	});
});

describe('step ccas', () => {
	it('gives the postcode message for that field only', () => {
		const values = { ...exampleValues('ccas'), 'address.postcode': '4199' };
		const result = wizard.validateStep('ccas', values);
		expect(result).toEqual({
			ok: false,
			problems: [{ field: 'address.postcode', message: 'Code postal invalide : 5 chiffres.' }],
		});
		expect(wizard.validateField('ccas', 'address.postcode', values)).toBe(
			'Code postal invalide : 5 chiffres.',
		);
		expect(wizard.validateField('ccas', 'name', values)).toBeUndefined();
		expect(wizard.validateField('ccas', 'siret', values)).toBeUndefined();
	});

	it('rejects a SIRET whose Luhn key is wrong, and reads one typed with spaces', () => {
		const values = exampleValues('ccas');
		expect(wizard.validateField('ccas', 'siret', { ...values, siret: '26410000000018' })).toMatch(
			/clé de contrôle/,
		);
		expect(wizard.validateField('ccas', 'siret', { ...values, siret: '264 100 000 00019' })).toBe(
			undefined,
		);
	});

	it('maps an empty form to one message per field, in French', () => {
		const result = wizard.validateStep('ccas', {});
		expect(result.ok).toBe(false);
		if (result.ok) return;
		const fields = result.problems.map((problem) => problem.field);
		expect(fields).toEqual(
			expect.arrayContaining([
				'name',
				'commune',
				'siret',
				'address.street',
				'address.postcode',
				'address.city',
				'population',
				'president.civility',
				'president.name',
				'dpo.email',
			]),
		);
		expect(new Set(fields).size).toBe(fields.length);
		expect(result.problems.find((p) => p.field === 'name')?.message).toBe(
			'Le nom du CCAS est obligatoire.',
		);
	});

	it('asks for the name of an unlisted software next to that field, and accepts « aucun »', () => {
		const values = exampleValues('ccas');
		const other = { ...values, 'software.editorId': 'autre', 'software.other': '' };
		const result = wizard.validateStep('ccas', other);
		expect(result).toEqual({
			ok: false,
			problems: [{ field: 'software.other', message: 'Le nom du logiciel est obligatoire.' }],
		});
		const none = wizard.validateStep('ccas', { ...values, 'software.editorId': 'aucun' });
		expect(none.ok && none.dossier.ccas?.software).toBeUndefined();
		const named = wizard.validateStep('ccas', { ...other, 'software.other': 'Logiciel maison' });
		expect(named.ok && named.dossier.ccas?.software).toEqual({ other: 'Logiciel maison' });
	});

	it('applies the dossier-wide rule: the DPO cannot be the president', () => {
		const values = { ...exampleValues('ccas'), 'dpo.name': 'hélène łukasiewicz' };
		expect(wizard.validateField('ccas', 'dpo.name', values)).toMatch(/ne peut pas être le maire/);
	});
});

describe('step aides', () => {
	const values = exampleValues('aides');

	it('writes the fields the form shows for the example', () => {
		expect(values['aids']).toEqual(['aide-alimentaire', 'aide-energie']);
		expect(values['aid.aide-alimentaire.criteria']).toEqual([
			'residence-commune',
			'ressources-quotient-familial',
			'reste-a-vivre',
		]);
		expect(values['aid.aide-alimentaire.threshold.ressources-quotient-familial']).toBe('456');
		expect(values['aid.perso-permis-jeunes.nature']).toBe('facultative');
		expect(values['aid.perso-permis-jeunes.custom.0.proof']).toBe(
			'Pièce d’identité en cours de validité',
		);
	});

	it('requires at least one aid', () => {
		expect(wizard.validateStep('aides', { aids: [] })).toEqual({
			ok: false,
			problems: [{ field: 'aids', message: 'Choisissez au moins une aide.' }],
		});
	});

	it('puts a bad threshold on its own input', () => {
		const bad = {
			...values,
			aids: ['aide-alimentaire', 'aide-energie'],
			'aid.aide-energie.threshold.ressources-quotient-familial': 'sept cents',
		};
		expect(wizard.validateStep('aides', bad)).toEqual({
			ok: false,
			problems: [
				{
					field: 'aid.aide-energie.threshold.ressources-quotient-familial',
					message: 'Le seuil doit être un nombre.',
				},
			],
		});
	});

	it('reads thresholds typed the French way', () => {
		const typed = {
			...values,
			'aid.aide-energie.threshold.ressources-quotient-familial': '1 200,5',
		};
		const result = wizard.validateStep('aides', typed);
		expect(result.ok && result.dossier.aids?.[1]?.conditions[1]?.threshold).toBe(1200.5);
		expect(number({ a: '456 €' }, 'a')).toBe(456);
		expect(number({ a: '' }, 'a')).toBeUndefined();
	});

	it('puts condition, delegation and own-aid problems on their fields', () => {
		const bad = {
			...values,
			'aid.aide-alimentaire.criteria': [],
			'aid.aide-energie.delegation.to': 'commission-permanente',
			'aid.aide-energie.delegation.qfMax': '500',
			'aid.perso-permis-jeunes.custom.0.proof': ' ',
			'aid.perso-permis-jeunes.nature': '',
		};
		const result = wizard.validateStep('aides', bad);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.problems).toEqual(
			expect.arrayContaining([
				{
					field: 'aid.aide-alimentaire.criteria',
					message: 'Choisissez au moins une condition pour cette aide.',
				},
				{
					field: 'aid.aide-energie.delegation.to',
					message: DELEGATION_REFUSED_MESSAGE,
				},
				{
					field: 'aid.perso-permis-jeunes.custom.0.proof',
					message: 'Indiquez le justificatif demandé à la famille.',
				},
				{ field: 'aid.perso-permis-jeunes.nature', message: 'Choisissez la nature de l’aide.' },
			]),
		);
	});

	it('keeps extra data, which the results will flag', () => {
		const result = wizard.validateStep('aides', { ...values, extraData: ['montant-impot'] });
		expect(result.ok && result.dossier.extraData).toEqual(['montant-impot']);
	});
});

describe('step traitement', () => {
	const values = exampleValues('traitement');

	it('asks for a justification above 36 months, on that field', () => {
		expect(
			wizard.validateField('traitement', 'retentionJustification', {
				...values,
				retentionMonths: '48',
			}),
		).toMatch(/DataPass exige une justification/);
		expect(wizard.validateStep('traitement', { ...values, retentionMonths: '36' }).ok).toBe(true);
	});

	it('maps rows with gaps and gives a readable message for a missing count', () => {
		const withoutRows = Object.fromEntries(
			Object.entries(values).filter(([name]) => !name.startsWith('authorisedAgents.')),
		);
		const gap = {
			...withoutRows,
			'authorisedAgents.0.role': 'Travailleur social',
			'authorisedAgents.0.count': '4',
			'authorisedAgents.5.role': 'Accueil',
			'authorisedAgents.5.count': '',
		};
		expect(rowKeys(gap, 'authorisedAgents.', '.role')).toEqual(['0', '5']);
		expect(wizard.validateStep('traitement', gap)).toEqual({
			ok: false,
			problems: [
				{
					field: 'authorisedAgents.5.count',
					message: 'Indiquez le nombre d’agents\u202f: un nombre entier de 1 à 500.',
				},
			],
		});
	});

	it('needs one way of informing users and one recipient', () => {
		const result = wizard.validateStep('traitement', {
			...values,
			information: [],
			recipients: '\n  \n',
		});
		expect(result).toEqual({
			ok: false,
			problems: [
				{ field: 'recipients', message: 'Indiquez au moins un destinataire.' },
				{ field: 'information', message: 'Choisissez au moins un moyen d’informer les usagers.' },
			],
		});
	});

	it('numbers the line of a recipient that is too long', () => {
		const long = `Directeur\n${'x'.repeat(151)}`;
		expect(wizard.validateField('traitement', 'recipients', { ...values, recipients: long })).toBe(
			'Ligne 2\u202f: Le destinataire est trop long : 150 caractères au plus.',
		);
	});
});

describe('empty dossier', () => {
	it('is a valid starting point', () => {
		expect(emptyDossier()).toEqual({ schemaVersion: DOSSIER_SCHEMA_VERSION, extraData: [] });
	});
});

describe('file names', () => {
	it('names the export after the CCAS, without accents or spaces', () => {
		expect(dossierFileName('CCAS de Villebourg-sur-Loir')).toBe(
			'dossier-ccas-de-villebourg-sur-loir.json',
		);
		expect(dossierFileName('CCAS d’Évian-les-Bains')).toBe('dossier-ccas-d-evian-les-bains.json');
		expect(dossierFileName(undefined)).toBe('dossier-ccas.json');
		expect(dossierFileName('«»')).toBe('dossier-ccas.json');
	});
});

describe('strings', () => {
	it('writes the draft time the French way, without a break inside it', () => {
		expect(strings.saved(new Date(2026, 10, 23, 10, 32))).toBe(
			'Brouillon enregistré à 10\u00a0h\u00a032',
		);
		expect(strings.saved(new Date(2026, 10, 23, 9, 0))).toBe('Brouillon enregistré à 9\u00a0h');
		expect(strings.saved(new Date(2026, 10, 23, 9, 5))).toBe(
			'Brouillon enregistré à 9\u00a0h\u00a005',
		);
		expect(strings.errorCount(1)).toBe('Cette étape contient 1\u202ferreur');
		expect(strings.documentTitle(2, 4, 'Vos aides', 'Préparer mon dossier')).toBe(
			'Étape 2 sur 4\u202f: Vos aides – Préparer mon dossier | Habilitation CCAS',
		);
	});
});
