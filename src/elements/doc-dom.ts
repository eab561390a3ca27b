/**
 * The Doc model as DOM nodes: the same structure as `renderHtml` (src/lib/render/html.ts), built with
 * `textContent` only, so no text of the document is ever parsed as HTML. `headingOffset` moves the
 * document's headings down under the page's own (1 → h3 with an offset of 2).
 */
import { safeHref } from '../lib/document/href';
import { docScale } from '../lib/document/scale';
import type { Block, Doc, Runs, Signatory } from '../lib/document/model';

function node<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	if (className) element.className = className;
	element.append(...children);
	return element;
}

/** Text with its `\n` as `<br>`. */
function lines(text: string): (Node | string)[] {
	return text.split('\n').flatMap((line, index) => (index > 0 ? [node('br'), line] : [line]));
}

function runs(content: Runs): Node[] {
	return content.map((run) => {
		let inline: Node = document.createTextNode('');
		const parts = lines(run.text);
		let wrapper: HTMLElement | undefined;
		if (run.italic) wrapper = node('em', undefined, parts);
		if (run.bold) wrapper = node('strong', undefined, wrapper ? [wrapper] : parts);
		if (wrapper) inline = wrapper;
		else {
			const fragment = document.createDocumentFragment();
			fragment.append(...parts);
			inline = fragment;
		}
		const href = safeHref(run.href);
		if (href === undefined) return inline;
		const link = node('a', undefined, [inline]);
		link.setAttribute('href', href);
		link.rel = 'noopener';
		return link;
	});
}

function signatory(person: Signatory): HTMLElement {
	return node('div', 'doc-signatory', [
		node('p', 'doc-signatory__role', lines(person.role)),
		node('p', 'doc-signatory__name', lines(person.name)),
	]);
}

function heading(level: number, text: string): HTMLElement {
	const tag = `h${Math.min(6, level)}` as 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
	return node(tag, undefined, lines(text));
}

function block(item: Block, offset: number): HTMLElement {
	switch (item.kind) {
		case 'title':
			return node(
				'div',
				'doc-title',
				item.lines.map((line) => node('p', undefined, lines(line))),
			);
		case 'heading':
			return heading(item.level + offset, item.text);
		case 'paragraph':
			return node(
				'p',
				item.align === undefined ? undefined : `doc-align-${item.align}`,
				runs(item.runs),
			);
		case 'list':
			return node(
				item.ordered ? 'ol' : 'ul',
				undefined,
				item.items.map((entry) => node('li', undefined, runs(entry))),
			);
		case 'table': {
			const table = node('table');
			if (item.caption !== undefined) table.append(node('caption', undefined, lines(item.caption)));
			const head = item.header.map((cell) => {
				const th = node('th', undefined, runs(cell));
				th.scope = 'col';
				return th;
			});
			table.append(
				node('thead', undefined, [node('tr', undefined, head)]),
				node(
					'tbody',
					undefined,
					item.rows.map((row) =>
						node(
							'tr',
							undefined,
							row.map((cell) => node('td', undefined, runs(cell))),
						),
					),
				),
			);
			return table;
		}
		case 'signature': {
			const place =
				item.placeDate === undefined
					? []
					: [node('p', 'doc-signature__place', lines(item.placeDate))];
			return node('div', 'doc-signature', [
				...place,
				node('div', 'doc-signature__signatories', item.signatories.map(signatory)),
			]);
		}
		case 'note': {
			const title =
				item.title === undefined
					? []
					: [node('p', 'doc-note__title', [node('strong', undefined, lines(item.title))])];
			return node('div', 'doc-note', [
				...title,
				...item.paragraphs.map((paragraph) => node('p', undefined, runs(paragraph))),
			]);
		}
		case 'spacer': {
			const spacer = node('div', 'doc-spacer');
			spacer.dataset['lines'] = String(Math.max(0, Math.round(item.lines)));
			return spacer;
		}
		case 'pageBreak':
			return node('div', 'doc-page-break');
	}
}

/** The document as `<article class="doc-preview" lang="fr">`, running texts included. */
export function renderDocDom(doc: Doc, headingOffset = 0): HTMLElement {
	const article = node(
		'article',
		docScale(doc) > 1 ? 'doc-preview doc-preview--large' : 'doc-preview',
	);
	article.lang = 'fr';
	if (doc.header !== undefined) article.append(node('p', 'doc-running-header', lines(doc.header)));
	article.append(...doc.blocks.map((item) => block(item, headingOffset)));
	if (doc.footer !== undefined) article.append(node('p', 'doc-running-footer', lines(doc.footer)));
	return article;
}
