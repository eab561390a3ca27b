import { describe, expect, it } from 'vitest';
import { doc, h1, h2, p, table } from '../../src/lib/document/index.ts';
import type { Block } from '../../src/lib/document/index.ts';
import { fallbackCharacter, fontSafeText } from '../../src/lib/render/font-text.ts';
import { paginate } from '../../src/lib/render/layout.ts';
import { createPdfLayout } from '../../src/lib/render/pdf-flow.ts';
import {
	CONTENT_HEIGHT,
	CONTENT_WIDTH,
	type DrawOp,
	type FontMetrics,
} from '../../src/lib/render/pdf-style.ts';

// Half an em per character: a font-free stand-in, so these tests need no pdf-lib.
const metrics: FontMetrics = {
	measure: (text, _face, size) => [...text].length * size * 0.5,
	sanitize: (text) => text,
};
const layout = createPdfLayout(metrics);

const texts = (ops: DrawOp[]): string[] => ops.flatMap((op) => (op.op === 'text' ? [op.text] : []));

function make(blocks: Block[]) {
	return doc({ title: 'T', author: 'A', subject: 'S', blocks });
}

const FILLER =
	'Le conseil délibère sur la demande et vérifie chaque donnée demandée avec soin. '.repeat(3);

describe('PDF flow', () => {
	it('never leaves a heading at the bottom of a page', () => {
		// Paragraphs of varied length push each heading to every possible position on a page.
		for (let shift = 0; shift < 12; shift++) {
			const blocks: Block[] = [];
			for (let section = 0; section < 12; section++) {
				blocks.push(h1(`Titre ${section}`), h2(`Sous-titre ${section}`));
				blocks.push(p(FILLER.slice(0, 40 + ((section * 37 + shift * 53) % 200))), p(FILLER));
			}
			const pages = paginate(layout.flow(make(blocks)), CONTENT_HEIGHT);
			expect(pages.length).toBeGreaterThan(1);
			for (const page of pages.slice(0, -1)) {
				const last = page.filter((placed) => placed.item.data.length > 0).at(-1);
				const lastText = texts(last?.item.data ?? []).join(' ');
				expect(lastText).not.toMatch(/Titre/);
			}
		}
	});

	it('keeps every line inside the text area', () => {
		const items = layout.flow(make([p(FILLER.repeat(5)), p('x'.repeat(400))]));
		for (const item of items) {
			for (const op of item.data) {
				if (op.op !== 'text') continue;
				expect(op.x).toBeGreaterThanOrEqual(0);
				expect(op.x + op.width).toBeLessThanOrEqual(CONTENT_WIDTH + 1e-6);
			}
		}
	});

	it('repeats the table header on every page of a long table', () => {
		const rows = Array.from({ length: 120 }, (_, index) => [`ligne ${index}`, 'valeur']);
		const pages = paginate(
			layout.flow(make([table({ caption: 'Légende', header: ['Colonne A', 'Colonne B'], rows })])),
			CONTENT_HEIGHT,
		);
		expect(pages.length).toBeGreaterThan(2);
		for (const page of pages) {
			const first = page.find((placed) => texts(placed.item.data).length > 0);
			const firstTexts = texts(first?.item.data ?? []);
			expect(firstTexts.includes('Légende') || firstTexts.includes('Colonne A')).toBe(true);
		}
	});

	it('cuts a table row taller than a page instead of losing its end', () => {
		const tall = Array.from({ length: 200 }, (_, index) => `mot${index}`).join('\n');
		const items = layout.flow(make([table({ header: ['A', 'B'], rows: [[tall, 'b']] })]));
		for (const item of items) expect(item.height).toBeLessThanOrEqual(CONTENT_HEIGHT);
		const all = items.flatMap((item) => texts(item.data));
		expect(all).toContain('mot0');
		expect(all).toContain('mot199');
	});

	it('prints « Page X sur Y » and the running texts', () => {
		const ops = layout.decorations(
			doc({ title: 'T', author: 'A', subject: 'S', header: 'En-tête', footer: 'Pied', blocks: [] }),
			2,
			7,
		);
		expect(texts(ops)).toEqual(['Page 2 sur 7', 'Pied', 'En-tête']);
		for (const op of ops) {
			if (op.op !== 'text') continue;
			// Header above the text area, footer below it.
			expect(op.y < 0 || op.y > CONTENT_HEIGHT).toBe(true);
		}
	});
});

describe('fontSafeText', () => {
	const charset = new Set([...'abc é’\u202F?'].map((char) => char.codePointAt(0) ?? 0));
	const supported = (code: number) => charset.has(code);

	it('keeps what the font has, replaces the rest', () => {
		expect(fontSafeText('abc', supported, '?')).toBe('abc');
		expect(fontSafeText('a😀b', supported, '?')).toBe('a?b');
		expect(fontSafeText('a\uD800b', supported, '?')).toBe('a?b');
		expect(fontSafeText('12\u202F', supported, '?')).toBe('??\u202F');
	});

	it('composes accents first, so a decomposed é still finds its glyph', () => {
		expect(fontSafeText('e\u0301', supported, '?')).toBe('é');
	});

	it('writes a typed Latin ligature as its letters, which read back as letters', () => {
		const latin = (code: number) => code < 0x250;
		expect(fontSafeText('\uFB01che, \uFB02eur, e\uFB00et', latin, '?')).toBe('fiche, fleur, effet');
	});

	it('keeps line breaks, turns tabs into spaces and drops control characters', () => {
		expect(fontSafeText('a\tb\nc\u0007\u0085', supported, '?')).toBe('a b\nc');
		expect(fontSafeText('a\r\nb\u2028c', supported, '?')).toBe('a\nb\nc');
	});

	it('prefers U+FFFD as the replacement when the font has it', () => {
		expect(fallbackCharacter((code) => code === 0xfffd)).toBe('\uFFFD');
		expect(fallbackCharacter(() => false)).toBe('?');
	});
});
