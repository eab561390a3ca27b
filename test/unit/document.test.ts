import { describe, expect, it } from 'vitest';
import {
	aligned,
	b,
	doc,
	h1,
	h2,
	h3,
	i,
	link,
	note,
	ol,
	p,
	pageBreak,
	plainText,
	runs,
	safeHref,
	signature,
	spacer,
	t,
	table,
	title,
	ul,
} from '../../src/lib/document/index.ts';
import { HARD_NAMES, sampleDoc } from '../helpers/sample-doc.ts';

describe('builders', () => {
	it('turn strings into runs and keep styled runs', () => {
		expect(p('Vu le code, ', b('décide'), [' : ', i('article 1')])).toEqual({
			kind: 'paragraph',
			runs: [
				{ text: 'Vu le code, ' },
				{ text: 'décide', bold: true },
				{ text: ' : ' },
				{ text: 'article 1', italic: true },
			],
		});
		expect(runs('a', t('b'), link('c', 'https://example.fr'))).toEqual([
			{ text: 'a' },
			{ text: 'b' },
			{ text: 'c', href: 'https://example.fr' },
		]);
		expect(aligned('center', 'x')).toEqual({
			kind: 'paragraph',
			runs: [{ text: 'x' }],
			align: 'center',
		});
	});

	it('build every kind of block', () => {
		expect(title('CCAS', 'Délibération n° 1')).toEqual({
			kind: 'title',
			lines: ['CCAS', 'Délibération n° 1'],
		});
		expect([h1('A').level, h2('B').level, h3('C').level]).toEqual([1, 2, 3]);
		expect(ul('a', ['b', b('c')])).toEqual({
			kind: 'list',
			ordered: false,
			items: [[{ text: 'a' }], [{ text: 'b' }, { text: 'c', bold: true }]],
		});
		expect(ol('a').ordered).toBe(true);
		expect(table({ caption: 'T', header: ['x', b('y')], rows: [['1', '2']] })).toEqual({
			kind: 'table',
			caption: 'T',
			header: [[{ text: 'x' }], [{ text: 'y', bold: true }]],
			rows: [[[{ text: '1' }], [{ text: '2' }]]],
		});
		expect(signature(undefined, { name: 'N', role: 'R' })).toEqual({
			kind: 'signature',
			signatories: [{ name: 'N', role: 'R' }],
		});
		expect(note(undefined, 'x')).toEqual({ kind: 'note', paragraphs: [[{ text: 'x' }]] });
		expect(spacer()).toEqual({ kind: 'spacer', lines: 1 });
		expect(pageBreak()).toEqual({ kind: 'pageBreak' });
	});

	it('do not share run objects with the caller', () => {
		const run = b('x');
		const block = p(run);
		run.text = 'changed';
		expect(block.runs[0]?.text).toBe('x');
	});

	it('build a French document with metadata', () => {
		const built = doc({ title: 'T', author: 'A', subject: 'S', blocks: [] });
		expect(built).toEqual({
			meta: { title: 'T', author: 'A', subject: 'S', language: 'fr-FR', keywords: [] },
			blocks: [],
		});
	});
});

describe('the model', () => {
	it('is plain data: a JSON round trip changes nothing', () => {
		const sample = sampleDoc();
		expect(JSON.parse(JSON.stringify(sample))).toStrictEqual(sample);
	});
});

describe('plainText', () => {
	it('flattens every kind of block', () => {
		const text = plainText(
			doc({
				title: 'T',
				author: 'A',
				subject: 'S',
				header: 'running header',
				blocks: [
					title('CCAS', 'Délibération'),
					h1('Objet'),
					p('Un ', b('deux'), ' trois'),
					ul('puce'),
					ol('premier', 'second'),
					table({ caption: 'Légende', header: ['a', 'b'], rows: [['1', '2']] }),
					note('Note', 'texte'),
					signature('Fait à X', { role: 'Le président', name: 'Łukasz Wiśniewski' }),
					spacer(2),
					pageBreak(),
				],
			}),
		);
		expect(text.split('\n')).toEqual([
			'CCAS',
			'Délibération',
			'Objet',
			'Un deux trois',
			'• puce',
			'1. premier',
			'2. second',
			'Légende',
			'a\tb',
			'1\t2',
			'Note',
			'texte',
			'Fait à X',
			'Le président',
			'Łukasz Wiśniewski',
		]);
	});

	it('contains the names of the sample', () => {
		const text = plainText(sampleDoc());
		for (const name of HARD_NAMES) expect(text).toContain(name);
	});
});

describe('safeHref', () => {
	it('keeps http(s) and mailto, drops the rest', () => {
		expect(safeHref('https://api.gouv.fr/x?y=1')).toBe('https://api.gouv.fr/x?y=1');
		expect(safeHref(' mailto:ccas@example.fr ')).toBe('mailto:ccas@example.fr');
		expect(safeHref('javascript:alert(1)')).toBeUndefined();
		expect(safeHref('JaVaScRiPt:alert(1)')).toBeUndefined();
		expect(safeHref('data:text/html,x')).toBeUndefined();
		expect(safeHref('/relative')).toBeUndefined();
		expect(safeHref(undefined)).toBeUndefined();
	});
});
