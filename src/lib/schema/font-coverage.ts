/**
 * Which code points the PDF fonts can draw, from the table generated out of the embedded DejaVu
 * Sans faces (`font-coverage-data.ts`, written by `src/cli/generate-font-coverage.ts`). Tiny on
 * purpose: it runs in the browser at every keystroke, so the table is a string of range deltas
 * rather than the fonts themselves.
 */
import { FONT_COVERAGE_RANGES } from './font-coverage-data';

/** Encodes sorted, distinct code points as `gap.length` pairs in base 36, comma-separated. */
export function encodeRanges(codePoints: readonly number[]): string {
	const pairs: string[] = [];
	let previousEnd = 0;
	for (let index = 0; index < codePoints.length;) {
		const start = codePoints[index] ?? 0;
		let end = start;
		while (codePoints[index + 1] === end + 1) {
			end++;
			index++;
		}
		index++;
		pairs.push(`${(start - previousEnd).toString(36)}.${(end - start + 1).toString(36)}`);
		previousEnd = end + 1;
	}
	return pairs.join(',');
}

/** Decodes `encodeRanges` into a flat list of [start, end) bounds, in order. */
export function decodeRanges(encoded: string): number[] {
	const bounds: number[] = [];
	let cursor = 0;
	for (const pair of encoded.split(',')) {
		const [gap = '0', length = '0'] = pair.split('.');
		const start = cursor + parseInt(gap, 36);
		cursor = start + parseInt(length, 36);
		bounds.push(start, cursor);
	}
	return bounds;
}

let bounds: number[] | undefined;

/** True when every face of the PDF fonts (regular, bold, italic) draws `codePoint`. */
export function fontCovers(codePoint: number): boolean {
	bounds ??= decodeRanges(FONT_COVERAGE_RANGES);
	// Binary search for the last bound ≤ codePoint: an even index opens a range, an odd one closes it.
	let low = 0;
	let high = bounds.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((bounds[middle] ?? 0) <= codePoint) low = middle + 1;
		else high = middle;
	}
	return low % 2 === 1;
}
