// `npm run build` itself fails on bad content, naming the file and the field (the integration runs first).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture';

let fixture: ContentFixture | undefined;
afterEach(() => {
	fixture?.cleanup();
	fixture = undefined;
});

/** Runs `astro build` against a content copy and returns its exit code and output. */
function build(
	dir: string,
	env: Record<string, string> = {},
): { status: number | null; output: string } {
	const result = spawnSync(
		process.execPath,
		[
			'node_modules/astro/bin/astro.mjs',
			'build',
			// A fresh content store: entries of an earlier copy would point to deleted files.
			'--force',
			'--outDir',
			join(tmpdir(), `hc-dist-${process.pid}`),
		],
		{
			env: { ...process.env, HC_CONTENT_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1', ...env },
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

describe('astro build with a broken template', () => {
	it('an unknown placeholder or an abrogated citation fails the build with the file and line', () => {
		const root = mkdtempSync(join(tmpdir(), 'hc-templates-'));
		try {
			cpSync('templates', join(root, 'templates'), { recursive: true });
			const path = join(root, 'templates', 'deliberation.md');
			writeFileSync(
				path,
				`${readFileSync(path, 'utf8')}\n{ville_inconnue} selon [[crpa-r114-9-3]]\n`,
			);
			const { status, output } = build('content', { HC_TEMPLATES_ROOT: root });
			expect(status).not.toBe(0);
			expect(output).toMatch(
				/templates\/deliberation\.md : ligne \d+ : champ inconnu \{ville_inconnue\}/,
			);
			expect(output).toMatch(/l’article \[\[crpa-r114-9-3\]\] est abrogé/);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
