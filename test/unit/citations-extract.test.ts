// Reference forms real deliberations use, the code each is attached to, and look-alikes that are not references.
import { describe, expect, it } from 'vitest';
import { extractCitations } from '../../src/lib/citations';

/** « CODE ARTICLE » for each reference found, in order. */
function refs(text: string): string[] {
	return extractCitations(text).map((citation) => `${citation.code ?? '?'} ${citation.article}`);
}

describe('extractCitations: reference forms', () => {
	// [text, expected « code article » list]
	const forms: [string, string[]][] = [
		[
			'Vu l’article L. 114-8 du code des relations entre le public et l’administration',
			['CRPA L114-8'],
		],
		["l'article L114-8", ['CRPA L114-8']],
		['art. R.123-5', ['CASF R123-5']],
		['Vu L 312-1', ['CASF L312-1']],
		['articles L. 2121-10 et L. 2121-15', ['CGCT L2121-10', 'CGCT L2121-15']],
		[
			'L.123-5 et R.123-2 du Code de l’action sociale et des familles',
			['CASF L123-5', 'CASF R123-2'],
		],
		['R114-9-3 du CRPA', ['CRPA R114-9-3']],
		['D. 114-9-1', ['CRPA D114-9-1']],
		['article 6.1.e du RGPD', ['RGPD 6']],
		['Les données sont minimisées (article 5-1-c).', ['RGPD 5']],
		['article 6, paragraphe 1, point e) du règlement (UE) 2016/679', ['RGPD 6']],
		['articles 13 et 14 du RGPD', ['RGPD 13', 'RGPD 14']],
		['article 4 de la loi n° 78-17 du 6 janvier 1978', ['LOI-78-17 4']],
		['article 4 de la loi Informatique et Libertés', ['LOI-78-17 4']],
		['article 30 du règlement général sur la protection des données', ['RGPD 30']],
		['article 35 du GDPR', ['RGPD 35']],
		['Article 6 (1) (e) du RGPD', ['RGPD 6']],
		['article 9-2-b) du RGPD', ['RGPD 9']],
		['articles 5, 6 et 9 du RGPD', ['RGPD 5', 'RGPD 6', 'RGPD 9']],
		['article 100 du RGPD', ['RGPD 100']],
		['L11-8 du Code des relations entre le public et\nl’administration', ['CRPA L11-8']],
		[
			'Vu l’article L 312-1 et R 123-5 du Code de l’action sociale et des familles',
			['CASF L312-1', 'CASF R123-5'],
		],
		['l’article L11-8 et l’article R 114-9-3 du CRPA', ['CRPA L11-8', 'CRPA R114-9-3']],
		['Vu l’ article L.123-21 du Code de l’Action Sociale et des familles', ['CASF L123-21']],
		[
			'[Article L.123-21 et 123-5](https://www.legifrance.gouv.fr/x)',
			['CASF L123-21', 'CASF L123-5'],
		],
		['articles L. 123-4 à L. 123-9 du CASF', ['CASF L123-4', 'CASF L123-9']],
		['article R. 421-1 du code de justice administrative', ['CJA R421-1']],
		['dans le délai de l’article R. 421-5', ['CJA R421-5']],
		['article L. 2131-1 du CGCT', ['CGCT L2131-1']],
		['article L. 114-8, 1° du CRPA', ['CRPA L114-8']],
		['article L114-8 du CRPA et article L. 114-9 du même code', ['CRPA L114-8', 'CRPA L114-9']],
		['article L. 161-1 du code de la sécurité sociale', ['AUTRE L161-1']],
		['article L. 2121\u201110', ['CGCT L2121-10']],
		['article L.\u00a0114\u20138', ['CRPA L114-8']],
		[
			'articles R. 114-9-5, R. 114-9-6 et R. 114-9-7 du CRPA',
			['CRPA R114-9-5', 'CRPA R114-9-6', 'CRPA R114-9-7'],
		],
		['article D. 113-14 du CRPA', ['CRPA D113-14']],
		['L. 133-5 du CASF', ['CASF L133-5']],
		['article L. 123-6 du C.A.S.F.', ['CASF L123-6']],
		['ARTICLE L114-10', ['CRPA L114-10']],
		['article L100-3 du code des relations entre le public et l’administration', ['CRPA L100-3']],
		['l’article 123-5 du CASF', ['CASF 123-5']],
		['article L. 14-10-1 du CASF', ['CASF L14-10-1']],
		['articles L. 113-12 et L. 113-13 du CRPA', ['CRPA L113-12', 'CRPA L113-13']],
		["Vu l'article R.123-16 du code de l'action sociale et des familles", ['CASF R123-16']],
		['article L. 262-1 du code de l’action sociale', ['CASF L262-1']],
		['l’article L. 999-1', ['? L999-1']],
		// The code named first, then its articles.
		['Vu le code de la santé publique, et notamment son article R. 2324-17', ['AUTRE R2324-17']],
		[
			'Vu le code de l’action sociale et des familles, notamment ses articles L. 123-5 et R. 123-2',
			['CASF L123-5', 'CASF R123-2'],
		],
		[
			'le règlement (UE) 2016/679 du 27 avril 2016 relatif à la protection des données (article 14)',
			['RGPD 14'],
		],
		[
			'la loi n° 78-17 du 6 janvier 1978 relative à l’informatique, et notamment son article 4',
			['LOI-78-17 4'],
		],
		// « du même code », « dudit code », « du code précité »: the last code named, wherever.
		['Vu le CRPA ;\nVu l’article D. 114-9-1 du même code', ['CRPA D114-9-1']],
		[
			'Vu le code général des collectivités territoriales ; vu l’article L. 2131-12 dudit code',
			['CGCT L2131-12'],
		],
		['Vu le CASF. Article R. 123-19 du code précité.', ['CASF R123-19']],
		['L-123-5 du CASF', ['CASF L123-5']],
		['D. 114-9-1 (anciennement article R. 114-9-3) du CRPA', ['CRPA D114-9-1', 'CRPA R114-9-3']],
		['articles R. 123-16 et suivants du CASF', ['CASF R123-16']],
	];

	it('covers at least 40 forms', () => {
		expect(forms.length).toBeGreaterThanOrEqual(40);
	});

	it.each(forms)('%j', (text, expected) => {
		expect(refs(text)).toEqual(expected);
	});

	it('keeps the raw text and its offsets in the original text', () => {
		const text = 'Vu l’article L.\u00a0114\u20138 et R 114-9-3 du CRPA.';
		const found = extractCitations(text);
		expect(found.map((c) => c.raw)).toEqual(['L.\u00a0114\u20138', 'R 114-9-3']);
		for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.raw);
		expect(found[0]?.start).toBe(text.indexOf('L.'));
	});

	it('says where the code came from', () => {
		const sources = (text: string) => extractCitations(text).map((c) => c.codeSource);
		expect(sources('L114-8 du CRPA')).toEqual(['named']);
		expect(sources('l’article L114-8')).toEqual(['range']);
		expect(sources('article L114-8 du CRPA et article L. 114-9 du même code')).toEqual([
			'named',
			'same',
		]);
		expect(sources('Ces données (article 5-1-c).')).toEqual(['form']);
		expect(sources('l’article L. 999-1')).toEqual(['none']);
	});

	it('marks the first end of a range and « et suivants »', () => {
		const [first, last] = extractCitations('articles R. 114-9-5 à R. 114-9-7 du CRPA');
		expect(first?.through).toBe('R114-9-7');
		expect(last?.through).toBeUndefined();
		const [following] = extractCitations('articles R. 123-16 et suivants du CASF');
		expect(following?.andFollowing).toBe(true);
	});

	it('names a code outside the corpus as the text writes it', () => {
		const [citation] = extractCitations('article L. 161-1 du code de la sécurité sociale');
		expect(citation?.codeName).toBe('code de la sécurité sociale');
	});

	it('applies a code named after a list to every item, across a line break', () => {
		const text =
			'Vu l’article L11-8 et l’article R 114-9-3 du Code des relations entre le public et \nl’administration';
		expect(extractCitations(text).map((c) => [c.code, c.codeSource])).toEqual([
			['CRPA', 'named'],
			['CRPA', 'named'],
		]);
	});

	it('gives a plain number no code when none is named and it has no GDPR form', () => {
		expect(refs('article 6 de la présente délibération')).toEqual([]);
		expect(refs('Conformément à l’article 3-1-a) de la convention')).toEqual([]);
	});
});

describe('extractCitations: look-alikes are not references', () => {
	const negatives: string[] = [
		'Envoyé en préfecture le 04/04/2025',
		'le 12 octobre 2023 à 18:30',
		'Tél. 01 41 15 40 00',
		'un montant de 1 234,56 € et 25%',
		'nomenclature ACTES 8.2 « Aide sociale »',
		'7.10',
		'92370 Chaville',
		'SIRET 21350066300017',
		'SIRET 213 500 663 00017',
		'ID : 035-213500663-20250404-DEL29_2025-DE',
		'décret n° 2023-362 du 11 mai 2023',
		'règlement (UE) 2016/679',
		'N°29/2025',
		'Par délibération N° 92/2021 du 5 juillet 2021',
		'Article 1er : APPROUVE l’utilisation',
		'Article 2 : la présente délibération',
		'format A4, R2-D2',
		'loi n° 2022-217 du 21 février 2022',
		'QF inférieur à 456',
		'LEGIARTI000038029900',
		'https://www.legifrance.gouv.fr/codes/article_lc/L114-8',
		'article 8.2 de la nomenclature',
		'L’an deux mille vingt-trois, le douze octobre',
		'CP 75001, BP 12-3',
	];

	it.each(negatives)('%j', (text) => {
		expect(extractCitations(text)).toEqual([]);
	});

	it('finds the reference next to look-alikes, and only it', () => {
		const text =
			'Le 04/04/2025 (N°29/2025, 7.10), vu l’article L. 2121-10 du CGCT ; décret n° 2023-362.';
		expect(refs(text)).toEqual(['CGCT L2121-10']);
	});
});
