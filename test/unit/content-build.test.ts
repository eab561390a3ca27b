// `npm run build` itself fails on bad content, naming the file and the field (the integration runs first).
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture';

let fixture: ContentFixture | undefined;
afterEach(() => {
	fixture?.cleanup();
	fixture = undefined;
});

/** Runs `astro build` against a content copy and returns its exit code and output. */
function build(dir: string): { status: number | null; output: string } {
	const result = spawnSync(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'build', '--outDir', `${dir}-dist`],
		{
			env: { ...process.env, HC_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' },
			encoding: 'utf8',
			timeout: 120_000,
		},
	);
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('astro build with broken content', () => {
	it.each([
		[
			'missing field',
			'legal',
			'crpa-l114-8',
			(e: Record<string, unknown>) => delete e['title'],
			/crpa-l114-8\.yaml : title : /,
		],
		[
			'bad URL',
			'legal',
			'casf-l123-5',
			(e: Record<string, unknown>) => (e['url'] = 'http://legifrance.gouv.fr'),
			/casf-l123-5\.yaml : url : Adresse invalide/,
		],
		[
			'dangling id',
			'aids',
			'aide-energie',
			(e: Record<string, unknown>) => (e['criteria'] = ['ressources-qf']),
			/aide-energie\.yaml : criteria\[0\] : « ressources-qf »/,
		],
		[
			'bad SIRET',
			'editors',
			'arpege-sonate',
			(e: Record<string, unknown>) => (e['siret'] = '35142130000037'),
			/arpege-sonate\.yaml : siret : SIRET invalide/,
		],
	])('%s fails the build with the file and field', (_name, collection, id, edit, expected) => {
		fixture = contentFixture();
		fixture.editEntry(collection, id, edit);
		const { status, output } = build(fixture.dir);
		expect(status).not.toBe(0);
		expect(output).toMatch(expected);
	});
});
