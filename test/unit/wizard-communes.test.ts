// The official list of communes, trimmed at build time, and what step 1 derives from a commune.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	ccasName,
	communeChunk,
	communeChunks,
	communeFromOption,
	communeOption,
	foldName,
	populationBand,
	searchCommunes,
	trimCommunes,
} from '../../src/lib/wizard/communes';

const require = createRequire(import.meta.url);
const source = JSON.parse(
	readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'),
) as Parameters<typeof trimCommunes>[0];
const chunks = trimCommunes(source);

describe('trimCommunes', () => {
	it('keeps every current commune once, in the chunk of its initial, with only five fields', () => {
		const current = source.filter((commune) => commune.type === 'commune-actuelle');
		const kept = [...chunks.values()].flat();
		expect(kept.length).toBe(current.length);
		expect([...chunks.keys()]).toEqual(communeChunks);
		const chaville = chunks.get('c')?.find((row) => row[1] === '92022');
		expect(chaville).toEqual(['Chaville', '92022', '92', expect.any(Number), '92370']);
		// Former and delegated communes are left out.
		const codes = new Set(current.map((commune) => commune.code));
		expect(kept.every((row) => codes.has(row[1]))).toBe(true);
	});
});

describe('searchCommunes', () => {
	const c = chunks.get('c') ?? [];
	it('finds by the start of the name, without accents or hyphens, largest first', () => {
		const found = searchCommunes(chunks.get('s') ?? [], 'saint denis', 50);
		const denis = found.filter((row) => row[0] === 'Saint-Denis').map((row) => row[2]);
		expect(denis.slice(0, 2)).toEqual(['974', '93']);
		expect(searchCommunes(c, 'CHAVIL').map((row) => row[0])).toContain('Chaville');
		expect(searchCommunes(c, '')).toEqual([]);
	});

	it('tells homonyms apart by their département, and finds an option back from its text', () => {
		const row = searchCommunes(c, 'Chaville')[0];
		if (!row) throw new Error('Chaville absente');
		expect(communeOption(row)).toBe('Chaville (92)');
		expect(communeFromOption([row], 'Chaville (92)')).toBe(row);
		expect(communeFromOption([row], 'Chaville')).toBeUndefined();
	});
});

describe('derived values', () => {
	it('puts a commune in the band of the deliberation rules', () => {
		expect(populationBand(3499)).toBe('moins-de-3500');
		expect(populationBand(3500)).toBe('3500-a-9999');
		expect(populationBand(20_594)).toBe('10000-a-49999');
		expect(populationBand(50_000)).toBe('50000-et-plus');
	});

	it('proposes the CCAS name with French elision and contraction', () => {
		expect(ccasName('Chaville')).toBe('CCAS de Chaville');
		expect(ccasName('Orléans')).toBe('CCAS d’Orléans');
		expect(ccasName('Le Mans')).toBe('CCAS du Mans');
		expect(ccasName('Les Mureaux')).toBe('CCAS des Mureaux');
		expect(ccasName('La Rochelle')).toBe('CCAS de La Rochelle');
	});

	it('folds names and files them by initial', () => {
		expect(foldName('L’Haÿ-les-Roses')).toBe('l hay les roses');
		expect(communeChunk('Œuilly')).toBe('o');
		expect(communeChunk('Écouen')).toBe('e');
		expect(communeChunk('123')).toBe('autres');
	});
});
