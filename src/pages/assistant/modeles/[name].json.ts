// Each template of templates/ the assistant uses, as a JSON string at /assistant/modeles/<name>.json.
// The wording of the documents is data: fetched when a step shows a document rather than compiled
// into the page's scripts, it stays out of the JavaScript budget (bench/budgets.json) and is read
// from the same files the build check and the CLI use.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readTemplate } from '../../../cli/templates';
import { templateNames } from '../../../lib/documents';

export const getStaticPaths = (() =>
	templateNames.map((file) => ({
		params: { name: file.replace(/\.md$/, '') },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
	new Response(
		JSON.stringify(readTemplate(`${params['name']}.md`, process.env['HC_TEMPLATES_ROOT'] ?? '.')),
		{ headers: { 'Content-Type': 'application/json; charset=utf-8' } },
	);
