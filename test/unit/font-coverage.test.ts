// The Dossier's table of drawable code points is generated from the embedded fonts: this test
// measures the real font files again and fails when the table and the fonts disagree.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { drawableByAllFaces } from '../../src/lib/render/pdf';
import { FONT_COVERAGE_RANGES } from '../../src/lib/schema/font-coverage-data';
import { decodeRanges, encodeRanges, fontCovers } from '../../src/lib/schema/font-coverage';
import { nodePdfFonts } from '../helpers/fonts';

describe('font coverage table', () => {
	it('is what the three DejaVu Sans faces draw (regenerate: src/cli/generate-font-coverage.ts)', async () => {
		const drawable = await drawableByAllFaces(await nodePdfFonts());
		expect(drawable.length).toBeGreaterThan(4000);
		expect(FONT_COVERAGE_RANGES).toBe(encodeRanges(drawable));
	});

	it('decodes to the code points it encodes', () => {
		const points = [0x20, 0x21, 0x22, 0x41, 0x202f, 0x1f600, 0x1f601];
		const bounds = decodeRanges(encodeRanges(points));
		expect(bounds).toEqual([0x20, 0x23, 0x41, 0x42, 0x202f, 0x2030, 0x1f600, 0x1f602]);
	});

	it.each([
		['Ł', true],
		['ễ', true],
		['Ğ', true],
		['\u202f', true],
		['€', true],
		['王', false],
		['अ', false],
		['🎉', false],
		// DejaVu Sans draws some emoji (the emoticons block): those are accepted.
		['😀', true],
		// DejaVu has Tifinagh, but fontkit's shaper for it throws under pdf-lib: not drawable.
		['ⴰ', false],
	])('%s: %s', (char, covered) => {
		expect(fontCovers(char.codePointAt(0) ?? 0)).toBe(covered);
	});

	it('covers every character of the example dossier', () => {
		const text = readFileSync('examples/ccas-villebourg.json', 'utf8');
		const missing = [...text].filter(
			(char) => !/\s/.test(char) && !fontCovers(char.codePointAt(0) ?? 0),
		);
		expect(missing).toEqual([]);
	});

	it('stays small in the browser bundle', () => {
		expect(FONT_COVERAGE_RANGES.length).toBeLessThan(2000);
	});
});
