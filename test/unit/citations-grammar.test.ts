// Every message the vérificateur can write, checked for French grammar: elision, « du » / « de la », agreement.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import type { Catalogue } from '../../src/lib/catalogue/types';
import { checkCitations } from '../../src/lib/citations';
import { MAX_CITATIONS, MAX_TEXT_LENGTH } from '../../src/lib/citations/limits';
import {
	countLabel,
	countsSentence,
	findingLabels,
	verdictLabels,
} from '../../src/lib/citations/report-text';

// Texts chosen so that every branch of verdict.ts, findings.ts, missing-number.ts, powers.ts, sitting.ts, retention.ts and topics.ts speaks once.
const texts: string[] = [
	'R114-9-3 du CRPA',
	'article D. 113-14 du CRPA',
	'L11-8 du CRPA',
	'article L144-8 du CRPA',
	'article R. 144-9-5 du CRPA',
	'article L. 1114-8 du CRPA',
	'article L. 114-7 du CRPA https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045213315',
	'article L.123-21 du CASF',
	'article 100 du RGPD',
	'article 30 du RGPD',
	'l’article 123-5 du CASF',
	'article L. 114-7 du CRPA',
	'article L. 123-7 du CASF',
	'article L. 2122-22 du CGCT',
	'article L. 99-1 du CGCT',
	'article L. 161-1 du code de la sécurité sociale',
	'l’article L. 999-1',
	'l’article L114-8',
	'Le fondement juridique de l’accès aux données est l’article L. 312-1 du CASF.',
	'Objet : API Particulier\nVu l’article R. 123-5 du CASF\nVu l’article L. 114-8 du CRPA',
	'Pour l’échange via l’API, article R. 123-5 du CASF',
	'Objet : API Particulier\nLe centre gère des services (article L. 312-1 du CASF).',
	'Vu l’article D. 114-9-1 (anciennement article R. 114-9-3) du CRPA',
	'Objet : API Particulier pour les aides facultatives. Vu l’article L. 114-8 du CRPA.',
	'Objet : API Particulier. Vu les articles L. 114-8, D. 114-9-1, R. 114-9-5 et R. 114-9-6 du CRPA.',
	'Objet : API Particulier. Vu les articles L. 114-8 et D. 114-9-1 du CRPA.',
	'Reçu le 04/04/2025\nID : 035-213500663-20250404-DEL29_2025-DE\n',
	'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033219997',
	'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000038029900',
	'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047543539',
	'Le secrétaire est désigné comme le prévoit l’article L du CGCT.',
	'Le quotient familial et le revenu fiscal de référence sont consultés.',
	'DÉLÈGUE à Mme Dupont, assistante sociale, l’attribution des aides d’urgence.',
	'En dessous de ce seuil, l’aide est accordée par le travailleur social lui-même.',
	'Les aides légales sont accordées par le conseil d’administration.',
	'Le conseil comprend au plus huit membres élus et huit membres nommés.',
	'Vu l’article L. 114-8 du code de l’action sociale et des familles',
	'Membres en exercice : 13. Présents : 6. M. A a donné procuration à Mme B ; M. C a donné procuration à Mme B.',
	'Membres en exercice : 3. Présents : 1.',
	'Vu l’article L. 114-9-1 du CRPA',
	'Les données sont conservées 10 ans.',
	'Le quorum étant atteint (article R. 123-19 du CASF), le conseil délibère.',
	'Les aides d’urgence sont attribuées par délégation du conseil d’administration.',
	'Vu l’article L. 123-7 du CASF relatif à la composition du conseil ;',
	`${'a'.repeat(MAX_TEXT_LENGTH)} L. 114-8`,
	Array.from({ length: MAX_CITATIONS + 1 }, () => 'L. 114-8 du CRPA').join(' ; '),
];

let catalogue: Pick<Catalogue, 'legal'>;
let messages: string[];
beforeAll(() => {
	catalogue = loadCatalogue('content').catalogue;
	const all = texts.flatMap((text) => {
		const report = checkCitations(text, catalogue, { justifiedData: ['quotient familial'] });
		return [...report.citations, ...report.findings].map((item) => item.message);
	});
	messages = [...new Set(all)];
});

/** A message without what it quotes from the text (« L11-8 »), which is the text’s own wording. */
const ownWords = (message: string) => message.replace(/«[^»]*»/g, '« … »');

const rules: [string, RegExp][] = [
	// « avant de le citer » is right (a pronoun); « de le RGPD » is not.
	['« de le » au lieu de « du »', /\bde le (?=[A-Z]|code|règlement|texte|corpus|chapitre)/],
	['« de les » au lieu de « des »', /\bde les (?=[A-Z]|codes?|articles?|données)/],
	['« à le » au lieu de « au »', /\bà le\b/i],
	['« à les » au lieu de « aux »', /\bà les\b/i],
	['élision manquante', /(?<![\p{L}-])(?:le|la|de|ne|que|se|ce|je|me)\s+[aeiouyéèêàâîôûœ]/iu],
	['apostrophe suivie d’une espace', /[’']\s/],
	[
		'« du » ou « de la » devant un code, un règlement, une loi',
		/\bde la (?:CASF|CRPA|CGCT|CJA|RGPD|code)\b|\bdu loi\b/,
	],
	[
		'« l’article » suivi de plusieurs numéros',
		/\bl’article (?:[LRD]\. )?\d[\d-]*(?:, (?:[LRD]\. )?\d[\d-]*)* et (?:[LRD]\. )?\d/,
	],
	[
		'« les articles » suivi d’un seul numéro',
		/\bles articles (?:[LRD]\. )?\d[\d-]*(?![\d-]| et|,| à)/,
	],
	[
		'nombre 0 ou 1 suivi d’un pluriel',
		/(?<![\d\u202f ])[01] (?:erreurs|avertissements|informations|articles|références)\b/,
	],
	['double espace', / {2}/],
	['espace avant une virgule ou un point', / [,.]/],
];

describe('French grammar of the checker’s messages', () => {
	it('gathers a message from every branch (at least 30 different ones)', () => {
		expect(messages.length).toBeGreaterThanOrEqual(30);
		for (const piece of [
			'abrogé',
			'probablement',
			'n’existe pas',
			'ne fonde pas',
			'anciennement',
			'numéro de l’article manque',
			'Recommandé',
			'accusé de réception',
			'trop',
		]) {
			expect(
				messages.some((m) => m.includes(piece)),
				piece,
			).toBe(true);
		}
	});

	it.each(rules)('no message has %s', (_, rule) => {
		const faulty = messages.filter((message) => rule.test(ownWords(message)));
		expect(faulty).toEqual([]);
	});

	it('says « fait bien partie du RGPD », never « de le RGPD »', () => {
		const [citation] = checkCitations('article 30 du RGPD', catalogue).citations;
		expect(citation?.message ?? '').not.toContain('de le');
		const [listed] = checkCitations('article 31 du RGPD', catalogue).citations;
		expect(listed?.message).toContain('fait bien partie du RGPD');
	});

	it('labels and counts agree in number', () => {
		expect(countLabel('erreur', 0)).toBe('0 erreur');
		expect(countLabel('erreur', 1)).toBe('1 erreur');
		expect(countLabel('avertissement', 2)).toBe('2 avertissements');
		expect(countsSentence({ erreur: 1, avertissement: 0, info: 3 })).toBe(
			'1 erreur, 0 avertissement et 3 informations',
		);
		for (const label of [...Object.values(verdictLabels), ...Object.values(findingLabels)]) {
			for (const [name, rule] of rules) expect(rule.test(label), `${label} : ${name}`).toBe(false);
		}
	});
});
