import { describe, expect, it } from 'vitest';
import { articleLabel, compareArticles, groupByCode } from '../../src/lib/catalogue/group';
import { legalId } from '../../src/lib/catalogue/legal-id';
import { isCurrentSection } from '../../src/lib/site/config';

describe('legal helpers', () => {
	it('orders articles as a code does', () => {
		const sorted = [
			'R123-21',
			'L312-1',
			'R123-5',
			'L123-5',
			'D114-9-1',
			'R114-9-10',
			'R114-9-7',
		].sort(compareArticles);
		expect(sorted).toEqual([
			'L123-5',
			'L312-1',
			'R114-9-7',
			'R114-9-10',
			'R123-5',
			'R123-21',
			'D114-9-1',
		]);
	});

	it('writes article labels the Légifrance way', () => {
		expect(articleLabel({ code: 'CRPA', article: 'D114-9-1' })).toBe('article D. 114-9-1');
		expect(articleLabel({ code: 'RGPD', article: '6' })).toBe('article 6 du RGPD');
	});

	it('builds slugs: code, dash, article, lower case', () => {
		expect(legalId('CRPA', 'R114-9-3')).toBe('crpa-r114-9-3');
		expect(legalId('LOI-78-17', '4')).toBe('loi-78-17-4');
		expect(legalId('CASF', 'R123-21 1°')).toBe('casf-r123-21-1');
	});

	it('groups by code in corpus order and drops empty codes', () => {
		const groups = groupByCode([
			{ code: 'RGPD', article: '6' },
			{ code: 'CASF', article: 'R123-2' },
			{ code: 'CASF', article: 'L123-5' },
		]);
		expect(groups.map((g) => [g.code, g.articles.map((a) => a.article)])).toEqual([
			['CASF', ['L123-5', 'R123-2']],
			['RGPD', ['6']],
		]);
	});

	it('marks the current section for aria-current', () => {
		expect(isCurrentSection('/cadre-juridique/crpa-l114-8/', '/cadre-juridique/')).toBe(true);
		expect(isCurrentSection('/donnees-personnelles/', '/donnees/')).toBe(false);
		expect(isCurrentSection('/donnees', '/donnees/')).toBe(true);
	});
});
