/**
 * Text tools of the documents: templates rendered to blocks, one section of a field template
 * rendered alone, blocks flattened to the plain text a person pastes, citations with their links.
 */
import type { WithId } from '../catalogue/types';
import { codeLabels } from '../citations/codes';
import type { Block, Run } from '../document/model';
import type { LegalArticle } from '../schema/catalogue';
import { renderTemplate, type TemplateContext } from '../templates/render';
import type { DocumentContext } from './context';
import { templateSource } from './context';

/**
 * How a citation [[id]] reads inside a sentence: « L. 114-8 » for codes (with a no-break space, so
 * the number never leaves its letter), the bare number for the GDPR and the law. An unknown id is
 * kept visible (the build check forbids it).
 */
export function citationFormatter(
	legal: WithId<Pick<LegalArticle, 'code' | 'article'>>[],
): (id: string) => string {
	const byId = new Map(legal.map((article) => [article.id, article]));
	return (id) => {
		const article = byId.get(id);
		if (!article) return `[[${id}]]`;
		if (article.code === 'RGPD' || article.code === 'LOI-78-17') return article.article;
		return article.article.replace(/^([LRDA])(\d)/, '$1.\u00a0$2');
	};
}

/** A template's own values, flags and blocks, on top of the shared ones. */
export interface OwnContext {
	values?: Record<string, string>;
	flags?: Record<string, boolean>;
	blocks?: Record<string, Block[]>;
	lists?: TemplateContext['lists'];
	counters?: TemplateContext['counters'];
}

/** The full template context of one document: the shared values and flags, its own, the citations. */
export function templateContext(ctx: DocumentContext, own: OwnContext = {}): TemplateContext {
	return {
		values: { ...ctx.base.values, ...own.values },
		flags: { ...ctx.base.flags, ...own.flags },
		blocks: own.blocks ?? {},
		...(own.lists ? { lists: own.lists } : {}),
		...(own.counters ? { counters: own.counters } : {}),
		cite: recordingCite(ctx.catalogue.legal).cite,
	};
}

/** Renders the template `name` of the dossier's templates with the shared and own names. */
export function renderDocumentTemplate(
	ctx: DocumentContext,
	name: string,
	own: OwnContext = {},
): Block[] {
	return renderBlocks(templateSource(ctx.templates, name), templateContext(ctx, own));
}

/** Renders a template to blocks (typography comes once, on the finished document: see ./typography). */
export function renderBlocks(source: string, context: TemplateContext): Block[] {
	return renderTemplate(source, context);
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
	return renderBlocks(source, { ...context, flags });
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
	options: { underline?: boolean; bullet?: string } = {},
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
					.map(
						(item, index) =>
							`${block.ordered ? `${index + 1}.` : (options.bullet ?? '-')} ${runsText(item)}`,
					)
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
