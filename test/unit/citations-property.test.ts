// The checker never throws, and its offsets always point inside the text, in order, whatever the input.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import type { Catalogue } from '../../src/lib/catalogue/types';
import { checkCitations, extractCitations, highlightSegments } from '../../src/lib/citations';

let catalogue: Pick<Catalogue, 'legal'>;
beforeAll(() => {
	catalogue = loadCatalogue('content').catalogue;
});

/** Checks every invariant of a report on `text`; throws (and so fails the property) when one breaks. */
function assertWellFormed(text: string): void {
	const report = checkCitations(text, catalogue, { justifiedData: ['quotient familial'] });
	let previousEnd = 0;
	for (const c of report.citations) {
		expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true);
		expect(c.start).toBeGreaterThanOrEqual(previousEnd);
		expect(c.end).toBeGreaterThan(c.start);
		expect(c.end).toBeLessThanOrEqual(text.length);
		expect(text.slice(c.start, c.end)).toBe(c.raw);
		expect(c.message.length).toBeGreaterThan(0);
		previousEnd = c.end;
	}
	for (const f of report.findings) {
		if (f.start === null || f.end === null) continue;
		expect(f.start).toBeGreaterThanOrEqual(0);
		expect(f.end).toBeGreaterThanOrEqual(f.start);
		expect(f.end).toBeLessThanOrEqual(text.length);
	}
	const total = report.citations.length + report.findings.length;
	expect(report.counts.erreur + report.counts.avertissement + report.counts.info).toBe(total);
	expect(report.hasError).toBe(report.counts.erreur > 0);
	expect(extractCitations(text).map((c) => c.start)).toEqual(report.citations.map((c) => c.start));
	expect(
		highlightSegments(text, report.citations)
			.map((s) => s.text)
			.join(''),
	).toBe(text);
}

// Pieces of real references and of their look-alikes, so random texts often hold citations.
const pieces = fc.constantFrom(
	'L',
	'R',
	'D',
	'A',
	'.',
	' ',
	'\u00a0',
	'-',
	'\u2011',
	'1',
	'4',
	'9',
	'114-8',
	'123-21',
	'L11-8',
	'R 114-9-3',
	'L. 114-8',
	'D. 114-9-1',
	'R.123-5',
	'L 312-1',
	'L.2121-10',
	'article ',
	'articles ',
	'art. ',
	' et ',
	', ',
	' à ',
	'6.1.e',
	'5-1-c)',
	' du CRPA',
	' du RGPD',
	' du même code',
	' du Code de l’action sociale et des familles',
	' de la loi n° 78-17',
	'\n',
	';',
	'. ',
	'https://www.legifrance.gouv.fr/codes/article_lc/',
	'LEGIARTI000038029900',
	'LEGIARTI000033219997',
	'ID : 035-213500663-20250404-DEL29_2025-DE',
	'API Particulier',
	'données',
	'facultatives',
	'quotient familial',
	'«',
	'’',
	'\ud800',
	'😀',
);
// Mostly separated by spaces, so pieces form references as often as they break them.
const separators = fc.constantFrom(' ', ' ', ' ', '', '\n', ' et ');
const referenceLike = fc
	.array(fc.tuple(pieces, separators), { maxLength: 60 })
	.map((parts) => parts.map(([piece, separator]) => piece + separator).join(''));
// Any UTF-16 code unit, lone surrogates included.
const codeUnits = fc.string({
	unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
	maxLength: 300,
});
const decodedBytes = fc
	.uint8Array({ maxLength: 400 })
	.map((bytes) => new TextDecoder('utf-8').decode(bytes));

describe('checkCitations on any input', () => {
	it('holds on arbitrary strings', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => assertWellFormed(text)),
			{
				numRuns: 2_000,
			},
		);
	});

	it('holds on full Unicode strings', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => assertWellFormed(text)),
			{ numRuns: 2_000 },
		);
	});

	it('holds on random code units, lone surrogates included', () => {
		fc.assert(
			fc.property(codeUnits, (text) => assertWellFormed(text)),
			{ numRuns: 2_000 },
		);
	});

	it('holds on random bytes decoded as UTF-8', () => {
		fc.assert(
			fc.property(decodedBytes, (text) => assertWellFormed(text)),
			{ numRuns: 2_000 },
		);
	});

	it('holds on texts built from reference pieces, and finds references in them', () => {
		let found = 0;
		fc.assert(
			fc.property(referenceLike, (text) => {
				assertWellFormed(text);
				found += extractCitations(text).length;
			}),
			{ numRuns: 3_000 },
		);
		// The generator must actually exercise the extractor, or the property says little.
		expect(found).toBeGreaterThan(1_000);
	});

	it('stays fast on huge inputs', () => {
		const inputs = [
			'1'.repeat(1_000_000),
			'L114-8 '.repeat(150_000),
			'article '.repeat(120_000),
			`L114-8${' ,'.repeat(200_000)}`,
			'L. '.repeat(300_000),
			'L114-8 https://a.fr/x '.repeat(40_000),
		];
		for (const text of inputs) {
			const started = performance.now();
			const report = checkCitations(text, catalogue);
			expect(performance.now() - started).toBeLessThan(2_000);
			expect(report.findings.some((f) => f.kind === 'truncated')).toBe(text.length > 250_000);
		}
	});

	it('accepts a value that is not a string without throwing', () => {
		const report = checkCitations(undefined as unknown as string, catalogue);
		expect(report.citations).toEqual([]);
		expect(extractCitations(null as unknown as string)).toEqual([]);
		expect(highlightSegments(42 as unknown as string, [])).toEqual([]);
	});
});
