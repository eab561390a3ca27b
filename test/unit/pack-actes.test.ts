// @CTES and open data: the act number and the one-line object @CTES accepts, and the SCDL row.
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { parseCsv } from '../../src/lib/csv';
import {
	ACTES_NUMBER_PATTERN,
	ACTES_OBJECT_MAX,
	actesNumber,
	actesObject,
	scdlColumns,
	scdlCsv,
	scdlPatterns,
	scdlProblems,
	scdlRow,
} from '../../src/lib/pack';
import { buildDocumentContext, isCompleteContext, type PackContext } from '../../src/lib/documents';
import type { Dossier } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();
const templates = readPackTemplates();

function contextOf(dossier: Dossier): PackContext {
	const ctx = buildDocumentContext(dossier, catalogue, templates);
	if (!isCompleteContext(ctx)) throw new Error('dossier incomplet');
	return ctx;
}

describe('@CTES act number', () => {
	it('turns the sitting number into upper case, digits and `_`, 15 characters at most', () => {
		expect(actesNumber('2026-14')).toBe('2026_14');
		expect(actesNumber('del/2026/14b')).toBe('DEL_2026_14B');
		expect(actesNumber('a-very-long-number-20')).toBe('A_VERY_LONG_NUM');
		for (const number of ['2026-14', 'del/2026/14b', 'a-very-long-number-20', 'x'])
			expect(actesNumber(number)).toMatch(ACTES_NUMBER_PATTERN);
	});
});

describe('@CTES object', () => {
	it('is one line of at most 499 characters for the example', () => {
		const object = actesObject(contextOf(exampleDossier()));
		expect(object).toBe(
			'Utilisation de l’API Particulier pour l’instruction des aides du CCAS de Villebourg-sur-Loir',
		);
		expect(object.length).toBeLessThanOrEqual(ACTES_OBJECT_MAX);
		expect(object).not.toMatch(/[\r\n]/);
	});

	it('stays on one line within 499 characters for the longest CCAS name, with tax data', () => {
		const example = exampleDossier();
		const dossier: Dossier = {
			...example,
			ccas: {
				...example.ccas!,
				name: `CCAS ${'de la très longue commune '.repeat(6)}`.slice(0, 150),
			},
			aids: example.aids!.map((aid, index) =>
				index === 1
					? {
							...aid,
							conditions: [
								...aid.conditions,
								{ criterionId: 'ressources-revenu-fiscal', threshold: 9000 },
							],
						}
					: aid,
			),
		};
		const object = actesObject(contextOf(dossier));
		expect(object).toContain('API Impôt particulier');
		expect(object.length).toBeLessThanOrEqual(ACTES_OBJECT_MAX);
		expect(object).not.toMatch(/[\r\n]|\s{2}/);
	});
});

describe('SCDL « Délibérations » row', () => {
	const ctx = contextOf(exampleDossier());
	const row = scdlRow(ctx);

	it('fills the required columns and matches the schema’s patterns', () => {
		expect(scdlProblems(row)).toEqual([]);
		expect(row.COLL_SIRET).toMatch(/^\d{14}$/);
		expect(row.DELIB_DATE).toBe('2026-11-23');
		expect(row.DELIB_MATIERE_CODE).toMatch(/^\d\.\d{1,2}$/);
		expect(row.DELIB_MATIERE_CODE).toBe('8.2');
		expect(row.DELIB_MATIERE_NOM).toBe('domaines de compétences par thèmes/aide sociale');
		expect(row.DELIB_MATIERE_NOM).toBe(row.DELIB_MATIERE_NOM.toLocaleLowerCase('fr'));
		expect(row.DELIB_MATIERE_NOM).not.toMatch(/[,()]/);
		expect(row.DELIB_OBJET).toBe(actesObject(ctx));
		// 13 in office; 9 present + 2 represented voted, unanimously.
		expect([row.VOTE_EFFECTIF, row.VOTE_REEL, row.VOTE_POUR, row.VOTE_CONTRE]).toEqual([
			'13',
			'11',
			'11',
			'0',
		]);
		for (const [column, pattern] of Object.entries(scdlPatterns))
			if (row[column as keyof typeof row] !== '')
				expect(row[column as keyof typeof row]).toMatch(pattern);
	});

	it('reports an empty required column or a value off its pattern', () => {
		expect(scdlProblems({ ...row, COLL_SIRET: '123', DELIB_OBJET: ' ' })).toEqual([
			expect.stringMatching(/^COLL_SIRET : « 123 » ne respecte pas/),
			expect.stringMatching(/^DELIB_OBJET : valeur obligatoire manquante/),
		]);
	});

	it('writes a comma-separated file without BOM that parses back to the same row', () => {
		const text = scdlCsv(ctx);
		expect(text.startsWith('COLL_NOM,COLL_SIRET,')).toBe(true);
		expect(text.endsWith('\r\n')).toBe(true);
		const [header, values, ...rest] = parseCsv(text, ',');
		expect(rest).toEqual([]);
		expect(header).toEqual([...scdlColumns]);
		expect(values).toEqual(scdlColumns.map((column) => row[column]));
	});

	it('leaves the subject name empty, and says so, for a classification it does not know', () => {
		const example = exampleDossier();
		const dossier: Dossier = { ...example, sitting: { ...example.sitting!, actesCode: '5.7' } };
		const other = scdlRow(contextOf(dossier));
		expect(other.DELIB_MATIERE_NOM).toBe('');
		expect(scdlProblems(other)).toEqual([
			expect.stringMatching(/^DELIB_MATIERE_NOM : valeur obligatoire manquante/),
		]);
	});
});
