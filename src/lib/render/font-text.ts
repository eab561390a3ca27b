/** Makes text drawable with a given font: characters it lacks are replaced, never left to crash. */

const LINE_SEPARATORS = /[\r\u2028\u2029]\n?/g;
// Latin ligatures typed as characters (ﬁ, ﬂ, ﬀ…): the font makes the same glyph from the letters.
const LATIN_LIGATURES = /[\uFB00-\uFB06]/g;

/**
 * `text` in NFC, typed Latin ligatures as their letters, every character `supports` rejects (a
 * code point the font cannot draw) replaced by `fallback`; `\n` is kept, tabs become spaces, other
 * control characters go, and a lone surrogate counts as a character the font lacks. `onMissing`
 * hears of each replaced one.
 */
export function fontSafeText(
	text: string,
	supports: (codePoint: number) => boolean,
	fallback: string,
	onMissing?: (codePoint: number) => void,
): string {
	let result = '';
	// Written as letters, a typed ligature reads back as its letters (a glyph has one text in a
	// PDF, and « fi » drawn from the letters is the same glyph).
	const letters = text
		.replace(LINE_SEPARATORS, '\n')
		.replace(LATIN_LIGATURES, (ligature) => ligature.normalize('NFKC'));
	for (const char of letters.normalize('NFC')) {
		const code = char.codePointAt(0) ?? 0;
		if (char === '\n') result += char;
		else if (char === '\t') result += ' ';
		// C0 and C1 controls have no glyph and pdf-lib would reinterpret some of them.
		else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
		else if (supports(code)) result += char;
		else {
			onMissing?.(code);
			result += fallback;
		}
	}
	return result;
}

/** U+FFFD when the font draws it, else « ? ». */
export function fallbackCharacter(supports: (codePoint: number) => boolean): string {
	return supports(0xfffd) ? '\uFFFD' : '?';
}
