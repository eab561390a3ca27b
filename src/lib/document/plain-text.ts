/** Flattens a document to plain text, for tests and search. */

import type { Block, Doc, Runs } from './model.ts';

/** The text of runs, concatenated. */
export function runsText(runs: Runs): string {
	return runs.map((run) => run.text).join('');
}

/** The text lines of one block; table cells are separated by tabs. */
export function blockText(block: Block): string[] {
	switch (block.kind) {
		case 'title':
			return [...block.lines];
		case 'heading':
			return [block.text];
		case 'paragraph':
			return [runsText(block.runs)];
		case 'list':
			return block.items.map((item, index) =>
				block.ordered ? `${index + 1}. ${runsText(item)}` : `• ${runsText(item)}`,
			);
		case 'table':
			return [
				...(block.caption === undefined ? [] : [block.caption]),
				...[block.header, ...block.rows].map((row) => row.map(runsText).join('\t')),
			];
		case 'signature':
			return [
				...(block.placeDate === undefined ? [] : [block.placeDate]),
				...block.signatories.flatMap((s) => [s.role, s.name]),
			];
		case 'note':
			return [
				...(block.title === undefined ? [] : [block.title]),
				...block.paragraphs.map(runsText),
			];
		case 'spacer':
		case 'pageBreak':
			return [];
	}
}

/** The body of `doc` as text, one line per paragraph, list item, table row or signature line. */
export function plainText(doc: Doc): string {
	return doc.blocks.flatMap(blockText).join('\n');
}
