/**
 * The guides of content/guides as the build sees them, without Astro: front matter validated by the
 * catalogue loader, body without front matter, and headings with the anchors Astro gives them
 * (github-slugger on the heading text, as @astrojs/markdown-remark's rehypeHeadingIds does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Catalogue } from '../../src/lib/catalogue/types';
import type { GuideSource } from '../../src/lib/search/site';
import type { RenderedHeading } from '../../src/lib/search/mdx';

/** The body of an MDX file, without its front matter. */
export function guideBody(source: string): string {
	return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** Markdown headings of an MDX body (outside code fences), with github-slugger anchors. */
export function markdownHeadings(body: string): RenderedHeading[] {
	const slugger = new GithubSlugger();
	const headings: RenderedHeading[] = [];
	let fence = false;
	for (const line of body.split(/\r?\n/)) {
		if (/^(```|~~~)/.test(line.trim())) fence = !fence;
		const match = fence ? null : /^(#{1,6})[ \t]+(.+?)[ \t#]*$/.exec(line);
		if (match) {
			const text = (match[2] ?? '').replace(/[*_`]/g, '');
			headings.push({ depth: match[1]?.length ?? 0, slug: slugger.slug(text), text });
		}
	}
	return headings;
}

/** Each guide of the catalogue with its body and headings read from content/guides. */
export function guideSources(catalogue: Catalogue, contentDir = 'content'): GuideSource[] {
	return catalogue.guides.map((guide) => {
		const body = guideBody(readFileSync(join(contentDir, 'guides', `${guide.id}.mdx`), 'utf8'));
		return { guide, body, headings: markdownHeadings(body) };
	});
}
