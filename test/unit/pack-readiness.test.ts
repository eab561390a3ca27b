// The checklist of « Votre dossier »: each missing section names the wizard step that fills it.
import { describe, expect, it } from 'vitest';
import { formatMissing, missingItems, packReadiness } from '../../src/lib/pack';
import { DOSSIER_SCHEMA_VERSION, type Dossier } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();

describe('packReadiness', () => {
	it('finds the example ready', () => {
		const items = packReadiness(exampleDossier(), catalogue);
		expect(items.map((item) => item.id)).toEqual([
			'ccas',
			'aides',
			'donnees',
			'traitement',
			'acces-api',
			'seance',
			'demande',
			'delegue',
		]);
		expect(missingItems(items)).toEqual([]);
	});

	it('names the step of each missing section', () => {
		const items = packReadiness(
			{ schemaVersion: DOSSIER_SCHEMA_VERSION, extraData: [] },
			catalogue,
		);
		expect(missingItems(items).map((item) => [item.id, item.step])).toEqual([
			['ccas', 'ccas'],
			['aides', 'aides'],
			['traitement', 'traitement'],
			['seance', 'seance'],
			['demande', 'demande'],
		]);
		expect(formatMissing(items)[0]).toMatch(
			/^Votre CCAS : Renseignez le CCAS.*\(étape « Votre CCAS »\)$/,
		);
	});

	it('sends over-collection back to the aids step', () => {
		const dossier: Dossier = { ...exampleDossier(), extraData: ['enfants'] };
		const missing = missingItems(packReadiness(dossier, catalogue));
		expect(missing.map((item) => [item.id, item.step])).toEqual([['donnees', 'aides']]);
		expect(missing[0]?.message).toMatch(/sans qu’aucune condition d’aide ne la justifie/);
	});

	it('refuses a sitting without quorum, a missing justification and a DPO who is the maire', () => {
		const example = exampleDossier();
		const sitting = example.sitting!;
		const dossier: Dossier = {
			...example,
			processing: { ...example.processing!, retentionMonths: 60 },
			sitting: {
				...sitting,
				members: sitting.members.map((member, index) =>
					index > 2
						? { civility: member.civility, name: member.name, attendance: 'absent' }
						: member,
				),
			},
			request: { ...example.request!, dpo: { ...example.request!.dpo, jobTitle: 'Maire' } },
		};
		const missing = missingItems(packReadiness(dossier, catalogue));
		expect(missing.map((item) => [item.id, item.step])).toEqual([
			['traitement', 'traitement'],
			['seance', 'seance'],
			['delegue', 'demande'],
		]);
		expect(missing[0]?.message).toMatch(/36 mois/);
		expect(missing[1]?.message).toMatch(/quorum/i);
	});
});
