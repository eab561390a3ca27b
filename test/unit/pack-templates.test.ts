// The templates of the pack pass the build check, and large print (`Doc.scale`) reaches every renderer.
import { describe, expect, it } from 'vitest';
import { checkTemplates, readPackTemplates, templateRegistries } from '../../src/cli/templates';
import { docScale, doc, p } from '../../src/lib/document';
import { frenchBlocks, templateNames } from '../../src/lib/documents';
import { posterScale } from '../../src/lib/documents/specs/affiche';
import { blocksText } from '../../src/lib/documents/text';
import { renderDocx } from '../../src/lib/render/docx';
import { renderHtml } from '../../src/lib/render/html';
import { checkTemplate } from '../../src/lib/templates/check';
import { docxParts } from '../helpers/docx-read';
import { realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();
const templates = readPackTemplates();

describe('pack templates', () => {
	it('are all registered for the build check, the deliberation kept', () => {
		for (const name of templateNames) expect(templateRegistries[name]).toBeDefined();
		expect(Object.keys(templateRegistries)).toContain('deliberation.md');
	});

	it('use only known names and in-force articles', () => {
		for (const [name, registry] of Object.entries(templateRegistries))
			expect(checkTemplate(templates[name] ?? '', registry, catalogue.legal), name).toEqual([]);
		expect(checkTemplates(catalogue)).toEqual([]);
	});

	it('never cite an abrogated article, nor L. 312-1 as a basis', () => {
		for (const name of templateNames.filter((n) => n !== 'deliberation.md')) {
			const source = templates[name] ?? '';
			expect(source, name).not.toMatch(/\[\[crpa-r114-9-3\]\]|\[\[casf-l312-1\]\]/);
			expect(source, name).not.toContain("'");
		}
	});
});

describe('text helpers', () => {
	it('give a colon at the start of a run its no-break space', () => {
		const [block] = frenchBlocks([
			{ kind: 'paragraph', runs: [{ text: 'Quand', bold: true }, { text: ' : en février' }] },
		]);
		expect(block?.kind === 'paragraph' && block.runs[1]?.text).toBe('\u202f: en février');
	});

	it('flatten blocks to text: blank line between paragraphs, one dash per item', () => {
		const text = blocksText([
			{ kind: 'paragraph', runs: [{ text: 'Un.' }] },
			{ kind: 'list', ordered: false, items: [[{ text: 'a' }]] },
			{ kind: 'list', ordered: false, items: [[{ text: 'b' }]] },
		]);
		expect(text).toBe('Un.\n\n- a\n- b');
	});
});

describe('large print', () => {
	it('keeps the scale within bounds and shrinks the poster a little for long lists', () => {
		expect(docScale({})).toBe(1);
		expect(docScale({ scale: 1.4 })).toBe(1.4);
		expect(docScale({ scale: 10 })).toBe(3);
		expect(docScale({ scale: -1 })).toBe(1);
		expect(posterScale(800)).toBe(1.4);
		expect(posterScale(1600)).toBe(1.4);
		expect(posterScale(2000)).toBeLessThan(1.4);
		expect(posterScale(2000)).toBeGreaterThan(posterScale(2500));
		expect(posterScale(20_000)).toBe(1);
	});

	it('enlarges the DOCX styles and marks the HTML preview', async () => {
		const large = doc({
			title: 'Affiche',
			author: 'CCAS',
			subject: 'Test',
			scale: 2,
			blocks: [p('x')],
		});
		const styles = docxParts(await renderDocx(large)).get('word/styles.xml') ?? '';
		expect(styles).toMatch(/<w:sz w:val="42"\/>/);
		expect(renderHtml(large)).toContain('doc-preview--large');
		const normal = doc({ title: 'Fiche', author: 'CCAS', subject: 'Test', blocks: [p('x')] });
		expect(docxParts(await renderDocx(normal)).get('word/styles.xml')).not.toMatch(
			/<w:sz w:val="42"\/>/,
		);
	});
});
