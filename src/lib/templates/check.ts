/** Build-time check of a template: syntax, known placeholders, and citations that exist and are in force. */
import type { LegalArticle } from '../schema/catalogue';
import type { WithId } from '../catalogue/types';
import { inlineNames, parseTemplate, type TemplateNode } from './parse';

/**
 * The names a template may use: values ({x}), flags (@si(x)), blocks (@bloc(x)) and lists
 * (@chaque(x)); the values and flags of a list's items are listed with the others.
 */
export interface PlaceholderRegistry {
	values: readonly string[];
	flags: readonly string[];
	blocks: readonly string[];
	lists?: readonly string[];
}

/** Every name and citation used by a template, with line numbers. */
function collect(
	nodes: TemplateNode[],
	out: { kind: 'value' | 'flag' | 'block' | 'list' | 'citation'; name: string; line: number }[],
): void {
	const texts = (node: TemplateNode): string[] => {
		switch (node.kind) {
			case 'heading':
			case 'paragraph':
				return [node.text];
			case 'list':
				return node.items;
			case 'note':
			case 'title':
				return node.lines;
			default:
				return [];
		}
	};
	for (const node of nodes) {
		for (const text of texts(node)) {
			const { values, citations } = inlineNames(text);
			values.forEach((name) => out.push({ kind: 'value', name, line: node.line }));
			citations.forEach((name) => out.push({ kind: 'citation', name, line: node.line }));
		}
		if (node.kind === 'block') out.push({ kind: 'block', name: node.name, line: node.line });
		if (node.kind === 'if') {
			out.push({ kind: 'flag', name: node.name, line: node.line });
			collect(node.then, out);
			collect(node.else, out);
		}
		if (node.kind === 'each') {
			out.push({ kind: 'list', name: node.name, line: node.line });
			collect(node.body, out);
		}
	}
}

/** Returns French problems (« ligne N : … »); empty when the template is usable. */
export function checkTemplate(
	source: string,
	registry: PlaceholderRegistry,
	legal: WithId<Pick<LegalArticle, 'status'>>[],
): string[] {
	const { nodes, errors } = parseTemplate(source);
	const problems = errors.map((error) => `ligne ${error.line} : ${error.message}`);
	const used: {
		kind: 'value' | 'flag' | 'block' | 'list' | 'citation';
		name: string;
		line: number;
	}[] = [];
	collect(nodes, used);
	const articles = new Map(legal.map((article) => [article.id, article]));
	for (const { kind, name, line } of used) {
		if (kind === 'value' && !registry.values.includes(name))
			problems.push(
				`ligne ${line} : champ inconnu {${name}}. Champs possibles : ${registry.values.join(', ')}.`,
			);
		if (kind === 'flag' && !registry.flags.includes(name))
			problems.push(
				`ligne ${line} : condition inconnue @si(${name}). Conditions possibles : ${registry.flags.join(', ')}.`,
			);
		if (kind === 'list' && !(registry.lists ?? []).includes(name))
			problems.push(
				`ligne ${line} : liste inconnue @chaque(${name}). Listes possibles : ${(registry.lists ?? []).join(', ') || 'aucune'}.`,
			);
		if (kind === 'block' && !registry.blocks.includes(name))
			problems.push(
				`ligne ${line} : bloc inconnu @bloc(${name}). Blocs possibles : ${registry.blocks.join(', ')}.`,
			);
		if (kind === 'citation') {
			const article = articles.get(name);
			if (!article)
				problems.push(`ligne ${line} : l’article [[${name}]] n’existe pas dans content/legal.`);
			else if (article.status !== 'en vigueur')
				problems.push(
					`ligne ${line} : l’article [[${name}]] est abrogé : citez l’article qui le remplace.`,
				);
		}
	}
	return problems;
}
