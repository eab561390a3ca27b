// The catalogue facts the pack needs in the browser (legal articles, data, criteria, editors),
// fetched by the last step of the assistant only: the page itself carries the smaller wizard catalogue.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import type { DocumentCatalogue } from '../../lib/documents';

const withIds = <T>(entries: { id: string; data: T }[]) =>
	entries.map((entry) => ({ ...entry.data, id: entry.id }));

export const GET: APIRoute = async () => {
	const catalogue: DocumentCatalogue = {
		legal: withIds(await getCollection('legal')),
		data: withIds(await getCollection('data')),
		criteria: withIds(await getCollection('criteria')),
		editors: withIds(await getCollection('editors')),
	};
	return new Response(JSON.stringify(catalogue), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
