/**
 * The templates of templates/ in the browser: fetched from /assistant/modeles/<name>.json (same
 * site, built from the same files) when a step shows a document, once each; a failed fetch is tried
 * again on the next call.
 */
import type { PackTemplates } from '../lib/pack/registry';

const cache = new Map<string, Promise<string>>();

/** The source of one template by file name (`deliberation.md`). */
export function fetchTemplate(file: string): Promise<string> {
	let source = cache.get(file);
	if (!source) {
		const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}assistant/modeles/${file.replace(/\.md$/, '')}.json`;
		source = fetch(url).then(async (response) => {
			if (!response.ok) throw new Error(`modèle ${file} : HTTP ${response.status}`);
			const value: unknown = await response.json();
			if (typeof value !== 'string') throw new Error(`modèle ${file} : contenu inattendu`);
			return value;
		});
		cache.set(file, source);
		source.catch(() => cache.delete(file));
	}
	return source;
}

/** The sources of several templates, by file name. */
export async function fetchTemplates(files: readonly string[]): Promise<PackTemplates> {
	const sources = await Promise.all(files.map(fetchTemplate));
	return Object.fromEntries(files.map((file, i) => [file, sources[i] ?? '']));
}
