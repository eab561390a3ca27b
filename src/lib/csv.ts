/**
 * CSV as RFC 4180 writes it (CRLF between records, fields quoted when they hold the separator, a
 * quote or a line break, quotes doubled), formulas neutralised for every caller, and a strict
 * reader for tests and re-import.
 */

/** Byte order mark: French Excel reads a CSV as UTF-8 only when the file starts with it. */
export const UTF8_BOM = '\uFEFF';

/** How a CSV file is written. */
export interface CsvOptions {
	/** Field separator: `;` for French Excel (the default), `,` for open-data publication. */
	separator?: ',' | ';' | '\t';
	/** Starts the text with a byte order mark (true by default, for Excel). */
	bom?: boolean;
}

// What spreadsheet software reads as the start of a formula (OWASP, « CSV Injection »).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell that no spreadsheet evaluates: one starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading apostrophe, as OWASP recommends. The files carry a BOM precisely so that
 * Excel and LibreOffice open them, and both would otherwise compute `=HYPERLINK(…)`.
 */
export function neutraliseFormula(value: string): string {
	return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One field, neutralised (`neutraliseFormula`) and quoted when RFC 4180 requires it or it was neutralised. */
export function csvField(raw: string, separator: string = ';'): string {
	const value = neutraliseFormula(raw);
	const needsQuotes =
		value !== raw ||
		value.includes(separator) ||
		value.includes('"') ||
		value.includes('\n') ||
		value.includes('\r') ||
		// Leading or trailing spaces survive every reader only inside quotes.
		value !== value.trim();
	return needsQuotes ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows as CSV text: CRLF after every record, the last one included. */
export function toCsv(rows: readonly (readonly string[])[], options: CsvOptions = {}): string {
	const separator = options.separator ?? ';';
	const body = rows
		.map((row) => row.map((field) => csvField(field, separator)).join(separator) + '\r\n')
		.join('');
	return (options.bom ?? true) ? UTF8_BOM + body : body;
}

/** A CSV text that breaks RFC 4180, with the 1-based line where reading stopped. */
export class CsvError extends Error {
	/** Line of the text (1-based) where the problem is. */
	readonly line: number;

	/** A French message and its line. */
	constructor(message: string, line: number) {
		super(`ligne ${line} : ${message}`);
		this.name = 'CsvError';
		this.line = line;
	}
}

/**
 * Reads CSV text into rows of fields: quoted fields may hold separators, doubled quotes and line
 * breaks; CRLF or LF end records; a leading BOM and a final line break are ignored. Throws a
 * `CsvError` on a quote inside an unquoted field, text after a closing quote, or an unclosed quote.
 */
export function parseCsv(text: string, separator: string = ';'): string[][] {
	const source = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let line = 1;
	let index = 0;
	// True once the current field has started with a quote and that quote is still open.
	let quoted = false;
	// True right after a closing quote: only a separator or a line end may follow.
	let closed = false;
	const endField = () => {
		row.push(field);
		field = '';
		closed = false;
	};
	const endRow = () => {
		endField();
		rows.push(row);
		row = [];
	};
	while (index < source.length) {
		const char = source[index] ?? '';
		if (quoted) {
			if (char === '"') {
				if (source[index + 1] === '"') {
					field += '"';
					index += 2;
					continue;
				}
				quoted = false;
				closed = true;
			} else {
				if (char === '\n') line++;
				field += char;
			}
			index++;
			continue;
		}
		if (char === separator) {
			endField();
		} else if (char === '\r' && source[index + 1] === '\n') {
			endRow();
			line++;
			index++;
		} else if (char === '\n') {
			endRow();
			line++;
		} else if (closed) {
			throw new CsvError('texte après le guillemet fermant d’un champ.', line);
		} else if (char === '"') {
			if (field !== '') throw new CsvError('guillemet au milieu d’un champ non entouré.', line);
			quoted = true;
		} else {
			field += char;
		}
		index++;
	}
	if (quoted) throw new CsvError('guillemet ouvrant jamais fermé.', line);
	// A final line break ends the last record; without one, the last record is still pending.
	if (field !== '' || row.length > 0 || closed) endRow();
	return rows;
}
