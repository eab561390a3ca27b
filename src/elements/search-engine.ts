/** Loads the search index once per page and builds the engine (shared by the combobox and the search page). */
import { createSearch, type Search, type SearchPayload } from '../lib/search/engine';

let pending: Promise<Search> | undefined;

/** The search function over the index at `url`, fetched on first call. */
export function loadSearch(url: string): Promise<Search> {
	pending ??= fetch(url)
		.then((response) => {
			if (!response.ok) throw new Error(`Index de recherche indisponible (${response.status})`);
			return response.json() as Promise<SearchPayload>;
		})
		.then((payload) => {
			if (payload.version !== 1) throw new Error('Index de recherche d’une autre version');
			return createSearch(payload);
		});
	pending.catch(() => {
		// A later focus may retry (e.g. after the connection came back).
		pending = undefined;
	});
	return pending;
}
