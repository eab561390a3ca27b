/**
 * Plain text and sections of an MDX guide body, for the search index: headings split the body,
 * components and Markdown syntax are dropped, and each section keeps the anchor the page gives it.
 */
import type { GuideSection } from './documents';

/** A heading as Astro reports it for a rendered entry. */
export interface RenderedHeading {
	/** Level, 1 to 6. */
	depth: number;
	/** Anchor id on the page. */
	slug: string;
	/** Text of the heading. */
	text: string;
}

/** Gives the text a component stands for (e.g. an article citation), or nothing to drop it. */
export type ComponentText = (
	name: string,
	attributes: Record<string, string>,
) => string | undefined;

const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;
const FENCE = /^(```|~~~)/;

/** Turns a fragment of MDX into plain text: no components, no Markdown marks, single spaces. */
export function mdxPlainText(
	source: string,
	componentText: ComponentText = () => undefined,
): string {
	return (
		source
			// Top-level ESM lines.
			.replace(/^(?:import|export)\s.*$/gm, ' ')
			// Self-closing components: replaced by what they stand for, if anything.
			.replace(
				/<([A-Z][\w.]*)((?:\s+[\w-]+(?:=(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/>/g,
				(_m, name, attrs) =>
					` ${componentText(String(name), parseAttributes(String(attrs))) ?? ''} `,
			)
			// Opening and closing tags of other elements: their content stays.
			.replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
			// Expressions and comments.
			.replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
			.replace(/\{[^{}]*\}/g, ' ')
			// Images, then links: keep the link text.
			.replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
			// Headings, quotes, list markers, table pipes and rules.
			.replace(/^[ \t]*(?:#{1,6}|>|[-*+]|\d+[.)])[ \t]+/gm, '')
			.replace(/^[ \t]*\|?[ \t:-]*\|[ \t|:-]*$/gm, ' ')
			.replace(/\|/g, ' ')
			// Emphasis and code marks.
			.replace(/(\*\*|__|\*|_|`)/g, '')
			.replace(/\s+/g, ' ')
			.trim()
	);
}

function parseAttributes(source: string): Record<string, string> {
	const attributes: Record<string, string> = {};
	for (const match of source.matchAll(/([\w-]+)=(?:"([^"]*)"|'([^']*)')/g)) {
		attributes[match[1] ?? ''] = match[2] ?? match[3] ?? '';
	}
	return attributes;
}

/** Letters and digits only, folded: to compare a raw heading line with the rendered heading. */
function headingKey(text: string): string {
	return mdxPlainText(text)
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '')
		.toLowerCase();
}

/**
 * Splits a guide body at its level-2 and level-3 headings, pairing each with the heading the page
 * rendered (in order) to take its anchor. Deeper headings stay inside their section. Throws when
 * the body and the rendered headings disagree, so a section can never point at a missing anchor.
 */
export function mdxSections(
	body: string,
	headings: readonly RenderedHeading[],
	componentText?: ComponentText,
): { intro: string; sections: GuideSection[] } {
	const rendered = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
	const chunks: { title: string; depth: number; lines: string[] }[] = [];
	const introLines: string[] = [];
	let inFence = false;
	for (const line of body.split(/\r?\n/)) {
		if (FENCE.test(line.trim())) inFence = !inFence;
		const match = inFence ? null : HEADING.exec(line);
		const depth = match?.[1]?.length ?? 0;
		if (match && (depth === 2 || depth === 3)) {
			chunks.push({ title: match[2] ?? '', depth, lines: [] });
			continue;
		}
		(chunks.at(-1)?.lines ?? introLines).push(line);
	}
	if (chunks.length !== rendered.length) {
		throw new Error(
			`Le guide a ${chunks.length} intertitres de niveau 2 ou 3 mais la page en affiche ${rendered.length}.`,
		);
	}
	const sections = chunks.map((chunk, index): GuideSection => {
		const heading = rendered[index] as RenderedHeading;
		if (headingKey(chunk.title) !== headingKey(heading.text) || chunk.depth !== heading.depth) {
			throw new Error(
				`Intertitre n° ${index + 1} : « ${chunk.title} » ne correspond pas à « ${heading.text} » sur la page.`,
			);
		}
		return {
			title: heading.text,
			slug: heading.slug,
			depth: heading.depth,
			text: mdxPlainText(chunk.lines.join('\n'), componentText),
		};
	});
	return { intro: mdxPlainText(introLines.join('\n'), componentText), sections };
}
