// The search index, built once at build time and served as a static file: /recherche/index.json.
import type { APIRoute } from 'astro';
import { buildSearchPayload } from '../../lib/search/engine';
import { searchDocuments } from './_documents';

export const GET: APIRoute = async () =>
	new Response(JSON.stringify(buildSearchPayload(await searchDocuments())), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
