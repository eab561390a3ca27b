// The sitting as a deliberation reports it: quorum (R. 123-17) and proxies (R. 123-16), read from the text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realCatalogue } from '../helpers/catalogue';
import { checkCitations, type Finding } from '../../src/lib/citations';

const catalogue = realCatalogue();

function sitting(text: string): Finding[] {
	return checkCitations(text, catalogue).findings.filter(
		(f) => f.kind === 'quorum' || f.kind === 'proxies',
	);
}

const NNBSP = '\u202f';

describe('quorum', () => {
	it('counts the present members given in figures, not the proxies', () => {
		const text =
			'Membres en exercice : 13 – Présents : 6 – Pouvoirs : 3 – Votants : 9\nLe quorum étant atteint, la séance est ouverte.';
		const [quorum, ...rest] = sitting(text);
		expect(rest).toEqual([]);
		// Pointed at the count of those present.
		expect(quorum?.start).toBe(text.indexOf('Présents : 6'));
		expect(quorum).toMatchObject({
			kind: 'quorum',
			severity: 'erreur',
			articleIds: ['casf-r123-17'],
		});
		expect(quorum?.message).toContain(
			`6 membres présents sur 13 en exercice, il en faut au moins 7`,
		);
	});

	it('counts the members named in the list of those present, and says why the proxies do not count', () => {
		const text = [
			'Le nombre d’administrateurs en exercice est de 17.',
			'Présents au début de la séance :',
			'',
			'Mme A, M. B, Mme C, M. D, M. E, Mme F, M.',
			'G, Mme H',
			'',
			'Absents ayant donné procuration :',
			'M. I a donné procuration à Mme A',
			'M. J a donné procuration à M. B',
			'Mme K a donné procuration à Mme C',
		].join('\n');
		const [quorum] = sitting(text);
		expect(quorum?.message).toContain(
			'8 membres présents sur 17 en exercice, il en faut au moins 9',
		);
		expect(quorum?.message).toContain(`Les 3 procurations ne comptent pas${NNBSP}:`);
	});

	it('accepts a quorum reached, a second convocation, and a text that gives no figures', () => {
		const chaville = readFileSync(
			new URL('../fixtures/seeds/000_aac0786d8c4cf6f6.txt', import.meta.url),
			'utf8',
		);
		expect(sitting(chaville)).toEqual([]);
		expect(sitting('17 membres en exercice ; 9 membres présents ; 4 procurations.')).toEqual([]);
		expect(
			sitting(
				'Le conseil, réuni sur seconde convocation, délibère quel que soit le nombre de présents. Membres en exercice : 17. Présents : 5.',
			),
		).toEqual([]);
		expect(
			sitting(
				'Membres en exercice : 13. Présents : 5. Le quorum n’ayant pas été atteint le 16 novembre, le conseil, à nouveau convoqué, délibère valablement quel que soit le nombre de membres présents.',
			),
		).toEqual([]);
		expect(sitting('Le conseil d’administration, légalement convoqué, s’est réuni.')).toEqual([]);
		// Figures that cannot both be right are not judged.
		expect(sitting('Membres en exercice : 9. Présents : 12.')).toEqual([]);
	});
});

describe('proxies', () => {
	it('finds an administrator holding two proxies, named as the text writes it', () => {
		const text = [
			'M. Paul Durand a donné procuration à Mme Élise Petit',
			'Mme Anne Roy a donné procuration à Mme Élise Petit',
			'M. Yves Blanc a donné procuration à M. Marc Noir',
		].join('\n');
		const found = sitting(text);
		expect(found.map((f) => f.kind)).toEqual(['proxies']);
		expect(found[0]?.message).toMatch(/^Mme Élise Petit détient 2 procurations/);
		expect(found[0]?.articleIds).toEqual(['casf-r123-16']);
		// Pointed at the second proxy given to her, the one too many.
		expect(text.slice(found[0]?.start ?? 0, found[0]?.end ?? 0)).toBe('Mme Élise Petit');
		expect(found[0]?.start).toBeGreaterThan(text.indexOf('Mme Anne Roy'));
	});

	it('accepts one proxy per holder, whatever the form', () => {
		expect(
			sitting(
				'Mme Kouba donne pouvoir à Mme Bonnet ; M. Leroy, représenté par M. Martin ; Mme Gauthier a donné procuration à Mme Bonnel.',
			),
		).toEqual([]);
	});
});
