import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	alignOffset,
	columnWidths,
	graphemes,
	paginate,
	scaleWidths,
	wrapPieces,
	wrapText,
	type FlowItem,
} from '../../src/lib/render/layout.ts';

// Every grapheme is one unit wide: easy to reason about.
const mono = (text: string): number => graphemes(text).length;

describe('wrapText', () => {
	it('breaks greedily at spaces', () => {
		expect(wrapText('aaa bbb ccc', 7, mono)).toEqual(['aaa bbb', 'ccc']);
		expect(wrapText('aaa bbb ccc', 11, mono)).toEqual(['aaa bbb ccc']);
		expect(wrapText('aaa bbb ccc', 3, mono)).toEqual(['aaa', 'bbb', 'ccc']);
	});

	it('drops spaces at a break and at the start of a line', () => {
		expect(wrapText('  aaa    bbb  ', 4, mono)).toEqual(['aaa', 'bbb']);
	});

	it('breaks a word longer than a line between graphemes', () => {
		expect(wrapText('abcdefghij', 4, mono)).toEqual(['abcd', 'efgh', 'ij']);
		expect(wrapText('xx abcdefghij yy', 4, mono)).toEqual(['xx', 'abcd', 'efgh', 'ij', 'yy']);
		// « ễ » written as e + two combining marks stays one grapheme.
		expect(wrapText('e\u0302\u0303e\u0302\u0303e\u0302\u0303', 2, mono)).toEqual([
			'e\u0302\u0303e\u0302\u0303',
			'e\u0302\u0303',
		]);
	});

	it('keeps no-break spaces inside words', () => {
		expect(wrapText('Montant : 12\u202F345,5 €', 10, mono)).toEqual([
			'Montant :',
			'12\u202F345,5 €',
		]);
		expect(wrapText('article\u00A01er', 5, mono)).toEqual(['artic', 'le\u00A01e', 'r']);
	});

	it('honours line breaks, keeping empty lines', () => {
		expect(wrapText('a\n\nb', 10, mono)).toEqual(['a', '', 'b']);
		expect(wrapText('a\n', 10, mono)).toEqual(['a', '']);
		expect(wrapText('', 10, mono)).toEqual(['']);
	});

	it('never exceeds the width unless one grapheme does, and loses no word', () => {
		const word = fc.stringMatching(/^[a-zé]{1,15}$/);
		fc.assert(
			fc.property(
				fc.array(word, { maxLength: 40 }),
				fc.integer({ min: 1, max: 30 }),
				(words, width) => {
					const lines = wrapText(words.join(' '), width, mono);
					for (const line of lines) expect(mono(line)).toBeLessThanOrEqual(width);
					expect(lines.join('').replaceAll(' ', '')).toBe(words.join(''));
				},
			),
			{ numRuns: 300 },
		);
	});
});

describe('wrapPieces', () => {
	const bold = { bold: true };
	const plain = { bold: false };

	it('keeps a word spanning styles whole, and places pieces', () => {
		const lines = wrapPieces(
			[
				{ text: 'Article ', style: plain },
				{ text: '1', style: bold },
				{ text: 'er suivant', style: plain },
			],
			11,
			(text) => text.length,
		);
		expect(
			lines.map((line) => line.pieces.map((piece) => [piece.text, piece.x, piece.width])),
		).toEqual([
			[
				['Article ', 0, 8],
				['1', 8, 1],
				['er', 9, 2],
			],
			[['suivant', 0, 7]],
		]);
		expect(lines.map((line) => line.width)).toEqual([11, 7]);
	});

	it('merges neighbours of the same style', () => {
		const [line] = wrapPieces(
			[
				{ text: 'a ', style: plain },
				{ text: 'b', style: plain },
			],
			10,
			(text) => text.length,
		);
		expect(line?.pieces).toEqual([{ text: 'a b', style: plain, x: 0, width: 3 }]);
	});
});

describe('widths and alignment', () => {
	it('shares column widths', () => {
		expect(columnWidths([10, 10], [20, 60], 160)).toEqual([40, 120]);
		const squeezed = columnWidths([10, 30], [100, 300], 100);
		expect(squeezed.reduce((a, b) => a + b)).toBeCloseTo(100);
		expect(squeezed[0]).toBeGreaterThanOrEqual(10);
		expect(squeezed[1]).toBeGreaterThanOrEqual(30);
		expect(columnWidths([100, 300], [100, 300], 100)).toEqual([25, 75]);
		expect(columnWidths([0, 0], [0, 0], 100)).toEqual([50, 50]);
		expect(columnWidths([], [], 100)).toEqual([]);
	});

	it('scales relative widths, or shares equally when they are unusable', () => {
		expect(scaleWidths([1, 3], 2, 100)).toEqual([25, 75]);
		expect(scaleWidths([1], 2, 100)).toEqual([50, 50]);
		expect(scaleWidths([1, -1], 2, 100)).toEqual([50, 50]);
	});

	it('aligns lines', () => {
		expect(alignOffset(40, 100, 'center')).toBe(30);
		expect(alignOffset(40, 100, 'right')).toBe(60);
		expect(alignOffset(40, 100, 'justify')).toBe(0);
		expect(alignOffset(140, 100, 'center')).toBe(0);
	});
});

describe('paginate', () => {
	const item = (
		data: string,
		height = 10,
		extra: Partial<FlowItem<string>> = {},
	): FlowItem<string> => ({
		height,
		data,
		...extra,
	});
	const names = (pages: ReturnType<typeof paginate<string>>): string[][] =>
		pages.map((page) => page.map((placed) => placed.item.data));

	it('fills pages in order and places items from the top', () => {
		const pages = paginate(
			['a', 'b', 'c', 'd', 'e'].map((name) => item(name)),
			30,
		);
		expect(names(pages)).toEqual([
			['a', 'b', 'c'],
			['d', 'e'],
		]);
		expect(pages[1]?.map((placed) => placed.top)).toEqual([0, 10]);
	});

	it('returns one empty page for nothing', () => {
		expect(paginate([], 100)).toEqual([[]]);
	});

	it('moves a heading to the next page with its first line', () => {
		const items = [item('a'), item('b'), item('heading', 10, { keepWithNext: true }), item('line')];
		expect(names(paginate(items, 30))).toEqual([
			['a', 'b'],
			['heading', 'line'],
		]);
	});

	it('keeps a chain only when it fits on a page', () => {
		const items = [
			item('a'),
			item('h', 10, { keepWithNext: true }),
			item('i', 10, { keepWithNext: true }),
			item('j', 10, { keepWithNext: true }),
			item('k'),
		];
		// The chain (40) is taller than a page (30): no point in moving it.
		expect(names(paginate(items, 30))).toEqual([
			['a', 'h', 'i'],
			['j', 'k'],
		]);
	});

	it('drops blank space at the top of a page and where it does not fit', () => {
		const items = [item('a'), item('b'), item('gap', 15, { collapsible: true }), item('c')];
		expect(names(paginate(items, 25))).toEqual([['a', 'b'], ['c']]);
		expect(names(paginate([item('gap', 5, { collapsible: true }), item('a')], 25))).toEqual([
			['a'],
		]);
	});

	it('breaks pages on request, but never leaves an empty page', () => {
		const items = [item('a', 10, { breakBefore: true }), item('b', 10, { breakBefore: true })];
		expect(names(paginate(items, 100))).toEqual([['a'], ['b']]);
	});

	it('repeats a table header on each page the table runs onto', () => {
		const header = item('header', 10, { keepWithNext: true });
		const rows = ['r1', 'r2', 'r3', 'r4'].map((name) => item(name, 10, { repeat: [header] }));
		expect(names(paginate([item('a'), header, ...rows], 40))).toEqual([
			['a', 'header', 'r1', 'r2'],
			['header', 'r3', 'r4'],
		]);
	});

	it('gives an item taller than a page a page of its own', () => {
		expect(names(paginate([item('a'), item('tall', 50), item('b')], 30))).toEqual([
			['a'],
			['tall'],
			['b'],
		]);
	});

	it('never leaves a keep-with-next item last on a page unless its chain exceeds a page', () => {
		const arbitraryItem = fc.record({
			height: fc.integer({ min: 1, max: 20 }),
			keepWithNext: fc.boolean(),
		});
		fc.assert(
			fc.property(fc.array(arbitraryItem, { minLength: 1, maxLength: 60 }), (specs) => {
				const items = specs.map((spec, index) => ({ ...spec, data: index }));
				const pages = paginate(items, 50);
				// Nothing lost, nothing reordered.
				expect(pages.flat().map((entry) => entry.item.data)).toEqual(
					items.map((entry) => entry.data),
				);
				for (const page of pages.slice(0, -1)) {
					const last = page.at(-1)?.item;
					if (last === undefined || !last.keepWithNext) continue;
					let start = last.data;
					while (start > 0 && items[start - 1]?.keepWithNext) start--;
					let chain = 0;
					for (let index = start; index < items.length; index++) {
						chain += items[index]?.height ?? 0;
						if (!items[index]?.keepWithNext) break;
					}
					expect(chain).toBeGreaterThan(50);
				}
			}),
			{ numRuns: 500 },
		);
	});
});
