// The CLI checks a file's type and size before reading it, decodes it by the site's one rule, and
// says in French why it stops: devices, pipes, folders, huge files, BOMs, invalid UTF-8, an output
// folder that cannot be written (exit 2, as `pack`), characters a PDF could not draw.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkFile } from '../../src/cli/check';
import { writeDeliberation } from '../../src/cli/deliberation';
import { warnMissingGlyphs } from '../../src/cli/output';
import { formatBytes, readBoundedFile } from '../../src/cli/read-bounded';
import { readDossierFile } from '../../src/cli/read-dossier';
import { readPackTemplates } from '../../src/cli/templates';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';
import { nodePdfFonts } from '../helpers/fonts';
import { tempDir } from '../helpers/poppler';

const dir = tempDir('ccas-cli-bounded-');
const example = JSON.stringify(exampleDossier());
let errors: string[] = [];

beforeAll(() => {
	writeFileSync(join(dir, 'plain.json'), example);
	writeFileSync(join(dir, 'bom.json'), `\uFEFF${example}`);
	writeFileSync(join(dir, 'utf16.json'), Buffer.from(`\uFEFF${example}`, 'utf16le'));
	writeFileSync(join(dir, 'latin1.json'), Buffer.from(example, 'latin1'));
	// A sparse file: 1 GB to `stat`, nothing on disk; reading it would cost a gigabyte.
	const fd = openSync(join(dir, 'huge.json'), 'w');
	ftruncateSync(fd, 1_000_000_000);
	closeSync(fd);
	mkdirSync(join(dir, 'folder.json'));
	execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
	writeFileSync(join(dir, 'a-file'), '');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeEach(() => {
	errors = [];
	vi.spyOn(console, 'error').mockImplementation(
		(...args: unknown[]) => void errors.push(args.join(' ')),
	);
	vi.spyOn(console, 'log').mockImplementation(() => undefined);
});
afterEach(() => vi.restoreAllMocks());

describe('readDossierFile', () => {
	it.each([
		['plain UTF-8', 'plain.json'],
		['UTF-8 with BOM (as Notepad saves it)', 'bom.json'],
		['UTF-16 with BOM', 'utf16.json'],
	])('reads a dossier in %s', (_what, name) => {
		expect(readDossierFile(join(dir, name)).ok).toBe(true);
	});

	it.each([
		['a device', '/dev/zero', 2, /pas un fichier ordinaire/],
		['a pipe (it would block)', 'pipe.txt', 2, /pas un fichier ordinaire/],
		['a folder', 'folder.json', 2, /c’est un dossier/],
		[
			'a 1 GB file, refused by its size alone',
			'huge.json',
			2,
			/trop volumineux \(200 ko au plus\)/,
		],
		['a missing file', 'absent.json', 2, /ENOENT \(fichier introuvable\)/],
		['Latin-1 bytes', 'latin1.json', 1, /n’est pas enregistré en UTF-8/],
	])('refuses %s', (_what, name, exitCode, message) => {
		const path = name.startsWith('/') ? name : join(dir, name);
		expect(readDossierFile(path)).toEqual({ ok: false, exitCode });
		expect(errors.join('\n')).toMatch(message);
	});
});

describe('check reads through the same bounded reader', () => {
	it.each([
		['/dev/zero', /pas un fichier ordinaire/],
		['pipe.txt', /pas un fichier ordinaire/],
		['huge.json', /trop volumineux \(21 Mo au plus\)/],
	])('refuses %s with exit 2', async (name, message) => {
		await expect(checkFile([name.startsWith('/') ? name : join(dir, name)])).resolves.toBe(2);
		expect(errors.join('\n')).toMatch(message);
	});
});

describe('readBoundedFile', () => {
	it('reads a regular file whole, and never past the limit', () => {
		writeFileSync(join(dir, 'small.txt'), 'abc');
		expect([...readBoundedFile(join(dir, 'small.txt'), 3)]).toEqual([97, 98, 99]);
		expect(() => readBoundedFile(join(dir, 'small.txt'), 2)).toThrow(/trop volumineux/);
	});

	it('writes limits as a person reads them', () => {
		expect(formatBytes(300_000)).toBe('300 ko');
		expect(formatBytes(20 * 1024 * 1024)).toBe('21 Mo');
		expect(formatBytes(2_500_000)).toBe('2,5 Mo');
	});
});

describe('deliberation output', () => {
	it('exits 2 with a French sentence when the folder cannot be written', async () => {
		const code = await writeDeliberation(
			exampleDossier(),
			realCatalogue(),
			readPackTemplates(),
			await nodePdfFonts(),
			join(dir, 'a-file', 'sortie'),
		);
		expect(code).toBe(2);
		expect(errors.join('\n')).toMatch(
			/^Impossible d’écrire dans .*a-file\/sortie : un fichier porte déjà ce nom\.$/,
		);
	});

	it('warns when a PDF lost characters, naming them', () => {
		warnMissingGlyphs(new Set([0x738b, 0x1f389]));
		expect(errors.join('\n')).toMatch(
			/le PDF n’a pas pu écrire 2 caractères.*U\+738B \(王\), U\+1F389 \(🎉\)/,
		);
		errors = [];
		warnMissingGlyphs(new Set());
		expect(errors).toEqual([]);
	});
});
