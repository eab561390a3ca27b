// Verdicts, messages, links and document findings of the citation checker, on the real corpus and on small fixtures.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import type { Catalogue, WithId } from '../../src/lib/catalogue/types';
import type { LegalArticle } from '../../src/lib/schema/catalogue';
import { checkCitations, highlightSegments, type Citation } from '../../src/lib/citations';
import { completeSections } from '../../src/lib/citations/sections';

let catalogue: Pick<Catalogue, 'legal'>;
beforeAll(() => {
	catalogue = loadCatalogue('content').catalogue;
	const ids = new Set(catalogue.legal.map((entry) => entry.id));
	// The checker's expectations rest on these corpus entries; say so plainly if one is missing.
	for (const id of [
		'crpa-l114-8',
		'crpa-r114-9-3',
		'crpa-d114-9-1',
		'casf-l312-1',
		'casf-r123-5',
	]) {
		expect(ids, `content/legal/${id}.yaml`).toContain(id);
	}
});

function only(text: string, options = {}): Citation {
	const { citations } = checkCitations(text, catalogue, options);
	expect(citations).toHaveLength(1);
	return citations[0] as Citation;
}

describe('verdicts on the real corpus', () => {
	// [text, verdict, severity, articleId, suggestion]
	const cases: [string, Citation['verdict'], Citation['severity'], string | null, string | null][] =
		[
			['article L. 114-8 du CRPA', 'in-force', 'info', 'crpa-l114-8', null],
			['D. 114-9-1', 'in-force', 'info', 'crpa-d114-9-1', null],
			['article 6.1.e du RGPD', 'in-force', 'info', 'rgpd-6', null],
			['article 4 de la loi n° 78-17', 'in-force', 'info', 'loi-78-17-4', null],
			['R114-9-3 du CRPA', 'abrogated', 'erreur', 'crpa-r114-9-3', 'crpa-d114-9-1'],
			['article D. 113-14 du CRPA', 'abrogated', 'erreur', 'crpa-d113-14', null],
			['L11-8 du CRPA', 'mistyped', 'erreur', null, 'crpa-l114-8'],
			['article L.123-21 du CASF', 'non-existent', 'erreur', null, 'casf-l123-5'],
			['article 100 du RGPD', 'non-existent', 'erreur', null, null],
			['article L. 2121-10 du CGCT', 'in-force', 'info', 'cgct-l2121-10', null],
			['article L. 2122-22 du CGCT', 'not-in-corpus', 'avertissement', null, null],
			[
				'article L. 161-1 du code de la sécurité sociale',
				'not-in-corpus',
				'avertissement',
				null,
				null,
			],
			['l’article L. 999-1', 'not-in-corpus', 'avertissement', null, null],
			['l’article 123-5 du CASF', 'not-in-corpus', 'avertissement', null, null],
			['Vu l’article L 312-1 du CASF', 'in-force', 'info', 'casf-l312-1', null],
			[
				'L’accès aux données repose sur l’article L 312-1 du CASF',
				'misused',
				'erreur',
				'casf-l312-1',
				'crpa-l114-8',
			],
			[
				'Pour l’échange via l’API, article R. 123-5 du CASF',
				'misused',
				'erreur',
				'casf-r123-5',
				'crpa-l114-8',
			],
		];

	it.each(cases)('%j → %s', (text, verdict, severity, articleId, suggestion) => {
		const citation = only(text);
		expect(citation.verdict).toBe(verdict);
		expect(citation.severity).toBe(severity);
		expect(citation.articleId).toBe(articleId);
		expect(citation.suggestion).toBe(suggestion);
	});

	it('does not call a plausible number a typo, only names the near article', () => {
		const citation = only('article L. 114-7 du CRPA');
		expect(citation.verdict).toBe('not-in-corpus');
		expect(citation.message).toContain('L. 114-8');
	});

	it('treats a bare visa of L312-1 in a deliberation on API Particulier as misused, basis or not', () => {
		const text = 'Objet : utilisation de l’API Particulier\nVu l’article L 312-1 du CASF';
		expect(only(text).verdict).toBe('misused');
		const withBasis = `${text}\nVu l’article L. 114-8 du CRPA`;
		const report = checkCitations(withBasis, catalogue);
		expect(report.citations.map((c) => c.verdict)).toEqual(['misused', 'in-force']);
		expect(report.citations[0]?.message).toContain('visé sans autre précision');
	});

	it('accepts L312-1 in the visas when the visa says what it is cited for', () => {
		const text =
			'Objet : utilisation de l’API Particulier\nVu l’article L. 312-1 du CASF, qui énumère les ' +
			'établissements et services sociaux et médico-sociaux que le centre gère ;\nVu l’article ' +
			'L. 114-8 du CRPA';
		const report = checkCitations(text, catalogue);
		expect(report.citations.map((c) => c.verdict)).toEqual(['in-force', 'in-force']);
	});

	it('explains a misused article and lists what to cite instead', () => {
		const citation = only('L’accès aux données repose sur l’article L 312-1 du CASF');
		expect(citation.message).toContain('établissements et services sociaux et médico-sociaux');
		expect(citation.message).toContain('L. 114-8');
		expect(citation.message).toContain('D. 114-9-1');
		expect(citation.seeAlso).toEqual(['crpa-d114-9-1', 'casf-l123-5', 'casf-r123-2']);
	});

	it('links our page and the official text for a corpus article', () => {
		const citation = only('article L. 114-8 du CRPA');
		expect(citation.link.page).toBe('/cadre-juridique/crpa-l114-8/');
		expect(citation.link.official).toMatch(
			/^https:\/\/www\.legifrance\.gouv\.fr\/codes\/article_lc\/LEGIARTI\d{12}$/,
		);
	});

	it('links a Légifrance search for an article outside the corpus', () => {
		const citation = only('article L. 2122-22 du CGCT');
		expect(citation.link.page).toBeNull();
		expect(citation.link.official).toBe(
			`https://www.legifrance.gouv.fr/search/code?query=${encodeURIComponent('L2122-22 code général des collectivités territoriales')}`,
		);
		expect(citation.message).toContain('nous ne pouvons garantir');
	});

	it('names the successor and its date for an abrogated article', () => {
		const citation = only('R 114-9-3 du CRPA');
		expect(citation.message).toContain('«\u202fR 114-9-3\u202f»');
		expect(citation.message).toMatch(/abrogé depuis le \d{1,2}(?:er)? \S+ 2023/);
		expect(citation.message).toContain('l’article D. 114-9-1 du CRPA');
		expect(citation.message).toContain('(anciennement article R. 114-9-3)');
	});

	it('writes messages with French typography', () => {
		const texts = [
			'R114-9-3 du CRPA',
			'L11-8 du CRPA',
			'article L.123-21 du CASF',
			'article L. 2122-22 du CGCT',
			'L’accès aux données repose sur l’article L 312-1 du CASF',
		];
		for (const text of texts) {
			const { message } = only(text);
			expect(message).not.toMatch(/'/);
			expect(message).not.toMatch(/ [;:!?]/);
			expect(message).toMatch(/«\u202f[^»]+\u202f»/);
			expect(message).toMatch(/\u202f[:;?]/);
		}
	});

	it('sorts citations by position and counts severities', () => {
		const report = checkCitations('L11-8 du CRPA, puis l’article L. 114-9 du CRPA', catalogue);
		expect(report.citations.map((c) => c.start)).toEqual([0, report.citations[1]?.start]);
		expect((report.citations[1]?.start ?? 0) > 0).toBe(true);
		expect(report.counts).toEqual({ erreur: 1, avertissement: 0, info: 1 });
		expect(report.hasError).toBe(true);
	});

	it('says when an unknown number is that of an article of another code (L. 114-8 given to the CASF)', () => {
		const citation = only('Vu l’article L. 114-8 du code de l’action sociale et des familles ;');
		expect(citation.verdict).toBe('not-in-corpus');
		expect(citation.message).toMatch(
			/Ce numéro est aussi celui de l’article L\.\s114-8 du CRPA, que nous suivons/,
		);
		expect(only('Vu l’article L. 114-7 du CRPA ;').message).not.toContain('aussi celui');
		// The same number under another letter of the same code: « L. 114-9-1 » for D. 114-9-1.
		const letter = only('Vu l’article L. 114-9-1 du CRPA ;');
		expect(letter.verdict).toBe('not-in-corpus');
		expect(letter.message).toMatch(/autre lettre, l’article D\.\s114-9-1 du CRPA/);
	});

	it('reads « l’ancien article R. 114-9-3 n’existe plus … l’article D. 114-9-1 » as history, not as a citation in force', () => {
		const verdicts = (text: string) =>
			checkCitations(text, catalogue).citations.map((c) => [c.article, c.verdict]);
		expect(
			verdicts(
				'L’ancien article R. 114-9-3 du CRPA n’existe plus : son rôle est passé à l’article D. 114-9-1.',
			),
		).toEqual([
			['R114-9-3', 'former'],
			['D114-9-1', 'in-force'],
		]);
		expect(
			verdicts('L’article R. 114-9-3 du CRPA, abrogé, est remplacé par l’article D. 114-9-1.'),
		).toEqual([
			['R114-9-3', 'former'],
			['D114-9-1', 'in-force'],
		]);
		// Cited side by side in the visas, or the successor in another sentence: still an error.
		expect(verdicts('Vu l’article R. 114-9-3 du CRPA ; vu l’article D. 114-9-1 du CRPA.')).toEqual([
			['R114-9-3', 'abrogated'],
			['D114-9-1', 'in-force'],
		]);
		expect(
			verdicts('L’ancien article R. 114-9-3 du CRPA s’applique. Vu l’article D. 114-9-1 du CRPA.'),
		).toEqual([
			['R114-9-3', 'abrogated'],
			['D114-9-1', 'in-force'],
		]);
	});

	it('finds an article cited for a subject another one treats, and only then', () => {
		const wrong = (text: string) =>
			checkCitations(text, catalogue)
				.findings.filter((f) => f.kind === 'wrong-subject')
				.map((f) => [f.severity, f.articleIds]);
		expect(
			wrong('Le quorum étant atteint (article R. 123-19 du CASF), le conseil délibère.'),
		).toEqual([['erreur', ['casf-r123-17']]]);
		expect(
			wrong('Vu l’article L. 123-7 du CASF relatif à la composition du conseil d’administration ;'),
		).toEqual([['erreur', ['casf-l123-6', 'casf-r123-7']]]);
		expect(
			wrong(
				'Vu l’article R. 123-19 du CASF et le règlement intérieur, qui institue la commission permanente ;',
			),
		).toEqual([]);
		expect(wrong('Le quorum est atteint (article R. 123-17 du CASF).')).toEqual([]);
	});

	it('is clean on a well-founded text', () => {
		const text =
			'Vu les articles L. 114-8 et D. 114-9-1 du CRPA ; vu les articles L. 123-5 et R. 123-2 du CASF.';
		const report = checkCitations(text, catalogue);
		expect(report.hasError).toBe(false);
		expect(report.counts.erreur).toBe(0);
		expect(report.citations.every((c) => c.verdict === 'in-force')).toBe(true);
	});
});

describe('document findings', () => {
	it('reports the references missing from a deliberation on API Particulier', () => {
		const text =
			'Objet : API Particulier pour les aides facultatives. Vu l’article L. 114-8 du CRPA.';
		const findings = checkCitations(text, catalogue).findings;
		expect(findings.map((f) => [f.kind, f.articleIds])).toEqual([
			['missing-reference', ['casf-l123-5']],
			['missing-reference', ['casf-r123-2']],
			[
				'recommended-reference',
				['crpa-d114-9-1', 'crpa-r114-9-5', 'crpa-r114-9-6', 'crpa-r114-9-7'],
			],
		]);
		expect(findings.every((f) => f.severity === 'avertissement')).toBe(true);
	});

	it('asks for L. 114-8 but not for the CASF articles when no facultative aid is mentioned', () => {
		const findings = checkCitations('Objet : recours à l’API Particulier.', catalogue).findings;
		expect(findings.filter((f) => f.kind === 'missing-reference').map((f) => f.articleIds)).toEqual(
			[['crpa-l114-8']],
		);
	});

	it('asks for nothing in a text that is not about data access', () => {
		expect(
			checkCitations('Le conseil approuve le budget des aides facultatives.', catalogue).findings,
		).toEqual([]);
	});

	it('flags a Légifrance link to an outdated version of an article in force', () => {
		const url = 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033219997';
		const text = `Voir ${url} pour le texte.`;
		const [link] = checkCitations(text, catalogue).findings.filter(
			(f) => f.kind === 'outdated-link',
		);
		expect(link?.severity).toBe('avertissement');
		expect(link?.articleIds).toEqual(['crpa-l114-8']);
		expect(text.slice(link?.start ?? 0, link?.end ?? 0)).toBe(url);
		expect(link?.message).toContain('LEGIARTI000045213315');
	});

	it('flags an old-style idArticle link to an abrogated article as an error', () => {
		const text =
			'[R114-9-3](https://www.legifrance.gouv.fr/affichCodeArticle.do;jsessionid=83A5?cidTexte=LEGITEXT000031366350&idArticle=LEGIARTI000038029900&dateTexte=20190213#LEGIARTI000038029900)';
		const [link] = checkCitations(text, catalogue).findings.filter(
			(f) => f.kind === 'outdated-link',
		);
		expect(link?.severity).toBe('erreur');
		expect(link?.articleIds).toEqual(['crpa-r114-9-3', 'crpa-d114-9-1']);
	});

	it('leaves a link to the current version alone', () => {
		const text = 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045213315';
		expect(checkCitations(text, catalogue).findings).toEqual([]);
	});

	it('recognises a prefecture stamp as information', () => {
		const text = 'Reçu en préfecture le 04/04/2025\nID : 035-213500663-20250404-DEL29_2025-DE\n';
		const report = checkCitations(text, catalogue);
		const [stamp] = report.findings;
		expect(stamp?.kind).toBe('prefecture-stamp');
		expect(stamp?.severity).toBe('info');
		// The date inside the identifier is not reliably the transmission date: it is not given as such.
		expect(stamp?.message).not.toContain('4 avril 2025');
		expect(stamp?.message).toContain('accusé de réception');
		expect(text.slice(stamp?.start ?? 0, stamp?.end ?? 0)).toBe(
			'035-213500663-20250404-DEL29_2025-DE',
		);
		expect(report.citations).toEqual([]);
	});

	it('ignores a stamp-like id with an impossible date', () => {
		const text = 'ID : 035-213500663-20250231-DEL29_2025-DE';
		expect(checkCitations(text, catalogue).findings).toEqual([]);
	});

	it('flags data that no condition justifies, only when justified data are given', () => {
		const text = 'Le CCAS consulte le quotient familial et le revenu fiscal de référence.';
		expect(checkCitations(text, catalogue).findings).toEqual([]);
		const findings = checkCitations(text, catalogue, {
			justifiedData: ['Quotient familial CAF'],
		}).findings;
		expect(findings.map((f) => [f.kind, text.slice(f.start ?? 0, f.end ?? 0)])).toEqual([
			['unjustified-data', 'revenu fiscal de référence'],
		]);
	});

	it('reports a text cut to its first characters', () => {
		const report = checkCitations('a'.repeat(300_000), catalogue);
		expect(report.findings.map((f) => f.kind)).toEqual(['truncated']);
		expect(report.counts.avertissement).toBe(1);
	});
});

describe('on small fixtures', () => {
	const entry = (
		id: string,
		fields: Partial<WithId<LegalArticle>> & Pick<LegalArticle, 'code' | 'article'>,
	): WithId<LegalArticle> => ({
		id,
		title: `Titre ${id}`,
		summary: 'Résumé.',
		status: 'en vigueur',
		url: `https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI00000000000${id.length % 10}`,
		legiarti: null,
		versions: [],
		checked: { date: '2026-11-23', source: 'essai' },
		confidence: 'LEGI',
		...fields,
	});

	it('ranks typo candidates: frequently cited first, then by id', () => {
		const legal = [
			entry('crpa-l115-8', { code: 'CRPA', article: 'L115-8' }),
			entry('crpa-l114-8', { code: 'CRPA', article: 'L114-8' }),
			entry('crpa-l113-8', { code: 'CRPA', article: 'L113-8' }),
		];
		const [citation] = checkCitations('L11-8 du CRPA', { legal }).citations;
		expect(citation?.suggestion).toBe('crpa-l114-8');
		expect(citation?.seeAlso).toEqual(['crpa-l113-8', 'crpa-l115-8']);
	});

	it('never proposes an abrogated article or one of another code as the correction', () => {
		const legal = [
			entry('crpa-l114-8', { code: 'CRPA', article: 'L114-8', status: 'abrogé' }),
			entry('casf-l114-8', { code: 'CASF', article: 'L114-8' }),
		];
		const [citation] = checkCitations('L11-8 du CRPA', { legal }).citations;
		expect(citation?.verdict).toBe('not-in-corpus');
		expect(citation?.suggestion).toBeNull();
	});

	it('tells to remove an abrogated article without successor', () => {
		const legal = [entry('crpa-r114-9-1', { code: 'CRPA', article: 'R114-9-1', status: 'abrogé' })];
		const [citation] = checkCitations('R. 114-9-1 du CRPA', { legal }).citations;
		expect(citation?.verdict).toBe('abrogated');
		expect(citation?.suggestion).toBeNull();
		expect(citation?.message).toContain('Retirez');
	});

	it('survives an empty or malformed catalogue', () => {
		const broken = { legal: undefined } as unknown as Pick<Catalogue, 'legal'>;
		const report = checkCitations('L114-8 du CRPA', broken);
		expect(report.citations.map((c) => c.verdict)).toEqual(['not-in-corpus']);
	});
});

describe('complete sections', () => {
	it('lists the CCAS section of the CASF with its source', () => {
		const casf = completeSections.find((section) => section.code === 'CASF');
		expect(casf?.articles).toEqual([
			'L123-4',
			'L123-4-1',
			'L123-5',
			'L123-6',
			'L123-7',
			'L123-8',
			'L123-9',
		]);
		expect(casf?.source).toMatch(/2015-991/);
	});

	it('treats a listed article outside the corpus as existing, not as missing', () => {
		const citation = only('article L. 123-4-1 du CASF');
		expect(citation.verdict).toBe('not-in-corpus');
		expect(citation.message).toContain('fait bien partie');
		expect(only('article L. 123-5-1 du CASF').verdict).toBe('non-existent');
	});
});

describe('highlightSegments', () => {
	it('cuts the text around citations, and the pieces join back to the text', () => {
		const text = 'Vu L11-8 et R 114-9-3 du CRPA.';
		const { citations } = checkCitations(text, catalogue);
		const segments = highlightSegments(text, citations);
		expect(segments).toEqual([
			{ text: 'Vu ' },
			{ text: 'L11-8', citationIndex: 0 },
			{ text: ' et ' },
			{ text: 'R 114-9-3', citationIndex: 1 },
			{ text: ' du CRPA.' },
		]);
		expect(segments.map((s) => s.text).join('')).toBe(text);
	});

	it('skips spans out of range or overlapping', () => {
		const segments = highlightSegments('abcdef', [
			{ start: 1, end: 3 },
			{ start: 2, end: 4 },
			{ start: 5, end: 9 },
			{ start: 4, end: 4 },
		]);
		expect(segments).toEqual([{ text: 'a' }, { text: 'bc', citationIndex: 0 }, { text: 'def' }]);
	});
});
