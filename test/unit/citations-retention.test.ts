// Retention periods a deliberation gives, against DataPass's 36 months (../shared/reference/datapass.md).
import { describe, expect, it } from 'vitest';
import { realCatalogue } from '../helpers/catalogue';
import { checkCitations } from '../../src/lib/citations';

const catalogue = realCatalogue();

const retention = (text: string) =>
	checkCitations(text, catalogue).findings.filter((f) => f.kind === 'retention');

describe('retention periods', () => {
	it.each([
		['Article 3 : Les données sont conservées 10 ans.', 120],
		['Les informations obtenues seront conservées pendant cinq ans après la clôture.', 60],
		['Durée de conservation des données : 48 mois.', 48],
		['Les justificatifs obtenus sont conservés 10 ans.', 120],
	])('warns on « %s » (%i months)', (text, months) => {
		const [found, ...rest] = retention(text);
		expect(rest).toEqual([]);
		expect(found?.severity).toBe('avertissement');
		expect(found?.message).toContain(`Durée de conservation de ${months} mois`);
		expect(text.slice(found?.start ?? 0, found?.end ?? 0)).toMatch(/^(?:conserv|Durée)/);
	});

	it.each([
		'Les données sont conservées deux ans après la clôture du dossier, puis détruites.',
		'Les données sont conservées 36 mois.',
		'Les données sont conservées 48 mois, durée justifiée par les contrôles de la CAF.',
		'Les pièces comptables sont conservées 10 ans.',
		'Elles sont conservées pendant quarante-huit mois après la clôture du dossier.',
	])('says nothing on « %s »', (text) => {
		expect(retention(text)).toEqual([]);
	});
});
