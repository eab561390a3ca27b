/** Makes text drawable with a given font: characters it lacks are replaced, never left to crash. */

const LINE_SEPARATORS = /[\r\u2028\u2029]\n?/g;

/**
 * `text` in NFC with every character `supports` rejects (a code point the font cannot draw)
 * replaced by `fallback`; `\n` is kept, tabs become spaces, other control characters go, and a
 * lone surrogate counts as a character the font lacks. `onMissing` hears of each replaced one.
 */
export function fontSafeText(
	text: string,
	supports: (codePoint: number) => boolean,
	fallback: string,
	onMissing?: (codePoint: number) => void,
): string {
	let result = '';
	for (const char of text.replace(LINE_SEPARATORS, '\n').normalize('NFC')) {
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
