// The legal pages say exactly what was verified: a status checked against the 2015 text only is not a bare « En vigueur ».
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import { verifiedStatus } from '../../src/lib/citations/status';

const legal = loadCatalogue('content').catalogue.legal;
const entry = (id: string) => {
	const found = legal.find((candidate) => candidate.id === id);
	if (!found) throw new Error(id);
	return found;
};

describe('verifiedStatus', () => {
	it('says « en vigueur » plainly only for an article checked in the official LEGI data', () => {
		expect(verifiedStatus(entry('crpa-l114-8'))).toEqual({
			label: 'En vigueur',
			tone: 'success',
			detail:
				'Article en vigueur d’après les données officielles LEGI de Légifrance\u202f; vérifié le 28 mai 2026.',
		});
	});

	it('says what an entry checked against the 2015 text rests on', () => {
		const status = verifiedStatus(entry('casf-r123-5'));
		expect(status.label).toBe('En vigueur selon le texte de 2015');
		expect(status.tone).toBe('warning');
		expect(status.detail).toContain('les modifications postérieures n’ont pas été vérifiées');
	});

	it('gives R. 114-9-3 one legal date, and the date its absence was seen as such', () => {
		const status = verifiedStatus(entry('crpa-r114-9-3'));
		expect(status.label).toBe('Abrogé');
		expect(status.detail).toBe(
			'Article abrogé le 14 mai 2023 (son absence des données LEGI a été constatée le 16 mai 2023)\u202f; vérifié le 28 mai 2026.',
		);
	});

	it('never shows an entry of lesser confidence as checked in force', () => {
		for (const article of legal.filter(
			(a) => a.status === 'en vigueur' && a.confidence !== 'LEGI',
		)) {
			expect(verifiedStatus(article).label, article.id).not.toBe('En vigueur');
		}
	});
});
