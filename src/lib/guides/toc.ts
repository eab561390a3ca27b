/** The table of contents of a guide, built from the headings the page renders (never written by hand). */

/** A heading as the page renders it. */
export interface TocHeading {
	/** Level, 1 to 6. */
	depth: number;
	/** Anchor id. */
	slug: string;
	/** Text. */
	text: string;
}

/** One entry of the table of contents, with the entries of the level below. */
export interface TocEntry extends TocHeading {
	/** Sub-entries (level 3 under level 2). */
	children: TocEntry[];
}

/**
 * Nests headings from `minDepth` to `maxDepth` into a tree: each heading goes under the nearest
 * previous heading of a lower level; a heading with no such parent starts a new top-level entry.
 */
export function tocTree(headings: readonly TocHeading[], minDepth = 2, maxDepth = 3): TocEntry[] {
	const roots: TocEntry[] = [];
	const stack: TocEntry[] = [];
	for (const heading of headings) {
		if (heading.depth < minDepth || heading.depth > maxDepth) continue;
		const entry: TocEntry = { ...heading, children: [] };
		while (stack.length > 0 && (stack.at(-1)?.depth ?? 0) >= entry.depth) stack.pop();
		const parent = stack.at(-1);
		if (parent) parent.children.push(entry);
		else roots.push(entry);
		stack.push(entry);
	}
	return roots;
}

/**
 * The anchor a guide heading gets: Astro's slug (github-slugger) folded to ASCII, so links to a
 * section read « #les-donnees-utiles-a-un-ccas » wherever they are pasted.
 */
export function asciiAnchor(slug: string): string {
	return slug
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9_-]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Headings with ASCII anchors; throws when two headings of a page end with the same anchor. */
export function withAsciiAnchors<T extends TocHeading>(headings: readonly T[]): T[] {
	const seen = new Set<string>();
	return headings.map((heading) => {
		const slug = asciiAnchor(heading.slug);
		if (seen.has(slug)) throw new Error(`Deux intertitres ont la même ancre « ${slug} ».`);
		seen.add(slug);
		return { ...heading, slug };
	});
}
