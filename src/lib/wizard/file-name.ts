/** Names of the files the wizard offers for download. */

/** A file-name slug: « CCAS de Villebourg-sur-Loir » → « ccas-de-villebourg-sur-loir ». */
export function fileSlug(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}

/** Name of the exported dossier: `dossier-<ccas-slug>.json`, `dossier-ccas.json` before step 1. */
export function dossierFileName(ccasName: string | undefined): string {
	return `dossier-${(ccasName && fileSlug(ccasName)) || 'ccas'}.json`;
}
