// Folding and tokenising: accents, apostrophes, article numbers and French stop words.
import { describe, expect, it } from 'vitest';
import {
	foldText,
	frenchStopWords,
	normalizeQuery,
	searchTokens,
} from '../../src/lib/search/normalize';

describe('foldText', () => {
	it.each([
		['Délibération', 'deliberation'],
		['ÉCOLE, Noël, cœur', 'ecole, noel, cœur'],
		['l’API d’État', "l'api d'etat"],
	])('folds %s', (input, expected) => {
		expect(foldText(input)).toBe(expected);
	});

	it.each([
		['R. 114-9-3', 'r114-9-3'],
		['R 114-9-3', 'r114-9-3'],
		['R.114-9-3', 'r114-9-3'],
		['L.\u00a0114-8', 'l114-8'],
		['D114-9-1', 'd114-9-1'],
		['article R. 123-21 du CASF', 'article r123-21 du casf'],
	])('writes the article number %s compactly', (input, expected) => {
		expect(foldText(input)).toBe(expected);
	});

	it('leaves numbers without a dash alone (« à 3 ans » is not an article)', () => {
		expect(foldText('à 3 ans')).toBe('a 3 ans');
	});
});

describe('searchTokens', () => {
	it('drops stop words and elided articles', () => {
		expect(searchTokens('Le quotient familial de la CAF')).toEqual(['quotient', 'familial', 'caf']);
		expect(searchTokens('l’instruction d’une demande')).toEqual(['instruction', 'demande']);
	});

	it('keeps article numbers, acronyms and lone digits', () => {
		expect(searchTokens('R. 114-9-3')).toEqual(['r114-9-3']);
		expect(searchTokens('C2S et RSA')).toEqual(['c2s', 'rsa']);
		expect(searchTokens('article 6 du RGPD')).toEqual(['article', '6', 'rgpd']);
	});

	it('lists its stop words without accents, since they are compared after folding', () => {
		for (const word of frenchStopWords) expect(foldText(word)).toBe(word);
	});
});

describe('normalizeQuery', () => {
	it('is empty for a query of stop words only', () => {
		expect(normalizeQuery('de la ')).toBe('');
	});

	it('joins the meaningful words', () => {
		expect(normalizeQuery('  Quotien   familial  ')).toBe('quotien familial');
	});
});
