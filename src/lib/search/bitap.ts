/**
 * fuse.js 7.5's bitap match of one query word in one text, for the options the site uses
 * (`ignoreLocation`, location 0, case-sensitive, no diacritic folding, no match indices): the
 * same recurrence, step for step, so the same `isMatch` and `score`.
 *
 * Home-made on purpose: fuse.js runs it over a string-keyed alphabet object and a fresh `Array`
 * per error level, and the profile gave it 84 % of a query's time. Here the alphabet is a table
 * indexed by UTF-16 code and the rows are reused typed arrays. The property test in
 * `search-bitap.test.ts` compares it with `Fuse.match` on random words and texts.
 */

/** A word's match in a text, as fuse.js's `BitapSearch.searchIn` reports it. */
export interface BitapResult {
	isMatch: boolean;
	score: number;
}

/** Pattern bit masks by UTF-16 code unit; cleared after each call. */
const alphabet = new Int32Array(0x10000);
let row = new Int32Array(0);
let previous = new Int32Array(0);

/** Longest word bitap handles in one piece (fuse.js cuts longer ones into chunks). */
export const BITAP_MAX_PATTERN = 32;

/**
 * The bitap match of `pattern` (1 to 32 code units) in `text`: the fewest errors of an
 * approximate occurrence, as a share of the pattern's length, if it stays within `threshold`.
 */
export function bitapMatch(
	text: string,
	pattern: string,
	threshold: number,
	minMatchCharLength: number,
): BitapResult {
	if (pattern === text)
		return text.length < minMatchCharLength
			? { isMatch: false, score: 1 }
			: { isMatch: true, score: 0 };
	const patternLen = pattern.length;
	if (patternLen === 0 || patternLen > BITAP_MAX_PATTERN)
		throw new RangeError(`bitapMatch: motif de ${patternLen} caractères (1 à 32 attendus)`);
	let currentThreshold = threshold;
	// An exact occurrence lowers the threshold to 0 (fuse.js looks for them first), and makes a
	// run of marked characters as long as the word.
	const exact = text.includes(pattern);
	if (exact) currentThreshold = Math.min(0, currentThreshold);
	for (let i = 0; i < patternLen; i += 1) {
		const code = pattern.charCodeAt(i);
		alphabet[code] = (alphabet[code] ?? 0) | (1 << (patternLen - i - 1));
	}
	try {
		const found = scan(text, patternLen, currentThreshold);
		if (found.location < 0) return { isMatch: false, score: 1 };
		const runs =
			(exact && patternLen >= minMatchCharLength) ||
			markedRun(text, found.location, patternLen, found.errors, minMatchCharLength, exact, pattern);
		return runs
			? { isMatch: true, score: Math.max(0.001, found.score) }
			: { isMatch: false, score: 1 };
	} finally {
		for (let i = 0; i < patternLen; i += 1) alphabet[pattern.charCodeAt(i)] = 0;
	}
}

/** fuse.js's error levels, with `ignoreLocation` (a score depends on the errors alone). */
function scan(
	text: string,
	patternLen: number,
	startThreshold: number,
): { location: number; errors: number; score: number } {
	const textLen = text.length;
	const finish = textLen + patternLen;
	if (row.length < finish + 2) {
		row = new Int32Array(finish + 2);
		previous = new Int32Array(finish + 2);
	}
	const mask = 1 << (patternLen - 1);
	let currentThreshold = startThreshold;
	let bestLocation = -1;
	let bestErrors = 0;
	let finalScore = 1;
	for (let i = 0; i < patternLen; i += 1) {
		// With ignoreLocation every position scores the same, so fuse.js's binary search keeps
		// the whole text at every level it reaches: rows run from `finish` down to 1.
		const bits = row;
		bits.fill(0, 0, finish + 2);
		bits[finish + 1] = (1 << i) - 1;
		for (let j = finish; j >= 1; j -= 1) {
			const currentLocation = j - 1;
			const charMatch =
				currentLocation < textLen ? (alphabet[text.charCodeAt(currentLocation)] ?? 0) : 0;
			let value = (((bits[j + 1] ?? 0) << 1) | 1) & charMatch;
			if (i !== 0) {
				const next = previous[j + 1] ?? 0;
				value |= ((next | (previous[j] ?? 0)) << 1) | 1 | next;
			}
			bits[j] = value;
			if ((value & mask) !== 0) {
				finalScore = i / patternLen;
				if (finalScore <= currentThreshold) {
					currentThreshold = finalScore;
					bestLocation = currentLocation;
					bestErrors = i;
					if (bestLocation <= 0) break;
				}
			}
		}
		if ((i + 1) / patternLen > currentThreshold) break;
		row = previous;
		previous = bits;
	}
	return { location: bestLocation, errors: bestErrors, score: finalScore };
}

/**
 * Whether fuse.js's match mask holds a run of `minLength` marked characters: the characters of
 * the best occurrence that belong to the word, and every exact occurrence.
 */
function markedRun(
	text: string,
	location: number,
	patternLen: number,
	errors: number,
	minLength: number,
	exact: boolean,
	pattern: string,
): boolean {
	const end = Math.min(text.length - 1, location + patternLen - 1 + errors);
	const inWord = (k: number) => (alphabet[text.charCodeAt(k)] ?? 0) !== 0;
	if (!exact) {
		// Only the best occurrence is marked: its runs are the whole mask's.
		let run = 0;
		for (let k = location; k <= end; k += 1) {
			run = inWord(k) ? run + 1 : 0;
			if (run >= minLength) return true;
		}
		return false;
	}
	// A word shorter than `minLength` occurring exactly: occurrences side by side may join.
	const marks = new Uint8Array(text.length);
	for (let at = text.indexOf(pattern); at > -1; at = text.indexOf(pattern, at + patternLen))
		marks.fill(1, at, at + patternLen);
	for (let k = location; k <= end; k += 1) if (inWord(k)) marks[k] = 1;
	let run = 0;
	for (const mark of marks) {
		run = mark === 1 ? run + 1 : 0;
		if (run >= minLength) return true;
	}
	return false;
}
