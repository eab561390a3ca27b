import { describe, expect, it } from 'vitest';
import {
	b,
	doc,
	h1,
	h2,
	i,
	link,
	note,
	ol,
	p,
	pageBreak,
	signature,
	spacer,
	table,
	title,
	ul,
} from '../../src/lib/document/index.ts';
import { escapeHtml, renderHtml } from '../../src/lib/render/html.ts';
import { HARD_NAMES, SAMPLE_HEADINGS, sampleDoc } from '../helpers/sample-doc.ts';

const hostile = '<script>alert("x") & \'y\'</script>';

function render(...blocks: Parameters<typeof doc>[0]['blocks']): string {
	return renderHtml(doc({ title: 'T', author: 'A', subject: 'S', blocks }));
}

describe('renderHtml', () => {
	it('wraps the document in a French article without theme classes', () => {
		const html = renderHtml(sampleDoc());
		expect(html.startsWith('<article class="doc-preview" lang="fr">')).toBe(true);
		expect(html.trimEnd().endsWith('</article>')).toBe(true);
		expect(html).not.toMatch(/class="[^"]*\bfr-/);
	});

	it('escapes every text it writes', () => {
		const html = render(
			title(hostile),
			h1(hostile),
			p(hostile, b(hostile), link(hostile, 'https://example.fr/?a="b"&c=<d>')),
			ul(hostile),
			table({ caption: hostile, header: [hostile], rows: [[hostile]] }),
			note(hostile, hostile),
			signature(hostile, { name: hostile, role: hostile }),
		);
		expect(html).not.toContain('<script>');
		expect(html).not.toContain('"x"');
		expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;');
		expect(html).toContain('href="https://example.fr/?a=&quot;b&quot;&amp;c=&lt;d&gt;"');
		expect(escapeHtml('<a href="x">\'&')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
	});

	it('drops unsafe links but keeps their text', () => {
		const html = render(p(link('cliquez', 'javascript:alert(1)')));
		expect(html).not.toContain('javascript:');
		expect(html).toContain('<p>cliquez</p>');
	});

	it('uses semantic tags', () => {
		const html = render(
			h1('Un'),
			h2('Deux'),
			p('a ', b('gras'), ' ', i('italique'), ' ', link('lien', 'https://example.fr')),
			ul('x'),
			ol('y'),
			table({ caption: 'Légende', header: ['Col'], rows: [['val']] }),
			spacer(2),
			pageBreak(),
		);
		expect(html).toContain('<h1>Un</h1>');
		expect(html).toContain('<h2>Deux</h2>');
		expect(html).toContain('<strong>gras</strong>');
		expect(html).toContain('<em>italique</em>');
		expect(html).toContain('<a href="https://example.fr" rel="noopener">lien</a>');
		expect(html).toContain('<ul><li>x</li></ul>');
		expect(html).toContain('<ol><li>y</li></ol>');
		expect(html).toContain(
			'<table><caption>Légende</caption>' +
				'<thead><tr><th scope="col">Col</th></tr></thead>' +
				'<tbody><tr><td>val</td></tr></tbody></table>',
		);
		expect(html).toContain('<div class="doc-spacer" data-lines="2"></div>');
		expect(html).toContain('<div class="doc-page-break" role="separator"></div>');
	});

	it('writes line breaks inside runs as <br>', () => {
		expect(render(p('a\nb'))).toContain('<p>a<br>b</p>');
	});

	it('shows the headings, the caption, the names and the running texts of the sample', () => {
		const html = renderHtml(sampleDoc());
		for (const heading of SAMPLE_HEADINGS) expect(html).toContain(escapeHtml(heading));
		expect(html).toContain('<caption>Données demandées par aide</caption>');
		for (const name of HARD_NAMES) expect(html).toContain(name);
		expect(html).toContain('class="doc-running-header"');
		expect(html).toContain('class="doc-running-footer"');
	});
});
