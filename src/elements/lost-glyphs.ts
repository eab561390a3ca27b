/**
 * Characters a PDF could not draw: where they are in the document and the French warning the
 * « Votre dossier » step shows. Pure (no DOM): the worker finds them, the page words them.
 */
import type { Doc } from '../lib/document/model';

/** The characters one PDF lost, with the texts of the document that hold them. */
export interface LostGlyphs {
	/** The document's title (« Délibération du conseil d’administration »). */
	title: string;
	/** The PDF file (`02-deliberation.pdf`). */
	path: string;
	/** Code points drawn as « � » instead, ascending. */
	codePoints: number[];
	/** Excerpts of the texts holding them, at most three, each 60 characters at most. */
	texts: string[];
}

const MAX_TEXTS = 3;
const EXCERPT = 60;

/** Every string of a Doc, in document order (the model is plain data: any field may be drawn). */
function strings(value: unknown, out: string[]): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const item of value) strings(item, out);
	else if (value !== null && typeof value === 'object')
		for (const item of Object.values(value)) strings(item, out);
	return out;
}

/** `text` cut to about EXCERPT characters around the first lost character, marked with « … ». */
function excerpt(text: string, lost: ReadonlySet<number>): string {
	const chars = [...text.normalize('NFC').replace(/\s+/g, ' ').trim()];
	const at = chars.findIndex((char) => lost.has(char.codePointAt(0) ?? -1));
	if (chars.length <= EXCERPT) return chars.join('');
	const start = Math.max(0, Math.min(at - EXCERPT / 2, chars.length - EXCERPT));
	const end = start + EXCERPT;
	return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').trim()}${end < chars.length ? '…' : ''}`;
}

/** The texts of `doc` that hold one of `codePoints`, as short excerpts (none when nothing was lost). */
export function lostGlyphTexts(doc: Doc, codePoints: readonly number[]): string[] {
	if (codePoints.length === 0) return [];
	const lost = new Set(codePoints);
	const found: string[] = [];
	for (const text of strings(doc, [])) {
		const normalized = text.normalize('NFC');
		if (![...normalized].some((char) => lost.has(char.codePointAt(0) ?? -1))) continue;
		const line = excerpt(normalized, lost);
		if (!found.includes(line)) found.push(line);
		if (found.length === MAX_TEXTS) break;
	}
	return found;
}

/** « « 漢 » (U+6F22) », for a character in a warning. */
function describe(codePoint: number): string {
	const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
	return `« ${String.fromCodePoint(codePoint)} » (U+${hex})`;
}

/** The French warning for one PDF: the document, the characters and where they are. */
export function lostGlyphsMessage(lost: LostGlyphs): string {
	const count = lost.codePoints.length;
	const plural = count > 1 ? 's' : '';
	const chars = lost.codePoints.slice(0, 10).map(describe).join(', ');
	const where =
		lost.texts.length === 0 ? '' : ` dans ${lost.texts.map((text) => `« ${text} »`).join(', ')}`;
	return `« ${lost.title} » (${lost.path}) : ${count} caractère${plural} n’${count > 1 ? 'ont' : 'a'} pas pu être écrit${plural} et ${count > 1 ? 'sont remplacés' : 'est remplacé'} par « \uFFFD » : ${chars}${count > 10 ? '…' : ''}${where}. Corrigez ce texte avant d’imprimer ou de signer le PDF.`;
}
