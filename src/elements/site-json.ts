/**
 * JSON the site serves to its own pages (catalogue, document templates): fetched from the same
 * origin once per address; a failed fetch is forgotten, so the next call tries again.
 */
const cache = new Map<string, Promise<unknown>>();

/** The JSON at `path` (relative to the site's base), fetched once; `label` names it in errors. */
export function siteJson(path: string, label: string): Promise<unknown> {
	let value = cache.get(path);
	if (!value) {
		value = fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${path}`).then(
			async (response) => {
				if (!response.ok) throw new Error(`${label} : HTTP ${response.status}`);
				return (await response.json()) as unknown;
			},
		);
		cache.set(path, value);
		value.catch(() => cache.delete(path));
	}
	return value;
}
