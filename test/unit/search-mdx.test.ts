// Plain text and sections of an MDX guide body, paired with the headings the page renders.
import { describe, expect, it } from 'vitest';
import { mdxPlainText, mdxSections } from '../../src/lib/search/mdx';

describe('mdxPlainText', () => {
	it('drops Markdown marks, keeps link text, drops components without text', () => {
		expect(
			mdxPlainText(
				'import X from "y";\n\n- **Gras** et _italique_ : [un lien](/guides/x/)\n\n<DataTable api="api-particulier" />\n\n> citation `code`',
			),
		).toBe('Gras et italique : un lien citation code');
	});

	it('replaces a component by the text it stands for', () => {
		const text = mdxPlainText('selon l’<LegalRef id="crpa-l114-8" />.', (name, attributes) =>
			name === 'LegalRef' ? `article ${attributes['id']}` : undefined,
		);
		expect(text).toBe('selon l’ article crpa-l114-8 .');
	});

	it('keeps the content of paired tags and drops expressions', () => {
		expect(mdxPlainText('<Callout title="T">Dedans {1 + 1}</Callout>')).toBe('Dedans');
	});
});

describe('mdxSections', () => {
	const body = [
		'Intro **forte**.',
		'',
		'## Premier titre',
		'Texte un.',
		'### Sous-titre',
		'Texte deux.',
		'#### Plus bas',
		'Texte trois.',
		'```',
		'## pas un titre',
		'```',
		'## Second',
		'Fin.',
	].join('\n');
	const headings = [
		{ depth: 2, slug: 'premier-titre', text: 'Premier titre' },
		{ depth: 3, slug: 'sous-titre', text: 'Sous-titre' },
		{ depth: 4, slug: 'plus-bas', text: 'Plus bas' },
		{ depth: 2, slug: 'second', text: 'Second' },
	];

	it('splits at levels 2 and 3, keeps deeper headings inside, ignores code', () => {
		const { intro, sections } = mdxSections(body, headings);
		expect(intro).toBe('Intro forte.');
		expect(sections.map((section) => [section.slug, section.depth])).toEqual([
			['premier-titre', 2],
			['sous-titre', 3],
			['second', 2],
		]);
		expect(sections[1]?.text).toBe('Texte deux. Plus bas Texte trois. pas un titre');
	});

	it('fails when the page has other headings than the body', () => {
		expect(() => mdxSections(body, headings.slice(0, 2))).toThrow(/3 intertitres .* 2/);
		expect(() =>
			mdxSections(body, [{ depth: 2, slug: 'x', text: 'Autre' }, ...headings.slice(1)]),
		).toThrow(/« Premier titre » ne correspond pas à « Autre »/);
	});
});
