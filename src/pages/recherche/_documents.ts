/**
 * Reads every collection and turns it into search documents, for the index endpoint and the
 * search page (the two list exactly the same entries). Wiring only: the logic is in src/lib/search.
 */
import { getCollection, render } from 'astro:content';
import type { SearchDocument } from '../../lib/search/documents';
import { siteDocuments } from '../../lib/search/site';

/** Every entry of the site as a search document: guides (by section), articles, data, criteria, aids, editors. */
export async function searchDocuments(): Promise<SearchDocument[]> {
	const [guides, legal, data, criteria, aids, editors] = await Promise.all([
		getCollection('guides'),
		getCollection('legal'),
		getCollection('data'),
		getCollection('criteria'),
		getCollection('aids'),
		getCollection('editors'),
	]);
	const withId = <T>(entry: { id: string; data: T }) => ({ ...entry.data, id: entry.id });
	return siteDocuments(
		{
			legal: legal.map(withId),
			data: data.map(withId),
			criteria: criteria.map(withId),
			aids: aids.map(withId),
			editors: editors.map(withId),
		},
		await Promise.all(
			guides.map(async (entry) => ({
				guide: withId(entry),
				body: entry.body ?? '',
				headings: (await render(entry)).headings,
			})),
		),
	);
}
