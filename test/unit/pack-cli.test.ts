// `npm run cli -- pack`: exit 0 with the ZIP and its files, 1 with the French list of what is
// missing, 2 when the dossier cannot be read.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/poppler';

const dir = tempDir('ccas-pack-cli-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the CLI as an integrator would. */
function cli(...args: string[]) {
	const result = spawnSync('npm', ['exec', '--', 'tsx', 'src/cli/index.ts', ...args], {
		encoding: 'utf8',
		timeout: 110_000,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli pack', () => {
	it('writes the ZIP and the same files unzipped, and exits 0', () => {
		const out = join(dir, 'complet');
		const result = cli('pack', 'examples/ccas-villebourg.json', out);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('dossier-habilitation-ccas-de-villebourg-sur-loir.zip');
		const zip = unzipSync(
			new Uint8Array(
				readFileSync(join(out, 'dossier-habilitation-ccas-de-villebourg-sur-loir.zip')),
			),
		);
		const names = Object.keys(zip);
		expect(names).toContain('01-fiche-datapass.pdf');
		expect(names).toContain('LISEZ-MOI.txt');
		expect(readdirSync(out).sort()).toEqual(
			[...names, 'dossier-habilitation-ccas-de-villebourg-sur-loir.zip'].sort(),
		);
		for (const name of names)
			expect(new Uint8Array(readFileSync(join(out, name)))).toEqual(zip[name]);
	});

	it('lists what is missing in French and exits 1 for an incomplete dossier', () => {
		const example = JSON.parse(readFileSync('examples/ccas-villebourg.json', 'utf8')) as Record<
			string,
			unknown
		>;
		delete example['sitting'];
		delete example['request'];
		const path = join(dir, 'incomplet.json');
		writeFileSync(path, JSON.stringify(example));
		const out = join(dir, 'incomplet');
		const result = cli('pack', path, out);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('Le dossier n’est pas complet');
		expect(result.stderr).toMatch(
			/Séance du conseil et délibération : .*étape « Séance du conseil »/,
		);
		expect(result.stderr).toMatch(/étape « Demande DataPass »/);
		expect(existsSync(out)).toBe(false);
	});

	it('exits 2 when the dossier file cannot be read', () => {
		const result = cli('pack', join(dir, 'absent.json'), join(dir, 'rien'));
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/Impossible de lire/);
	});
});
