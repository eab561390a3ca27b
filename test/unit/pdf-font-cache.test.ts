// The shared layout skips positioning and lays lines out word by word: the glyphs it hands pdf-lib
// must be those fontkit's own full layout chooses, or the PDF would draw other letters.
import fontkit from '@pdf-lib/fontkit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedFontkit } from '../../src/lib/render/pdf-font-cache.ts';
import { nodePdfFonts } from '../helpers/fonts.ts';

const fonts = await nodePdfFonts();
const faces = { regular: fonts.regular, bold: fonts.bold, italic: fonts.italic };

/** Latin letters that ligate (f, i, l), accents composed and combining, spaces, a soft hyphen. */
const latin = [
	...['f', 'i', 'l', 'ffi', 'fl', 'e', 'é', 'Ł', 'ễ', 'ș', 'İ', 'ı', 'Ǆ', ' ', ' ', '  '],
	...['\u0301', '\u0323', '\u00ad', '’', '«\u00a0', '-', '/', '2026', 'https://'],
];
const line = (pieces: string[]) =>
	fc
		.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 })
		.map((list) => list.join(''));

/** Glyph ids of a layout. */
const ids = (run: { glyphs: { id: number }[] }) => run.glyphs.map((glyph) => glyph.id);

describe('shared fontkit layout', () => {
	const cases = Object.entries(faces).map(([face, bytes]) => {
		const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
		return { face, own: fontkit.create(data), shared: sharedFontkit.create(data) };
	});

	it.each(cases)(
		'draws the glyphs of fontkit’s full layout of a Latin line ($face)',
		({ own, shared }) => {
			fc.assert(
				fc.property(line(latin), (text) => {
					const laid = shared.layout(text);
					expect(ids(laid)).toEqual(ids(own.layout(text)));
					expect(laid.positions).toHaveLength(laid.glyphs.length);
				}),
				{ numRuns: 400 },
			);
		},
	);

	// fontkit shapes a whole line in the script of its first letter; word by word, each word is shaped
	// in its own, as a shaping engine's script runs do: « Ω ff » keeps its Latin ligature.
	it.each(cases)(
		'shapes each word of a mixed line in its own script ($face)',
		({ own, shared }) => {
			const mixed = [...latin, 'Ω', 'Ж', 'λ', 'ά', 'Привет'];
			fc.assert(
				fc.property(line(mixed), (text) => {
					const words = text.split(/( )(?!\p{M})/u).filter((word) => word !== '');
					expect(ids(shared.layout(text))).toEqual(words.flatMap((word) => ids(own.layout(word))));
				}),
				{ numRuns: 400 },
			);
			expect(ids(shared.layout('Ω ff'))).toEqual([
				...ids(own.layout('Ω ')),
				...ids(own.layout('ff')),
			]);
		},
	);

	it('gives each glyph of a word the characters it was drawn from', () => {
		const data =
			fonts.regular instanceof Uint8Array ? fonts.regular : new Uint8Array(fonts.regular);
		const laid = sharedFontkit.create(data).layout('Ω fiche Ω');
		expect(laid.glyphs.at(0)?.codePoints).toEqual([0x3a9]);
		// « fi » is one glyph in DejaVu Sans: it stands for both letters.
		expect(
			laid.glyphs
				.map((glyph) => glyph.codePoints.map((c) => String.fromCodePoint(c)).join(''))
				.join(''),
		).toBe('Ω fiche Ω');
	});
});
