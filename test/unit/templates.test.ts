// The template language: parsing, rendering, and the build-time check of names and citations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTemplate } from '../../src/lib/templates/parse';
import { checkTemplate } from '../../src/lib/templates/check';
import { renderTemplate } from '../../src/lib/templates/render';
import { templateRegistries } from '../../src/lib/documents';
import { checkTemplates } from '../../src/cli/templates';
import { realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();
const registry = { values: ['nom'], flags: ['oui'], blocks: ['table'] };

describe('template language', () => {
	it('parses headings, paragraphs, lists, notes, title, blocks and nested conditions', () => {
		const { nodes, errors } = parseTemplate(
			'@titre\nA\nB\n@fin\n# Titre\nligne un\nligne deux\n\n- a\n- b\n> note\n@si(oui)\n@si(non)\nx\n@sinon\ny\n@fin\n@fin\n@bloc(table)\n@centre fin',
		);
		expect(errors).toEqual([]);
		expect(nodes.map((n) => n.kind)).toEqual([
			'title',
			'heading',
			'paragraph',
			'list',
			'note',
			'if',
			'block',
			'paragraph',
		]);
		expect(nodes[2]).toMatchObject({ text: 'ligne un ligne deux' });
	});

	it('reports unbalanced and unknown directives with their line', () => {
		expect(parseTemplate('@si(a)\ntexte').errors[0]?.message).toMatch(/jamais fermée/);
		expect(parseTemplate('@fin').errors[0]).toEqual({
			line: 1,
			message: expect.stringMatching(/@fin sans/),
		});
		expect(parseTemplate('x\n@inclure(y)').errors[0]).toEqual({
			line: 2,
			message: expect.stringMatching(/Directive inconnue/),
		});
	});

	it('renders values, citations, bold and conditions', () => {
		const blocks = renderTemplate(
			'**Objet :** {nom} selon [[crpa-l114-8]]\n\n@si(oui)\noui\n@sinon\nnon\n@fin',
			{ values: { nom: 'Villebourg' }, flags: { oui: false }, blocks: {}, cite: () => 'L. 114-8' },
		);
		expect(blocks).toEqual([
			{
				kind: 'paragraph',
				runs: [{ text: 'Objet :', bold: true }, { text: ' Villebourg selon L. 114-8' }],
			},
			{ kind: 'paragraph', runs: [{ text: 'non' }] },
		]);
	});

	it('fails on an unknown placeholder, flag, block, citation or an abrogated article', () => {
		const problems = checkTemplate(
			'{inconnu}\n@si(peut_etre)\n@fin\n@bloc(autre)\n[[crpa-l999-9]] et [[crpa-r114-9-3]]',
			registry,
			catalogue.legal,
		);
		expect(problems).toEqual([
			expect.stringMatching(/ligne 1 : champ inconnu \{inconnu\}/),
			expect.stringMatching(/ligne 2 : condition inconnue @si\(peut_etre\)/),
			expect.stringMatching(/ligne 4 : bloc inconnu @bloc\(autre\)/),
			expect.stringMatching(/ligne 5 : l’article \[\[crpa-l999-9\]\] n’existe pas/),
			expect.stringMatching(/ligne 5 : l’article \[\[crpa-r114-9-3\]\] est abrogé/),
		]);
	});

	it('the deliberation template uses only known names and in-force articles', () => {
		expect(
			checkTemplate(
				readFileSync('templates/deliberation.md', 'utf8'),
				templateRegistries['deliberation.md'] ?? { values: [], flags: [], blocks: [] },
				catalogue.legal,
			),
		).toEqual([]);
		expect(checkTemplates(catalogue)).toEqual([]);
	});
});
