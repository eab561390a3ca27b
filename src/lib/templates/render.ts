/**
 * Turns a parsed template into document blocks, given values, flags, generated blocks and a citation
 * formatter. The template's own markup (**bold**, *italic*) is read first; values and citations are
 * inserted afterwards, in one pass, as plain text: nothing a user typed is ever read as markup.
 */
import type { Block, Run } from '../document/model';
import { parseTemplate, type TemplateNode } from './parse';

/** One item of a list (@chaque): its own values and flags, on top of the template's. */
export interface ListItem {
	values?: Record<string, string>;
	flags?: Record<string, boolean>;
}

/** What a template is filled with. */
export interface TemplateContext {
	values: Record<string, string>;
	flags: Record<string, boolean>;
	blocks: Record<string, Block[]>;
	/** The items of each list a `@chaque(nom)` section repeats over. */
	lists?: Record<string, readonly ListItem[]>;
	/**
	 * Counters: each use of `{nom}` gives the next number, formatted (the articles of a
	 * deliberation: « 1er », « 2 », « 3 »…), in the order the document reads.
	 */
	counters?: Record<string, (n: number) => string>;
	/** How a citation [[id]] reads in the text (e.g. « L. 114-8 »). */
	cite: (id: string) => string;
}

// One pattern for both placeholders, so an inserted value is never scanned again.
const PLACEHOLDER = /\{([a-z0-9_]+)\}|\[\[([a-z0-9-]+)\]\]/g;

/**
 * Replaces {name} and [[id]] in a template text, in one pass (a value that contains « {x} » or
 * « [[id]] » stays as typed). Unknown names are left visible rather than silently dropped.
 */
export function fill(text: string, context: TemplateContext): string {
	return text.replace(PLACEHOLDER, (whole, name: string | undefined, id: string | undefined) => {
		if (name === undefined) return context.cite(id ?? '');
		const counter = context.counters?.[name];
		if (counter) return counter(nextCount(context, name));
		return context.values[name] ?? whole;
	});
}

/** The counts of each counter, per context (so two renders never share a count). */
const counts = new WeakMap<TemplateContext, Map<string, number>>();

function nextCount(context: TemplateContext, name: string): number {
	const root = roots.get(context) ?? context;
	const map = counts.get(root) ?? new Map<string, number>();
	counts.set(root, map);
	const next = (map.get(name) ?? 0) + 1;
	map.set(name, next);
	return next;
}

/** The context a list item's context derives from, so counters go on across items. */
const roots = new WeakMap<TemplateContext, TemplateContext>();

/** Splits template text on **bold** and *italic* markers into runs (before any value is inserted). */
export function toRuns(text: string): Run[] {
	const runs: Run[] = [];
	const pattern = /\*\*([^*]+)\*\*|\*([^*]+)\*/g;
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		if (match.index > last) runs.push({ text: text.slice(last, match.index) });
		if (match[1] !== undefined) runs.push({ text: match[1], bold: true });
		else runs.push({ text: match[2] ?? '', italic: true });
		last = match.index + match[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last) });
	return runs.length > 0 ? runs : [{ text: '' }];
}

/** Template text to runs: markup first, then values and citations inside each run. */
function filledRuns(text: string, context: TemplateContext): Run[] {
	return toRuns(text).map((run) => ({ ...run, text: fill(run.text, context) }));
}

function renderNodes(nodes: TemplateNode[], context: TemplateContext, out: Block[]): void {
	for (const node of nodes) {
		switch (node.kind) {
			case 'heading':
				out.push({ kind: 'heading', level: node.level, text: fill(node.text, context) });
				break;
			case 'paragraph': {
				const runs = filledRuns(node.text, context);
				out.push(
					node.align === 'center'
						? { kind: 'paragraph', runs, align: 'center' }
						: { kind: 'paragraph', runs },
				);
				break;
			}
			case 'list':
				out.push({
					kind: 'list',
					ordered: false,
					items: node.items.map((item) => filledRuns(item, context)),
				});
				break;
			case 'note':
				out.push({
					kind: 'note',
					paragraphs: node.lines.map((line) => filledRuns(line, context)),
				});
				break;
			case 'title':
				out.push({
					kind: 'title',
					lines: node.lines.map((line) => fill(line, context)).filter((line) => line.trim() !== ''),
				});
				break;
			case 'block':
				out.push(...(context.blocks[node.name] ?? []));
				break;
			case 'if':
				renderNodes(context.flags[node.name] ? node.then : node.else, context, out);
				break;
			case 'each':
				for (const item of context.lists?.[node.name] ?? []) {
					const inner: TemplateContext = {
						...context,
						values: { ...context.values, ...item.values },
						flags: { ...context.flags, ...item.flags },
					};
					roots.set(inner, roots.get(context) ?? context);
					renderNodes(node.body, inner, out);
				}
				break;
		}
	}
}

// A pack renders the same few templates again and again (every document, every preview); the
// parsed nodes are only read by renderNodes, so each source is parsed once. The sources are the
// dozen files of templates/: the cache stays small, and is cleared if it ever grows.
const parsed = new Map<string, TemplateNode[]>();
const MAX_PARSED = 64;

function parsedNodes(source: string): TemplateNode[] {
	let nodes = parsed.get(source);
	if (nodes === undefined) {
		if (parsed.size >= MAX_PARSED) parsed.clear();
		nodes = parseTemplate(source).nodes;
		parsed.set(source, nodes);
	}
	return nodes;
}

/** Renders a template source to blocks (syntax errors are reported by `checkTemplate` at build time). */
export function renderTemplate(source: string, context: TemplateContext): Block[] {
	const out: Block[] = [];
	renderNodes(parsedNodes(source), context, out);
	return out;
}
