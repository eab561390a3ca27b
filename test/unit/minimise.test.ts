// The engine derives data from conditions, flags what is not justified, and is deterministic.
import { describe, expect, it } from 'vitest';
import { minimise } from '../../src/lib/minimise';
import type { DossierAid } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();

function aid(conditions: DossierAid['conditions'], id = 'aide-alimentaire'): DossierAid {
	return {
		id,
		fromCatalogue: true,
		label: 'Aide alimentaire',
		nature: 'facultative',
		conditions,
		decidedBy: 'conseil',
	};
}

describe('minimise', () => {
	it('an aid with only a QF condition needs the CAF/MSA quotient and nothing from the DGFiP', () => {
		const result = minimise(
			{
				aids: [aid([{ criterionId: 'ressources-quotient-familial', threshold: 456 }])],
				extraData: [],
			},
			catalogue,
		);
		expect(result.data.map((d) => d.id)).toEqual(['quotient-familial']);
		expect(result.scopes.map((s) => s.name)).toEqual(['cnaf_quotient_familial']);
		expect(result.scopes[0]?.label).toBe('Quotient familial CAF & MSA');
		expect(result.apis).toEqual(['api-particulier']);
		expect(result.findings.map((f) => f.kind)).not.toContain('habilitation-dgfip');
		expect(result.data[0]?.reasons[0]?.conditionText).toContain('456\u00a0€');
		expect(result.data[0]?.identityPivot).toBe(true);
		expect(result.findings.map((f) => f.kind)).toEqual(
			expect.arrayContaining(['familles-non-couvertes', 'identite-complete']),
		);
	});

	it('adding an RFR condition adds the DGFiP data and the separate-habilitation finding', () => {
		const result = minimise(
			{
				aids: [
					aid([
						{ criterionId: 'ressources-quotient-familial', threshold: 456 },
						{ criterionId: 'ressources-revenu-fiscal', threshold: 12000 },
					]),
				],
				extraData: [],
			},
			catalogue,
		);
		expect(result.data.map((d) => d.id)).toEqual([
			'quotient-familial',
			'revenu-fiscal-reference',
			'nombre-parts',
		]);
		expect(result.apis).toEqual(['api-particulier', 'api-impot-particulier']);
		expect(result.scopes.map((s) => s.name)).toEqual([
			'cnaf_quotient_familial',
			'dgfip_annee_n_moins_1',
			'dgfip_nbpart',
			'dgfip_rfr',
		]);
		const dgfip = result.findings.find((f) => f.kind === 'habilitation-dgfip');
		expect(dgfip?.severity).toBe('avertissement');
		expect(dgfip?.message).toMatch(/seconde demande d’habilitation/);
	});

	it('flags a data item requested with no condition behind it', () => {
		const result = minimise(
			{
				aids: [aid([{ criterionId: 'ressources-quotient-familial', threshold: 456 }])],
				extraData: ['enfants', 'statut-c2s'],
			},
			catalogue,
		);
		const over = result.findings.filter((f) => f.kind === 'sur-collecte');
		expect(over.map((f) => [f.dataId, f.severity])).toEqual([
			['enfants', 'erreur'],
			['statut-c2s', 'erreur'],
		]);
		expect(result.matrix.rows.filter((r) => r.overCollected).map((r) => r.dataId)).toEqual([
			'enfants',
			'statut-c2s',
		]);
		// A sensitive datum asked for with no reason is flagged twice: over-collected and sensitive.
		expect(
			result.findings.some((f) => f.kind === 'donnee-sensible' && f.dataId === 'statut-c2s'),
		).toBe(true);
	});

	it('a custom condition with no API shows its manual proof', () => {
		const result = minimise(
			{
				aids: [aid([{ label: 'Avoir entre 18 et 25 ans', proof: 'Pièce d’identité' }])],
				extraData: [],
			},
			catalogue,
		);
		expect(result.data).toEqual([]);
		expect(result.manualConditions).toEqual([
			{
				aidId: 'aide-alimentaire',
				aidLabel: 'Aide alimentaire',
				conditionIndex: 0,
				label: 'Avoir entre 18 et 25 ans',
				proof: 'Pièce d’identité',
			},
		]);
		const finding = result.findings.find((f) => f.kind === 'preuve-manuelle');
		expect(finding?.message).toMatch(/La famille fournit\s: Pièce d’identité/);
		expect(finding?.articleId).toBe('crpa-l114-10');
	});

	it('a catalogue condition with no API (reste à vivre) shows the catalogue’s proof', () => {
		const result = minimise(
			{ aids: [aid([{ criterionId: 'reste-a-vivre' }])], extraData: [] },
			catalogue,
		);
		expect(result.data).toEqual([]);
		expect(result.manualConditions[0]?.proof.length).toBeGreaterThan(10);
	});

	it('flags special-category data (AAH) with extra care', () => {
		const result = minimise(
			{ aids: [aid([{ criterionId: 'beneficiaire-aah' }])], extraData: [] },
			catalogue,
		);
		expect(result.findings.find((f) => f.kind === 'donnee-sensible')?.articleId).toBe('rgpd-9');
	});

	it('reports an unknown criterion or datum instead of crashing', () => {
		const result = minimise(
			{ aids: [aid([{ criterionId: 'condition-disparue' }])], extraData: ['donnee-disparue'] },
			catalogue,
		);
		expect(result.findings.map((f) => f.kind).sort()).toEqual([
			'condition-inconnue',
			'donnee-inconnue',
		]);
	});

	it('builds the DPO matrix data × aid for the example dossier', () => {
		const dossier = exampleDossier();
		const result = minimise(dossier, catalogue);
		expect(result.matrix.aids.map((a) => a.id)).toEqual([
			'aide-alimentaire',
			'aide-energie',
			'perso-permis-jeunes',
		]);
		const qf = result.matrix.rows.find((r) => r.dataId === 'quotient-familial');
		expect(qf?.cells.map((cell) => cell.length)).toEqual([1, 1, 0]);
		expect(result.data.map((d) => d.id)).toEqual([
			'quotient-familial',
			'adresse-foyer',
			'statut-demandeur-emploi',
		]);
	});

	it('is deterministic: same dossier, same result, same order (aids shuffled do not change the data order)', () => {
		const dossier = exampleDossier();
		const first = JSON.stringify(minimise(dossier, catalogue));
		expect(JSON.stringify(minimise(structuredClone(dossier), catalogue))).toBe(first);
		const reversed = { ...dossier, aids: [...(dossier.aids ?? [])].reverse() };
		expect(minimise(reversed, catalogue).data.map((d) => d.id)).toEqual(
			minimise(dossier, catalogue).data.map((d) => d.id),
		);
	});
});
