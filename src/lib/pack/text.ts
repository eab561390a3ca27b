/**
 * Text tools of the pack: templates rendered with French typography, one section of a field template
 * rendered alone, blocks flattened to the plain text a person pastes, citations with their links.
 */
import type { WithId } from '../catalogue/types';
import { codeLabels } from '../citations/codes';
import { citationFormatter } from '../deliberation/cite';
import type { Block, Run } from '../document/model';
import { frenchTypography } from '../french';
import type { LegalArticle } from '../schema/catalogue';
import { renderTemplate, type TemplateContext } from '../templates/render';

/**
 * French typography on runs. Each run is read with the last character of the run before it, so
 * that « **Quand** : … » gets its no-break space although the colon starts a run.
 */
function frenchRuns(runs: readonly Run[]): Run[] {
	return runs.map((run, index) => {
		const before = index > 0 ? (runs[index - 1]?.text.slice(-1) ?? '') : '';
		// The context character keeps its length through the rules, so slicing it off is safe.
		return { ...run, text: frenchTypography(before + run.text).slice(before.length) };
	});
}

/** Applies French typography to every text of the blocks (template and user text alike). */
export function frenchBlocks(blocks: readonly Block[]): Block[] {
	return blocks.map((block): Block => {
		switch (block.kind) {
			case 'paragraph':
				return { ...block, runs: frenchRuns(block.runs) };
			case 'list':
				return { ...block, items: block.items.map(frenchRuns) };
			case 'note': {
				const paragraphs = block.paragraphs.map(frenchRuns);
				return block.title === undefined
					? { ...block, paragraphs }
					: { ...block, paragraphs, title: frenchTypography(block.title) };
			}
			case 'heading':
				return { ...block, text: frenchTypography(block.text) };
			case 'title':
				return { ...block, lines: block.lines.map((line) => frenchTypography(line)) };
			case 'table': {
				const table = {
					...block,
					header: block.header.map(frenchRuns),
					rows: block.rows.map((row) => row.map(frenchRuns)),
				};
				return block.caption === undefined
					? table
					: { ...table, caption: frenchTypography(block.caption) };
			}
			case 'signature':
				return {
					...block,
					signatories: block.signatories.map((s) => ({
						name: frenchTypography(s.name),
						role: frenchTypography(s.role),
					})) as typeof block.signatories,
				};
			default:
				return block;
		}
	});
}

/** Renders a template to blocks with French typography. */
export function renderFrench(source: string, context: TemplateContext): Block[] {
	return frenchBlocks(renderTemplate(source, context));
}

/**
 * Renders one section `@si(flag)` of a field template alone: that flag on, every other section flag
 * off, the shared flags as they are.
 */
export function renderSection(
	source: string,
	flag: string,
	context: TemplateContext,
	sectionFlags: readonly string[],
): Block[] {
	const flags = { ...context.flags };
	for (const name of sectionFlags) flags[name] = false;
	flags[flag] = true;
	return renderFrench(source, { ...context, flags });
}

/** The text of runs. */
function runsText(runs: readonly Run[]): string {
	return runs.map((run) => run.text).join('');
}

/**
 * Blocks as plain text: paragraphs separated by a blank line, one « - » line per list item, table
 * rows with « : » between cells; headings underlined when `underline` is set (a .txt file).
 */
export function blocksText(
	blocks: readonly Block[],
	options: { underline?: boolean } = {},
): string {
	const parts: string[] = [];
	let previous: Block | undefined;
	for (const block of blocks) {
		switch (block.kind) {
			case 'title':
				parts.push(block.lines.join('\n'));
				break;
			case 'heading':
				parts.push(
					options.underline
						? `${block.text}\n${(block.level === 1 ? '=' : '-').repeat(block.text.length)}`
						: block.text,
				);
				break;
			case 'paragraph':
				parts.push(runsText(block.runs));
				break;
			case 'list': {
				const items = block.items
					.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${runsText(item)}`)
					.join('\n');
				// A bulleted list split by a condition of the template reads as one list.
				if (!block.ordered && previous?.kind === 'list' && !previous.ordered && parts.length > 0)
					parts[parts.length - 1] += `\n${items}`;
				else parts.push(items);
				break;
			}
			case 'note':
				parts.push(
					[...(block.title === undefined ? [] : [block.title]), ...block.paragraphs.map(runsText)]
						.filter((line) => line !== '')
						.join('\n'),
				);
				break;
			case 'table':
				parts.push(
					block.rows.map((row) => row.map(runsText).filter(Boolean).join(' : ')).join('\n'),
				);
				break;
			case 'signature':
				parts.push(block.signatories.map((s) => `${s.role} : ${s.name}`).join('\n'));
				break;
			default:
				break;
		}
		previous = block;
	}
	return parts.filter((part) => part.trim() !== '').join('\n\n');
}

/** A citation formatter that also records which articles were cited, in order of first use. */
export function recordingCite(legal: WithId<Pick<LegalArticle, 'code' | 'article'>>[]): {
	cite: (id: string) => string;
	cited: () => string[];
} {
	const format = citationFormatter(legal);
	const seen: string[] = [];
	return {
		cite: (id) => {
			if (!seen.includes(id)) seen.push(id);
			return format(id);
		},
		cited: () => [...seen],
	};
}

/** « Article L. 114-8 du code des relations entre le public et l’administration : <url> » for each id. */
export function legalLinks(
	ids: readonly string[],
	legal: WithId<Pick<LegalArticle, 'code' | 'article' | 'url' | 'status'>>[],
): string[] {
	const format = citationFormatter(legal);
	const byId = new Map(legal.map((article) => [article.id, article]));
	return ids.flatMap((id) => {
		const article = byId.get(id);
		// Abrogated articles are never linked as a basis (the build check forbids citing them).
		if (!article || article.status !== 'en vigueur') return [];
		const of = article.code === 'LOI-78-17' ? 'de la' : 'du';
		return [`Article ${format(id)} ${of} ${codeLabels[article.code].long} : ${article.url}`];
	});
}
