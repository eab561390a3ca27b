// People entered once: what later steps take from « Votre CCAS ».
import { describe, expect, it } from 'vitest';
import { prefillValues, splitName } from '../../src/lib/wizard/prefill';
import { exampleDossier } from '../helpers/catalogue';
import { DOSSIER_SCHEMA_VERSION } from '../../src/lib/schema/dossier';

const example = exampleDossier();

describe('prefillValues', () => {
	it('gives the DataPass step the director as business contact and the DPO of step 1', () => {
		const values = prefillValues('demande', example);
		expect(values).toMatchObject({
			'metier.givenName': 'Minh',
			'metier.familyName': 'Nguyễn',
			'metier.jobTitle': 'Directeur du CCAS',
			'dpo.givenName': 'Gülşen',
			'dpo.familyName': 'Öztürk',
			'dpo.email': example.ccas?.dpo.email,
			projectName: 'Aides sociales du CCAS de Villebourg-sur-Loir',
		});
	});

	it('puts the president first on the board and in the chair, and the director as secretary', () => {
		expect(prefillValues('seance', example)).toEqual({
			'members.0.civility': 'Mme',
			'members.0.name': 'Hélène Łukasiewicz',
			'members.0.role': 'président',
			presidentOfSitting: 'Hélène Łukasiewicz',
			secretary: 'Minh Nguyễn',
		});
	});

	it('gives nothing before the CCAS step is done, or to a step that needs nothing', () => {
		expect(
			prefillValues('demande', { schemaVersion: DOSSIER_SCHEMA_VERSION, extraData: [] }),
		).toEqual({});
		expect(prefillValues('aides', example)).toEqual({});
	});
});

describe('splitName', () => {
	it('reads the first word as the given name and keeps compound family names whole', () => {
		expect(splitName('Jean de La Fontaine')).toEqual({
			givenName: 'Jean',
			familyName: 'de La Fontaine',
		});
		expect(splitName('  Dupont ')).toEqual({ givenName: '', familyName: 'Dupont' });
	});
});
