/** Names of the files the wizard offers for download. */
import { slugify } from '../slug';

/** A file-name slug of at most 60 characters: « CCAS de Villebourg-sur-Loir » → « ccas-de-villebourg-sur-loir ». */
export function fileSlug(text: string): string {
	return slugify(text, 60);
}

/** Name of the exported dossier: `dossier-<ccas-slug>.json`, `dossier-ccas.json` before step 1. */
export function dossierFileName(ccasName: string | undefined): string {
	return `dossier-${(ccasName && fileSlug(ccasName)) || 'ccas'}.json`;
}
