/** Fills the search page's results section for a query (loaded with the search code, on demand). */
import { countMessage } from '../lib/search/combobox';
import { kindLabels } from '../lib/search/kinds';
import { loadSearch } from './search-engine';

/** Most results listed above the full listing. */
const MAX_RESULTS = 30;

/** Shows the ranked results for `query` in `root`'s section; French strings come from `root`'s data-*. */
export async function showResults(root: HTMLElement, query: string): Promise<void> {
	const section = root.querySelector('section');
	const heading = section?.querySelector('h2');
	const list = section?.querySelector('ol');
	if (!section || !heading || !list) return;
	const text = (name: string) => root.dataset[name] ?? '';
	section.hidden = false;
	try {
		const search = await loadSearch(text('index'));
		const hits = search(query, MAX_RESULTS);
		heading.textContent = countMessage(hits.length, query, {
			none: text('none'),
			one: text('one'),
			many: text('many'),
		});
		list.replaceChildren(
			...hits.map((hit) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				link.href = hit.url;
				link.textContent = hit.title;
				const context = document.createElement('span');
				context.className = 'hc-results__context';
				context.textContent = `${kindLabels[hit.kind].one} · ${hit.context}`;
				item.append(link, context);
				return item;
			}),
		);
	} catch {
		heading.textContent = text('error');
	}
}
