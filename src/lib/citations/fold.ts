/** A matching copy of a text: accents, quotes, spaces and dashes simplified, same length as the original. */

// Accented letters a French text uses, upper and lower case, mapped to their base letter.
const ACCENTS: Record<string, string> = {};
for (const [base, variants] of [
	['a', 'àâäáãå'],
	['A', 'ÀÂÄÁÃÅ'],
	['c', 'ç'],
	['C', 'Ç'],
	['e', 'éèêë'],
	['E', 'ÉÈÊË'],
	['i', 'îïíì'],
	['I', 'ÎÏÍÌ'],
	['o', 'ôöóòõ'],
	['O', 'ÔÖÓÒÕ'],
	['u', 'ùûüú'],
	['U', 'ÙÛÜÚ'],
	['y', 'ÿ'],
	['Y', 'Ÿ'],
] as const) {
	for (const variant of variants) ACCENTS[variant] = base;
}

const QUOTES = new Set(['’', 'ʼ', '‘', '`', '´', '′']);
const DASHES = new Set(['‐', '‑', '‒', '–', '—', '−']);
const SPACES = /\s/;
const LINE_BREAKS = new Set(['\n', '\r', '\u2028', '\u2029', '\v', '\f', '\u0085']);

/** The code unit as the matcher sees it: one character for one, so offsets carry over unchanged. */
function foldUnit(unit: string): string {
	const accent = ACCENTS[unit];
	if (accent !== undefined) return accent;
	if (QUOTES.has(unit)) return "'";
	if (DASHES.has(unit)) return '-';
	// Line breaks end visas and list items: they stay, as \n. Every other space reads as ' '.
	if (LINE_BREAKS.has(unit)) return '\n';
	if (SPACES.test(unit)) return ' ';
	return unit;
}

/**
 * Returns a copy of `text` of exactly the same length, where accented letters lose their accent,
 * typographic apostrophes become ', dashes become -, line breaks become \n and every other space
 * becomes ' ' (case is kept). Regexes run on this copy; their offsets are offsets in the original text.
 */
export function foldForMatching(text: string): string {
	let out = '';
	// Code unit by code unit (not code point): a surrogate half maps to itself, lengths stay equal.
	for (let i = 0; i < text.length; i++) out += foldUnit(text.charAt(i));
	return out;
}
