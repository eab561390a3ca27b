/**
 * The rules every text of the Dossier obeys, applied once when it is parsed: normalised (NFC,
 * spaces), then refused with a French message naming the field when it holds what breaks a
 * document: control, bidirectional or zero-width characters, a line break in a one-line field, a
 * spreadsheet formula, or characters the PDF fonts cannot draw.
 */
import { fontCovers } from './font-coverage';

/** How a text field is checked. */
export interface TextRuleOptions {
	/** The field's French label, starting the messages (« Le nom du membre »). */
	label: string;
	/** True for a paragraph (line breaks kept); false for a one-line field. */
	multiline?: boolean;
	/** True for a person's or an organisation's name: the advice speaks of the civil register. */
	name?: boolean;
}

// C0 controls but tab and line feed, DEL, C1 controls, and the line and paragraph separators.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/u;
// Embeddings and overrides (U+202A–U+202E), isolates (U+2066–U+2069), and the marks LRM, RLM, ALM.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u;
// Zero-width space, non-joiner, joiner, word joiner, and the byte order mark inside text.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/u;
const LINE_BREAK = /[\n\t]/u;
// What a spreadsheet reads as the start of a formula (« - » is neutralised when written instead).
const FORMULA_START = /^[=+@]/u;
// Scripts written right to left: the PDF renderer does not shape them yet (README).
const RIGHT_TO_LEFT =
	/[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;

// A run of spaces becomes one: a plain space if the run has one, else its first (no-break) space.
function collapseSpaces(line: string): string {
	return line.replace(/[ \u00a0\u202f]{2,}/g, (run) => (run.includes(' ') ? ' ' : run.slice(0, 1)));
}

/** The text as it is stored: NFC, trimmed, runs of spaces made one, line ends made `\n`. */
export function normaliseText(value: string, multiline = false): string {
	const text = value.normalize('NFC').replace(/\r\n?/g, '\n');
	if (!multiline) return collapseSpaces(text.trim());
	return text
		.split('\n')
		.map((line) => collapseSpaces(line.trim()))
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** How a character is shown in a message: itself when visible, else its U+ code. */
function shown(char: string): string {
	const code = char.codePointAt(0) ?? 0;
	const visible = /[\p{L}\p{N}\p{P}\p{S}]/u.test(char) && !/\p{M}/u.test(char);
	return visible ? `« ${char} »` : `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The distinct characters of `text` the PDF cannot draw or does not write yet (right to left). */
export function undrawableCharacters(text: string): string[] {
	const found = new Set<string>();
	for (const char of text) {
		if (char === '\n' || char === '\t') continue;
		const code = char.codePointAt(0) ?? 0;
		if (!fontCovers(code) || RIGHT_TO_LEFT.test(char)) found.add(char);
	}
	return [...found];
}

/** The first rule a normalised text breaks, as a French sentence naming the field; undefined when none. */
export function textProblem(value: string, options: TextRuleOptions): string | undefined {
	const { label, multiline = false, name = false } = options;
	if (CONTROL.test(value))
		return `${label} contient des caractères de contrôle invisibles : retapez le texte au clavier.`;
	if (BIDI.test(value))
		return `${label} contient des caractères invisibles qui inversent le sens d’écriture : retapez le texte au clavier.`;
	if (ZERO_WIDTH.test(value))
		return `${label} contient des espaces invisibles (sans largeur) : retapez le texte au clavier.`;
	if (value.includes('\t') || (!multiline && LINE_BREAK.test(value)))
		return multiline
			? `${label} ne doit pas contenir de tabulation : remplacez-la par une espace.`
			: `${label} tient sur une ligne : retirez les retours à la ligne et les tabulations.`;
	if (FORMULA_START.test(value))
		return `${label} ne doit pas commencer par « = », « + » ou « @ », qu’un tableur lirait comme une formule.`;
	const undrawable = undrawableCharacters(value);
	if (undrawable.length > 0) {
		const list = undrawable.slice(0, 5).map(shown).join(', ');
		const advice = name
			? 'écrivez ce nom en lettres latines, comme à l’état civil'
			: 'écrivez ce texte en lettres latines';
		return `${label} contient des caractères que le PDF ne sait pas écrire (${list}) : ${advice}.`;
	}
	return undefined;
}
