/**
 * The one typography pass: French typography on every text of a finished Document (metadata title,
 * running header and footer, title lines, headings, paragraphs, list items, table captions, header
 * and body cells, notes, signatures). Every document goes through it once, in ./registry.
 */
import type { Block, Doc, Run, Runs } from '../document/model';
import { frenchTypography } from '../french';

// URLs first, so nothing inside an address is touched; then a citation's letter and its number.
const CITATION =
	/(?:\b[a-z][a-z0-9+.-]*:\/\/|\bmailto:|\bwww\.)[^\s«»]+|\b(?:[LRD]|art)\.[ \u00a0\u202f]?(?=\d)/gi;

/**
 * One way to write a citation in a document: « L. 114-8 », « R. 123-5 », « D. 114-9-1 », « art. 14 »,
 * with a no-break space so the number never leaves its letter (whatever the template, the catalogue
 * or the user wrote: « L.114-8 », « L. 114-8 » with a plain or a narrow space).
 */
export function citationSpacing(text: string): string {
	return text.replace(CITATION, (match) =>
		match.includes('/') || match.toLowerCase().startsWith('www.')
			? match
			: `${match.slice(0, match.indexOf('.') + 1)}\u00a0`,
	);
}

/** French typography and the citation spacing: the documents' one rule for a text. */
function fix(text: string): string {
	return citationSpacing(frenchTypography(text));
}

/**
 * Typography on runs. Each run is read with the last character of the run before it, so that
 * « **Quand** : … » gets its no-break space although the colon starts a run.
 */
function frenchRuns(runs: Runs): Run[] {
	return runs.map((run, index) => {
		const before = index > 0 ? (runs[index - 1]?.text.slice(-1) ?? '') : '';
		// The context character keeps its length through the rules, so slicing it off is safe.
		return { ...run, text: fix(before + run.text).slice(before.length) };
	});
}

function frenchBlock(block: Block): Block {
	switch (block.kind) {
		case 'paragraph':
			return { ...block, runs: frenchRuns(block.runs) };
		case 'list':
			return { ...block, items: block.items.map(frenchRuns) };
		case 'note': {
			const paragraphs = block.paragraphs.map(frenchRuns);
			return block.title === undefined
				? { ...block, paragraphs }
				: { ...block, paragraphs, title: fix(block.title) };
		}
		case 'heading':
			return { ...block, text: fix(block.text) };
		case 'title':
			return { ...block, lines: block.lines.map(fix) };
		case 'table': {
			const table = {
				...block,
				header: block.header.map(frenchRuns),
				rows: block.rows.map((row) => row.map(frenchRuns)),
			};
			return block.caption === undefined ? table : { ...table, caption: fix(block.caption) };
		}
		case 'signature': {
			const signatories = block.signatories.map((s) => ({
				name: fix(s.name),
				role: fix(s.role),
			})) as typeof block.signatories;
			return block.placeDate === undefined
				? { ...block, signatories }
				: { ...block, signatories, placeDate: fix(block.placeDate) };
		}
		case 'spacer':
		case 'pageBreak':
			return block;
	}
}

/** French typography on blocks. */
export function frenchBlocks(blocks: readonly Block[]): Block[] {
	return blocks.map(frenchBlock);
}

/** French typography on every text of a document, its metadata title and running texts included. */
export function frenchDoc(doc: Doc): Doc {
	const out: Doc = {
		...doc,
		meta: { ...doc.meta, title: fix(doc.meta.title), subject: fix(doc.meta.subject) },
		blocks: frenchBlocks(doc.blocks),
	};
	if (doc.header !== undefined) out.header = fix(doc.header);
	if (doc.footer !== undefined) out.footer = fix(doc.footer);
	return out;
}

/** The documents' typography on a plain text (a field to paste, a CSV cell, an @CTES object). */
export function frenchText(text: string): string {
	return fix(text);
}
