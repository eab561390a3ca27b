// The Dossier's JSON Schema, published at /dossier.schema.json for integrators.
import type { APIRoute } from 'astro';
import { dossierJsonSchema } from '../lib/dossier/json-schema';

export const GET: APIRoute = ({ site }) =>
	new Response(
		`${JSON.stringify(dossierJsonSchema(site?.href ?? 'http://localhost:4321/'), null, 2)}\n`,
		{
			headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
		},
	);
