// The example dossier as a file to import into the assistant (« Voir un exemple »).
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';

export const GET: APIRoute = () =>
	new Response(readFileSync('examples/ccas-villebourg.json', 'utf8'), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
