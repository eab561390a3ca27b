/**
 * DOM nodes from the HTML renderer's tree (src/lib/render/html.ts): elements by createElement, texts
 * by createTextNode, attributes by setAttribute. Nothing is ever parsed as HTML, so a name typed
 * with « <b> » in it shows as typed.
 */
import { docHtmlTree, type HtmlNode, type HtmlOptions } from '../lib/render/html';
import type { Doc } from '../lib/document/model';

/** The DOM of one node of the tree. */
export function htmlNodeToDom(node: HtmlNode): Node {
	if (typeof node === 'string') return document.createTextNode(node);
	const element = document.createElement(node.tag);
	for (const [name, value] of Object.entries(node.attrs)) element.setAttribute(name, value);
	element.append(...node.children.map(htmlNodeToDom));
	return element;
}

/** The preview of a document: the renderer's `<article class="doc-preview">` as DOM. */
export function renderDocPreview(doc: Doc, options: HtmlOptions = {}): HTMLElement {
	return htmlNodeToDom(docHtmlTree(doc, options)) as HTMLElement;
}
