/** ASCII slugs for file names and ids, shared by the editor entries, the wizard's exports and the pack. */

/** Lower-case ASCII words joined by dashes: « CCAS de Villebourg-sur-Loir » → « ccas-de-villebourg-sur-loir ». */
export function slugify(text: string, maxLength = Infinity): string {
	const slug = text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	// A cut may end on a dash: drop it so the slug stays clean.
	return slug.length > maxLength ? slug.slice(0, maxLength).replace(/-+$/, '') : slug;
}
