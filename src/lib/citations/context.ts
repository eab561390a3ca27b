/** What a text is about, read from its folded copy (see fold.ts): data access, facultative aids, sentences. */

/** True when the text is about access to data: API Particulier, DataPass, data exchange. */
export function isAboutDataAccess(folded: string): boolean {
	return /\bapi(?:\s+impots?)?\s+particuliers?\b|\bdatapass\b|\bechanges?\s+(?:de|des)\s+donnees\b|\bdites-le-nous\s+une\s+fois\b|\bacces\s+aux\s+donnees\b/i.test(
		folded,
	);
}

/** True when the text decides to stop using the API (« arrêt de l’utilisation », « ne plus utiliser »). */
export function isAboutStoppingDataAccess(folded: string): boolean {
	return /\b(?:arret\s+de\s+l'\s*utilisation|ne\s+plus\s+utiliser|cesser\s+d'\s*utiliser|mettre\s+fin\s+a\s+l'\s*utilisation)\b/i.test(
		folded,
	);
}

/** True when the text speaks of facultative aids (« aides facultatives », « aide sociale facultative »). */
export function mentionsFacultativeAid(folded: string): boolean {
	return /\bfacultati(?:f|fs|ve|ves)\b/i.test(folded);
}

// Words that make a sentence about obtaining data, not about missions or legal aid.
const DATA_WORDS =
	/\b(?:donnees|api|echanges?|acces\s+(?:aux|a\s+l')\s*(?:donnees|informations|api|outil)|datapass|transmission\s+(?:des|de)\s+(?:donnees|informations)|recuperer|interroger)\b/i;

// A semicolon, a line break (unless the next line goes on in lower case, as a wrapped line of a
// PDF or of a long visa does), or a full stop followed by a capital, unless the stop closes a
// one-letter word (« L. 114-8 ») or « art. ».
const BOUNDARY = /;|\n(?![ \t]*[a-z])|(?<![^A-Za-z][A-Za-z]|\b[Aa]rt)\.\s+(?=[A-Z])/g;

/** How far a sentence may reach on each side of a reference (characters). */
const SENTENCE_REACH = 300;

/** The sentence (or visa, or list item) around [start, end) of folded text, within a bounded reach. */
export function sentenceAround(folded: string, start: number, end: number): string {
	const before = folded.slice(Math.max(0, start - SENTENCE_REACH), start);
	const after = folded.slice(end, end + SENTENCE_REACH);
	let cut = 0;
	for (const match of before.matchAll(BOUNDARY)) cut = match.index + match[0].length;
	let stop = after.length;
	for (const match of after.matchAll(BOUNDARY)) {
		stop = match.index;
		break;
	}
	return before.slice(cut) + folded.slice(start, end) + after.slice(0, stop);
}

/** A sentence (or visa, or list item) of folded text, as offsets. */
export interface SentenceSpan {
	start: number;
	end: number;
}

/** Every sentence of folded text, by the boundaries of `sentenceAround`. */
export function sentenceSpans(folded: string): SentenceSpan[] {
	const spans: SentenceSpan[] = [];
	let start = 0;
	for (const match of folded.matchAll(BOUNDARY)) {
		if (match.index > start) spans.push({ start, end: match.index });
		start = match.index + match[0].length;
	}
	if (start < folded.length) spans.push({ start, end: folded.length });
	return spans;
}

/** True when no sentence boundary lies in folded[from, to) (`search` ignores the g flag). */
export function withinOneSentence(folded: string, from: number, to: number): boolean {
	return folded.slice(from, to).search(BOUNDARY) < 0;
}

/** True when the sentence around a reference speaks of data, APIs or exchanges. */
export function sentenceIsAboutData(folded: string, start: number, end: number): boolean {
	return DATA_WORDS.test(sentenceAround(folded, start, end));
}

// A list item: a dash, a bullet, a number, or a visa.
const LIST_ITEM = /^\s*(?:[-•*–]|\d{1,2}[.)°]|vu\b)/i;

/**
 * The line that introduces the list a reference stands in (« … dans le cadre juridique suivant : »),
 * or an empty string when the reference is not in a list under such a line.
 */
export function introAround(folded: string, start: number): string {
	const before = folded.slice(Math.max(0, start - 1500), start);
	const lines = before.split('\n');
	// The reference's own line, then up to twelve list items or blank lines above it.
	const own = lines.pop() ?? '';
	if (!LIST_ITEM.test(own) && lines.length > 0 && !/:\s*$/.test(lines[lines.length - 1] ?? '')) {
		return '';
	}
	for (let i = 0; i < 12 && lines.length > 0; i++) {
		const line = lines.pop() ?? '';
		if (/:\s*$/.test(line)) return line;
		if (line.trim() !== '' && !LIST_ITEM.test(line)) return '';
	}
	return '';
}
