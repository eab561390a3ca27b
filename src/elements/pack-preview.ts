/**
 * The preview of a pack document: the Doc model walked into DOM nodes (text only, never parsed as
 * HTML), the same blocks the HTML renderer writes. Headings start at `h4` so they sit under the
 * step's own headings.
 */
import { safeHref } from '../lib/document/href';
import type { Block, Doc, Runs } from '../lib/document/model';
import { el } from './dom';

/** Text with its `\n` as line breaks. */
function lines(parent: HTMLElement, text: string): HTMLElement {
	text.split('\n').forEach((line, index) => {
		if (index > 0) parent.append(el('br'));
		parent.append(line);
	});
	return parent;
}

/** Runs appended to `parent`: bold, italic, safe links. */
function runs(parent: HTMLElement, content: Runs): HTMLElement {
	for (const run of content) {
		let node: HTMLElement = lines(el('span'), run.text);
		if (run.italic) node = wrap('em', node);
		if (run.bold) node = wrap('strong', node);
		const href = safeHref(run.href);
		if (href !== undefined) {
			const link = el('a', '', { href, rel: 'noopener', target: '_blank' });
			link.append(node);
			node = link;
		}
		parent.append(node);
	}
	return parent;
}

function wrap(tag: 'em' | 'strong', child: HTMLElement): HTMLElement {
	const element = el(tag);
	element.append(child);
	return element;
}

function block(item: Block): HTMLElement | undefined {
	switch (item.kind) {
		case 'title': {
			const title = el('div', '', { class: 'fr-mb-2w' });
			for (const line of item.lines) title.append(lines(el('p', '', { class: 'fr-mb-0' }), line));
			return title;
		}
		case 'heading': {
			const tag = item.level === 1 ? 'h4' : item.level === 2 ? 'h5' : 'h6';
			return lines(el(tag), item.text);
		}
		case 'paragraph':
			return runs(el('p'), item.runs);
		case 'list': {
			const list = el(item.ordered ? 'ol' : 'ul');
			for (const entry of item.items) list.append(runs(el('li'), entry));
			return list;
		}
		case 'table': {
			const table = el('table');
			if (item.caption !== undefined) table.append(lines(el('caption'), item.caption));
			const head = el('tr');
			for (const cell of item.header) head.append(runs(el('th', '', { scope: 'col' }), cell));
			const thead = el('thead');
			thead.append(head);
			const tbody = el('tbody');
			for (const row of item.rows) {
				const tr = el('tr');
				for (const cell of row) tr.append(runs(el('td'), cell));
				tbody.append(tr);
			}
			table.append(thead, tbody);
			return table;
		}
		case 'signature': {
			const signature = el('div', '', { class: 'fr-mt-2w' });
			if (item.placeDate !== undefined) signature.append(lines(el('p'), item.placeDate));
			for (const signatory of item.signatories) {
				signature.append(lines(el('p', '', { class: 'fr-mb-0' }), signatory.role));
				signature.append(lines(el('p'), signatory.name));
			}
			return signature;
		}
		case 'note': {
			const note = el('div', '', { class: 'fr-my-2w' });
			if (item.title !== undefined) {
				const title = el('p');
				title.append(el('strong', item.title));
				note.append(title);
			}
			for (const paragraph of item.paragraphs) note.append(runs(el('p'), paragraph));
			return note;
		}
		case 'spacer':
		case 'pageBreak':
			return undefined;
	}
}

/** The document as an `<article lang="fr">`, running header and footer included. */
export function renderDocPreview(doc: Doc): HTMLElement {
	const article = el('article', '', { lang: 'fr' });
	if (doc.header !== undefined)
		article.append(lines(el('p', '', { class: 'fr-text--sm' }), doc.header));
	for (const item of doc.blocks) {
		const node = block(item);
		if (node) article.append(node);
	}
	if (doc.footer !== undefined)
		article.append(lines(el('p', '', { class: 'fr-text--sm' }), doc.footer));
	return article;
}
