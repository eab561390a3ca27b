/**
 * The templates of templates/ in the browser: fetched from /assistant/modeles/<name>.json (same
 * site, built from the same files) when a step shows a document.
 */
import type { DocumentTemplates } from '../lib/documents/context';
import { siteJson } from './site-json';

/** The source of one template by file name (`deliberation.md`). */
export async function fetchTemplate(file: string): Promise<string> {
	const value = await siteJson(
		`assistant/modeles/${file.replace(/\.md$/, '')}.json`,
		`modèle ${file}`,
	);
	if (typeof value !== 'string') throw new Error(`modèle ${file} : contenu inattendu`);
	return value;
}

/** The sources of several templates, by file name. */
export async function fetchTemplates(files: readonly string[]): Promise<DocumentTemplates> {
	const sources = await Promise.all(files.map(fetchTemplate));
	return Object.fromEntries(files.map((file, i) => [file, sources[i] ?? '']));
}
