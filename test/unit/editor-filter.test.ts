// The editor list's filter: matching rows by use case and API, and the count message.
import { describe, expect, it } from 'vitest';
import { countLabel, matchesFilter, tagList } from '../../src/lib/editors/filter';

describe('editor filter', () => {
	const ccas = { useCases: ['ccas'], apis: ['api-particulier'] };

	it('matches on use case and API, an empty choice matching all', () => {
		expect(matchesFilter(ccas, { useCase: '', api: '' })).toBe(true);
		expect(matchesFilter(ccas, { useCase: 'ccas', api: 'api-particulier' })).toBe(true);
		expect(matchesFilter(ccas, { useCase: 'portail-famille', api: '' })).toBe(false);
		expect(matchesFilter(ccas, { useCase: '', api: 'api-impot-particulier' })).toBe(false);
	});

	it('reads data-* lists and counts', () => {
		expect(tagList(' ccas  portail-famille ')).toEqual(['ccas', 'portail-famille']);
		expect(tagList(undefined)).toEqual([]);
		const templates = { none: 'Aucun', one: '1 éditeur', many: '{count} éditeurs' };
		expect([0, 1, 4].map((count) => countLabel(count, templates))).toEqual([
			'Aucun',
			'1 éditeur',
			'4 éditeurs',
		]);
	});
});
