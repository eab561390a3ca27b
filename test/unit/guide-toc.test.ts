// Guide helpers: generated table of contents, ASCII anchors, prose masking, citations, labels.
import { describe, expect, it } from 'vitest';
import { tocTree, withAsciiAnchors } from '../../src/lib/guides/toc';
import { mapProse, proseOf } from '../../src/lib/guides/prose';
import { legalCitation, legalCitationStart } from '../../src/lib/guides/citation';
import { audienceLabels } from '../../src/lib/guides/labels';
import { audiences } from '../../src/lib/schema/catalogue';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('tocTree', () => {
	it('nests level 3 under the previous level 2 and ignores other levels', () => {
		const tree = tocTree([
			h(1, 'titre'),
			h(2, 'a'),
			h(3, 'a1'),
			h(4, 'a1x'),
			h(3, 'a2'),
			h(2, 'b'),
		]);
		expect(tree.map((entry) => [entry.slug, entry.children.map((child) => child.slug)])).toEqual([
			['a', ['a1', 'a2']],
			['b', []],
		]);
	});

	it('keeps a level 3 with no level 2 before it at the top', () => {
		expect(tocTree([h(3, 'seul'), h(2, 'a')]).map((entry) => entry.slug)).toEqual(['seul', 'a']);
	});

	it('is empty without headings', () => {
		expect(tocTree([])).toEqual([]);
	});
});

describe('withAsciiAnchors', () => {
	it('folds every anchor and refuses two headings with the same one', () => {
		expect(withAsciiAnchors([h(2, 'délai')]).map((heading) => heading.slug)).toEqual(['delai']);
		expect(() => withAsciiAnchors([h(2, 'délai'), h(2, 'delai')])).toThrow(/même ancre « delai »/);
	});
});

describe('mapProse', () => {
	const source =
		"---\ntitle: 'A : b'\n---\n\nTexte : l'<LegalRef id=\"x-y\" /> et `code ; ici` [lien](https://a.b/?c=d) {1}\n";

	it('changes the prose only, never front matter, components, code, link targets or expressions', () => {
		const upper = mapProse(source, (prose) => prose.toUpperCase());
		expect(upper).toBe(
			"---\ntitle: 'A : b'\n---\n\nTEXTE : L'<LegalRef id=\"x-y\" /> ET `code ; ici` [LIEN](https://a.b/?c=d) {1}\n",
		);
	});

	it('gives the prose alone', () => {
		expect(proseOf(source)).toBe("\nTexte : l'  et   [lien   \n");
	});
});

describe('legalCitation', () => {
	it('cites an article with its code, the GDPR and the 1978 law by name', () => {
		expect(legalCitation({ code: 'CASF', article: 'R123-21' })).toBe('article R. 123-21 du CASF');
		expect(legalCitation({ code: 'RGPD', article: '14' })).toBe('article 14 du RGPD');
		expect(legalCitation({ code: 'LOI-78-17', article: '4' })).toBe('article 4 de la loi n° 78-17');
		expect(legalCitationStart({ code: 'CRPA', article: 'L114-8' })).toBe(
			'Article L. 114-8 du CRPA',
		);
	});
});

describe('audienceLabels', () => {
	it('names every audience of the schema', () => {
		expect(Object.keys(audienceLabels).sort()).toEqual([...audiences].sort());
	});
});
