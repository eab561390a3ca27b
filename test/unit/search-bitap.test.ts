// The engine's bitap must answer exactly as fuse.js's: the same match or not, the same score,
// on words and texts chosen to hit its corners (exact occurrences, words of one or two letters,
// a text equal to the word, characters outside Latin-1, a 32-letter word).
import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js';
import fc from 'fast-check';
import { bitapMatch } from '../../src/lib/search/bitap';
import { fuseOptions } from '../../src/lib/search/engine';

/** fuse.js's answer for one word in one text, with the engine's options. */
function fuseAnswer(word: string, text: string, threshold: number, minMatchCharLength: number) {
	const { isMatch, score } = Fuse.match(word, text, {
		threshold,
		ignoreLocation: true,
		isCaseSensitive: true,
		minMatchCharLength,
	});
	return { isMatch, score: isMatch ? score : 1 };
}

describe('bitap', () => {
	const letters = fc.constantFrom(...'aeiounrstlcd ’ŁœĐ\u0000'.split(''));
	const text = fc.array(letters, { maxLength: 120 }).map((a) => a.join(''));
	const word = fc
		.array(
			letters.filter((c) => c !== ' '),
			{ minLength: 1, maxLength: 32 },
		)
		.map((a) => a.join(''));

	it('gives fuse.js’s match and score on random words and texts', () => {
		let matched = 0;
		let exact = 0;
		fc.assert(
			fc.property(
				word,
				text,
				fc.constantFrom(fuseOptions.threshold, 0, 0.6),
				fc.constantFrom(1, fuseOptions.minMatchCharLength, 3),
				fc.nat(),
				(w, body, threshold, min, at) => {
					// Half the texts hold the word, to reach the exact-occurrence path.
					const inserted = at % 2 === 0 ? body : body.slice(0, at % 60) + w + body.slice(at % 60);
					const ours = bitapMatch(inserted, w, threshold, min);
					const theirs = fuseAnswer(w, inserted, threshold, min);
					expect(ours, JSON.stringify({ w, inserted, threshold, min })).toEqual(theirs);
					if (theirs.isMatch) matched++;
					if (theirs.isMatch && theirs.score === 0.001) exact++;
				},
			),
			{ numRuns: 3000, seed: 3 },
		);
		// The property is not empty: many matches, exact and approximate.
		expect(matched).toBeGreaterThan(800);
		expect(exact).toBeGreaterThan(300);
	});

	it('agrees on the corners', () => {
		const cases: [string, string][] = [
			['quotient', 'quotient'],
			['a', 'a'],
			['a', 'aa'],
			['a', 'ba'],
			['ab', ''],
			['quotient', 'quotien familial'],
			['qutient', 'le quotient familial'],
			['deliberation', 'deiberation'],
			['x'.repeat(32), `${'x'.repeat(31)}y`],
			['ab', 'ab ab ab'],
		];
		for (const [w, body] of cases)
			for (const min of [1, 2, 3])
				expect(bitapMatch(body, w, fuseOptions.threshold, min), `${w} / ${body} / ${min}`).toEqual(
					fuseAnswer(w, body, fuseOptions.threshold, min),
				);
	});

	it('refuses a word bitap cannot hold', () => {
		expect(() => bitapMatch('texte', '', 0.3, 2)).toThrow(RangeError);
		expect(() => bitapMatch('texte', 'x'.repeat(33), 0.3, 2)).toThrow(RangeError);
	});
});
