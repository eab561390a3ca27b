/**
 * The official list of communes, trimmed and split by first letter (src/lib/wizard/communes.ts):
 * `/assistant/communes/<lettre>.json`, fetched by step 1 only when the person types a commune.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { APIRoute, GetStaticPaths } from 'astro';
import { communeChunks, trimCommunes } from '../../../lib/wizard/communes';

const require = createRequire(import.meta.url);
let chunks: ReturnType<typeof trimCommunes> | undefined;

function load(): ReturnType<typeof trimCommunes> {
	chunks ??= trimCommunes(
		JSON.parse(
			readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'),
		) as Parameters<typeof trimCommunes>[0],
	);
	return chunks;
}

export const getStaticPaths: GetStaticPaths = () =>
	communeChunks.map((chunk) => ({ params: { chunk } }));

export const GET: APIRoute = ({ params }) =>
	new Response(JSON.stringify(load().get(String(params['chunk'])) ?? []), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
