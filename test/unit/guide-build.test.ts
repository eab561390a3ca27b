// `npm run build` fails on a guide that cites an article that does not exist, naming the guide and the id.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture';

let fixture: ContentFixture | undefined;
afterEach(() => {
	if (fixture) rmSync(`${fixture.dir}-dist`, { recursive: true, force: true });
	fixture?.cleanup();
	fixture = undefined;
});

describe('astro build with a broken guide', () => {
	it('fails on a dangling article id in the body', () => {
		fixture = contentFixture();
		writeFileSync(
			join(fixture.dir, 'guides', 'essai.mdx'),
			'---\ntitle: Essai\nsummary: Essai.\naudience: [agents]\nupdated: 2026-11-23\nrelatedArticles: [crpa-l114-8]\n---\n\n## Titre\n\nSelon l’<LegalRef id="crpa-l999" />.\n',
		);
		const result = spawnSync(
			process.execPath,
			['node_modules/astro/bin/astro.mjs', 'build', '--force', '--outDir', `${fixture.dir}-dist`],
			{
				env: { ...process.env, HC_CONTENT_DIR: fixture.dir, ASTRO_TELEMETRY_DISABLED: '1' },
				encoding: 'utf8',
				timeout: 120_000,
			},
		);
		expect(result.status).not.toBe(0);
		expect(`${result.stdout}\n${result.stderr}`).toMatch(
			/content\/guides\/essai\.mdx[\s\S]*LegalRef\u202f: «\u202fcrpa-l999\u202f» ne correspond à aucun article/,
		);
	});
});
