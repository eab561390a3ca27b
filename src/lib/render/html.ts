/** Renders a document to HTML for the preview: semantic tags, text escaped, no theme classes. */

import { safeHref } from '../document/href.ts';
import type { Block, Doc, Run, Runs, Signatory } from '../document/model.ts';
import { docScale } from '../document/scale.ts';

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

/** Escaped text with `\n` as `<br>`. */
function textHtml(text: string): string {
	return text.split('\n').map(escapeHtml).join('<br>');
}

function paragraphHtml(text: string): string {
	return `<p>${textHtml(text)}</p>`;
}

function runHtml(run: Run): string {
	let html = textHtml(run.text);
	if (run.italic) html = `<em>${html}</em>`;
	if (run.bold) html = `<strong>${html}</strong>`;
	const href = safeHref(run.href);
	if (href !== undefined) html = `<a href="${escapeHtml(href)}" rel="noopener">${html}</a>`;
	return html;
}

function runsHtml(runs: Runs): string {
	return runs.map(runHtml).join('');
}

function signatoryHtml(signatory: Signatory): string {
	return [
		'<div class="doc-signatory">',
		`<p class="doc-signatory__role">${textHtml(signatory.role)}</p>`,
		`<p class="doc-signatory__name">${textHtml(signatory.name)}</p>`,
		'</div>',
	].join('');
}

function blockHtml(block: Block): string {
	switch (block.kind) {
		case 'title':
			return `<div class="doc-title">${block.lines.map(paragraphHtml).join('')}</div>`;
		case 'heading':
			return `<h${block.level}>${textHtml(block.text)}</h${block.level}>`;
		case 'paragraph': {
			const align = block.align === undefined ? '' : ` class="doc-align-${block.align}"`;
			return `<p${align}>${runsHtml(block.runs)}</p>`;
		}
		case 'list': {
			const tag = block.ordered ? 'ol' : 'ul';
			return `<${tag}>${block.items.map((item) => `<li>${runsHtml(item)}</li>`).join('')}</${tag}>`;
		}
		case 'table': {
			const caption =
				block.caption === undefined ? '' : `<caption>${textHtml(block.caption)}</caption>`;
			const head = block.header.map((cell) => `<th scope="col">${runsHtml(cell)}</th>`).join('');
			const body = block.rows
				.map((row) => `<tr>${row.map((cell) => `<td>${runsHtml(cell)}</td>`).join('')}</tr>`)
				.join('');
			return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
		}
		case 'signature': {
			const place =
				block.placeDate === undefined
					? ''
					: `<p class="doc-signature__place">${textHtml(block.placeDate)}</p>`;
			const people = block.signatories.map(signatoryHtml).join('');
			const signatories = `<div class="doc-signature__signatories">${people}</div>`;
			return `<div class="doc-signature">${place}${signatories}</div>`;
		}
		case 'note': {
			const noteTitle =
				block.title === undefined
					? ''
					: `<p class="doc-note__title"><strong>${textHtml(block.title)}</strong></p>`;
			const paragraphs = block.paragraphs.map((runs) => `<p>${runsHtml(runs)}</p>`).join('');
			return `<div class="doc-note">${noteTitle}${paragraphs}</div>`;
		}
		case 'spacer':
			return `<div class="doc-spacer" data-lines="${Math.max(0, Math.round(block.lines))}"></div>`;
		case 'pageBreak':
			return '<div class="doc-page-break"></div>';
	}
}

/** The document as `<article class="doc-preview" lang="fr">…</article>`, running texts included. */
export function renderHtml(doc: Doc): string {
	// Large print (the poster) gets a modifier class, so the preview can enlarge it too.
	const large = docScale(doc) > 1 ? ' doc-preview--large' : '';
	const parts = [`<article class="doc-preview${large}" lang="fr">`];
	if (doc.header !== undefined) {
		parts.push(`<p class="doc-running-header">${textHtml(doc.header)}</p>`);
	}
	parts.push(...doc.blocks.map(blockHtml));
	if (doc.footer !== undefined) {
		parts.push(`<p class="doc-running-footer">${textHtml(doc.footer)}</p>`);
	}
	parts.push('</article>');
	return parts.join('\n');
}
