/**
 * One rule for turning a file's bytes into text, shared by the CLI and the browser: the byte order
 * mark decides (UTF-8, UTF-16 LE or BE), otherwise the bytes must be valid UTF-8. Invalid bytes are
 * refused rather than turned into U+FFFD, which would silently change a name (« Am�lie »).
 */

/** The text, or why the bytes are not text in a known encoding (French). */
export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

/** Message for bytes that are neither UTF-8 nor marked as UTF-16. */
export const NOT_UTF8 =
	'Ce fichier n’est pas enregistré en UTF-8 : enregistrez-le de nouveau en choisissant le codage UTF-8.';

/** Options of `decodeText`. */
export interface DecodeOptions {
	/**
	 * Encoding to try when the bytes are not UTF-8, for text that older French Windows editors save
	 * in Windows-1252 (the vérificateur); a dossier has none (it is always written by this site).
	 */
	fallback?: 'windows-1252';
}

function decoder(label: string, bytes: Uint8Array): string {
	// `ignoreBOM: false` (the default) drops the mark itself; `fatal` refuses invalid sequences.
	return new TextDecoder(label, { fatal: true }).decode(bytes);
}

/** Decodes `bytes` by the rule above; never throws. */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
	try {
		if (bytes[0] === 0xff && bytes[1] === 0xfe)
			return { ok: true, text: decoder('utf-16le', bytes) };
		if (bytes[0] === 0xfe && bytes[1] === 0xff)
			return { ok: true, text: decoder('utf-16be', bytes) };
		return { ok: true, text: decoder('utf-8', bytes) };
	} catch {
		if (options.fallback === undefined) return { ok: false, message: NOT_UTF8 };
		return { ok: true, text: new TextDecoder(options.fallback).decode(bytes) };
	}
}
