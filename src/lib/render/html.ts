/**
 * The one HTML renderer: a Document becomes a small tree of elements and texts (no theme classes),
 * which `renderHtml` serialises with every text escaped and the browser turns into DOM nodes with
 * `textContent` only (src/elements/html-dom.ts). Both assistant previews use it, styled like the PDF
 * (src/styles/doc-preview.css): centred title, framed notes, tables, side-by-side signatures,
 * spacers and page breaks.
 */

import { safeHref } from '../document/href.ts';
import type { Block, Doc, Run, Runs, Signatory } from '../document/model.ts';
import { docScale } from '../document/scale.ts';

/** Tags the renderer writes (and the only ones the DOM builder creates). */
export type HtmlTag =
	| 'article'
	| 'div'
	| 'p'
	| 'h1'
	| 'h2'
	| 'h3'
	| 'h4'
	| 'h5'
	| 'h6'
	| 'ul'
	| 'ol'
	| 'li'
	| 'table'
	| 'caption'
	| 'thead'
	| 'tbody'
	| 'tr'
	| 'th'
	| 'td'
	| 'strong'
	| 'em'
	| 'a'
	| 'br';

/** An element of the tree. */
export interface HtmlElement {
	tag: HtmlTag;
	attrs: Record<string, string>;
	children: HtmlNode[];
}

/** An element or a text (always a text: never parsed as markup). */
export type HtmlNode = HtmlElement | string;

/** Options of the renderer. */
export interface HtmlOptions {
	/** Moves the document's headings down under the page's own (1 → h3 with an offset of 2). */
	headingOffset?: number;
}

function h(
	tag: HtmlTag,
	attrs: Record<string, string> = {},
	children: HtmlNode[] = [],
): HtmlElement {
	return { tag, attrs, children };
}

/** Text with its `\n` as `<br>`. */
function lines(text: string): HtmlNode[] {
	return text.split('\n').flatMap((line, index) => (index > 0 ? [h('br'), line] : [line]));
}

/** One run: its text, in <em>/<strong> when styled, in a link when it has a safe address. */
function run(item: Run): HtmlNode[] {
	let children = lines(item.text);
	if (item.italic) children = [h('em', {}, children)];
	if (item.bold) children = [h('strong', {}, children)];
	const href = safeHref(item.href);
	return href === undefined ? children : [h('a', { href, rel: 'noopener' }, children)];
}

function runs(content: Runs): HtmlNode[] {
	return content.flatMap(run);
}

function signatory(person: Signatory): HtmlElement {
	return h('div', { class: 'doc-signatory' }, [
		h('p', { class: 'doc-signatory__role' }, lines(person.role)),
		h('p', { class: 'doc-signatory__name' }, lines(person.name)),
	]);
}

function block(item: Block, offset: number): HtmlElement {
	switch (item.kind) {
		case 'title':
			return h(
				'div',
				{ class: 'doc-title' },
				item.lines.map((line) => h('p', {}, lines(line))),
			);
		case 'heading': {
			const level = Math.min(6, item.level + offset);
			return h(`h${level}` as HtmlTag, {}, lines(item.text));
		}
		case 'paragraph':
			return h(
				'p',
				item.align === undefined ? {} : { class: `doc-align-${item.align}` },
				runs(item.runs),
			);
		case 'list':
			return h(
				item.ordered ? 'ol' : 'ul',
				{},
				item.items.map((entry) => h('li', {}, runs(entry))),
			);
		case 'table': {
			const caption = item.caption === undefined ? [] : [h('caption', {}, lines(item.caption))];
			return h('table', {}, [
				...caption,
				h('thead', {}, [
					h(
						'tr',
						{},
						item.header.map((cell) => h('th', { scope: 'col' }, runs(cell))),
					),
				]),
				h(
					'tbody',
					{},
					item.rows.map((row) =>
						h(
							'tr',
							{},
							row.map((cell) => h('td', {}, runs(cell))),
						),
					),
				),
			]);
		}
		case 'signature': {
			const place =
				item.placeDate === undefined
					? []
					: [h('p', { class: 'doc-signature__place' }, lines(item.placeDate))];
			return h('div', { class: 'doc-signature' }, [
				...place,
				h('div', { class: 'doc-signature__signatories' }, item.signatories.map(signatory)),
			]);
		}
		case 'note': {
			const title =
				item.title === undefined
					? []
					: [h('p', { class: 'doc-note__title' }, [h('strong', {}, lines(item.title))])];
			return h('div', { class: 'doc-note' }, [
				...title,
				...item.paragraphs.map((paragraph) => h('p', {}, runs(paragraph))),
			]);
		}
		case 'spacer':
			return h('div', {
				class: 'doc-spacer',
				'data-lines': String(Math.max(0, Math.min(20, Math.round(item.lines)))),
			});
		case 'pageBreak':
			return h('div', { class: 'doc-page-break', role: 'separator' });
	}
}

/** The document as a tree: `<article class="doc-preview" lang="fr">`, running texts included. */
export function docHtmlTree(doc: Doc, options: HtmlOptions = {}): HtmlElement {
	const offset = options.headingOffset ?? 0;
	// Large print (the poster) gets a modifier class, so the preview can enlarge it too.
	const large = docScale(doc) > 1 ? ' doc-preview--large' : '';
	const children: HtmlNode[] = [];
	if (doc.header !== undefined)
		children.push(h('p', { class: 'doc-running-header' }, lines(doc.header)));
	children.push(...doc.blocks.map((item) => block(item, offset)));
	if (doc.footer !== undefined)
		children.push(h('p', { class: 'doc-running-footer' }, lines(doc.footer)));
	return h('article', { class: `doc-preview${large}`, lang: 'fr' }, children);
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;',
};

/** Escapes text for an element body or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Serialises a tree, escaping every text and attribute value. */
export function serialiseHtml(node: HtmlNode): string {
	if (typeof node === 'string') return escapeHtml(node);
	const attrs = Object.entries(node.attrs)
		.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
		.join('');
	if (node.tag === 'br') return `<br${attrs}>`;
	return `<${node.tag}${attrs}>${node.children.map(serialiseHtml).join('')}</${node.tag}>`;
}

/** The document as HTML (the same tree the assistant's previews show). */
export function renderHtml(doc: Doc, options: HtmlOptions = {}): string {
	return serialiseHtml(docHtmlTree(doc, options));
}
