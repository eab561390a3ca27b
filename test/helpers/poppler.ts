/** Poppler and LibreOffice from tests: text, info, fonts and rendered pixels of a PDF. */

import type { Doc } from '../../src/lib/document/model';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when `command` is on the PATH. */
export function hasCommand(command: string): boolean {
	return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'ccas-render-'): string {
	return mkdtempSync(join(tmpdir(), prefix));
}

function withPdf<T>(bytes: Uint8Array, run: (path: string, dir: string) => T): T {
	const dir = tempDir();
	const path = join(dir, 'document.pdf');
	writeFileSync(path, bytes);
	try {
		return run(path, dir);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Whitespace collapsed (U+202F and U+00A0 included) and NFC, to compare extracted text. */
export function normalise(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** `pdftotext` output, raw (UTF-8). */
export function pdfText(bytes: Uint8Array): string {
	return withPdf(bytes, (path) =>
		execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
	);
}

/** `pdfinfo` as a record of its fields. */
export function pdfInfo(bytes: Uint8Array): Record<string, string> {
	const output = withPdf(bytes, (path) =>
		execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' }),
	);
	return Object.fromEntries(
		output
			.split('\n')
			.map((line) => /^([^:]+):\s*(.*)$/.exec(line))
			.filter((match) => match !== null)
			.map((match) => [match[1] ?? '', match[2] ?? '']),
	);
}

/** Font rows of `pdffonts`: name, type, embedded, subset. */
export function pdfFonts(
	bytes: Uint8Array,
): { name: string; embedded: boolean; subset: boolean }[] {
	const output = withPdf(bytes, (path) => execFileSync('pdffonts', [path], { encoding: 'utf8' }));
	return output
		.split('\n')
		.slice(2)
		.filter((line) => line.trim() !== '')
		.map((line) => {
			// name type encoding emb sub uni object ID: the three yes/no columns come before "object ID".
			const flags = /\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
			return {
				name: line.split(/\s+/)[0] ?? '',
				embedded: flags?.[1] === 'yes',
				subset: flags?.[2] === 'yes',
			};
		});
}

/** A grey image: width, height and one byte per pixel (0 black, 255 white). */
export interface GreyImage {
	width: number;
	height: number;
	pixels: Uint8Array;
}

/** Parses a binary PGM (P5) as written by `pdftoppm -gray`. */
export function parsePgm(data: Uint8Array): GreyImage {
	// Header: magic, width, height, max value, separated by whitespace, then one byte of whitespace.
	let offset = 0;
	const fields: string[] = [];
	while (fields.length < 4) {
		while (/\s/.test(String.fromCharCode(data[offset] ?? 0))) offset++;
		let field = '';
		while (!/\s/.test(String.fromCharCode(data[offset] ?? 32)))
			field += String.fromCharCode(data[offset++] ?? 32);
		fields.push(field);
	}
	offset++;
	const [magic, width, height, max] = fields;
	if (magic !== 'P5' || max !== '255') throw new Error(`unexpected PGM header ${fields.join(' ')}`);
	const w = Number(width);
	const h = Number(height);
	return { width: w, height: h, pixels: data.subarray(offset, offset + w * h) };
}

/** Renders every page with `pdftoppm -gray` at `dpi`. */
export function renderPages(bytes: Uint8Array, dpi = 50): GreyImage[] {
	return withPdf(bytes, (path, dir) => {
		execFileSync('pdftoppm', ['-gray', '-r', String(dpi), path, join(dir, 'page')]);
		return readdirSync(dir)
			.filter((name) => name.endsWith('.pgm'))
			.sort()
			.map((name) => parsePgm(readFileSync(join(dir, name))));
	});
}

/** Pixels darker than mid-grey inside a box given as fractions of the page (0..1). */
export function darkPixels(
	image: GreyImage,
	box: { top: number; bottom: number; left?: number; right?: number } = { top: 0, bottom: 1 },
): number {
	const x0 = Math.floor((box.left ?? 0) * image.width);
	const x1 = Math.ceil((box.right ?? 1) * image.width);
	const y0 = Math.floor(box.top * image.height);
	const y1 = Math.ceil(box.bottom * image.height);
	let count = 0;
	for (let y = y0; y < y1; y++) {
		for (let x = x0; x < x1; x++) {
			if ((image.pixels[y * image.width + x] ?? 255) < 128) count++;
		}
	}
	return count;
}

/** LibreOffice's arguments to convert `input` to PDF in `outDir`, with the profile at `profile` (a file:// URL). */
export function sofficePdfArgs(profile: string, outDir: string, input: string): string[] {
	return [
		`-env:UserInstallation=${profile}`,
		'--headless',
		'--convert-to',
		'pdf',
		'--outdir',
		outDir,
		input,
	];
}

/** Converts a DOCX to PDF with LibreOffice; returns the exit status, output and the PDF if any. */
export function libreOfficeToPdf(docx: Uint8Array): {
	status: number | null;
	output: string;
	pdf?: Uint8Array;
} {
	const dir = tempDir('ccas-soffice-');
	const input = join(dir, 'document.docx');
	writeFileSync(input, docx);
	// A profile of its own, so a running LibreOffice or a parallel test cannot lock it.
	const profile = `file://${join(dir, 'profile')}`;
	const result = spawnSync('soffice', sofficePdfArgs(profile, dir, input), {
		encoding: 'utf8',
		timeout: 110_000,
	});
	const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
	const pdfPath = join(dir, 'document.pdf');
	try {
		return { status: result.status, output, pdf: new Uint8Array(readFileSync(pdfPath)) };
	} catch {
		return { status: result.status, output };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** `pdftotext -raw`: the text in the order the PDF draws it (our renderer draws in document order). */
export function pdfRawText(bytes: Uint8Array): string {
	return withPdf(bytes, (path) =>
		execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }),
	);
}

/**
 * The body text of a PDF as one string without any whitespace: the running header and footer and
 * « Page X sur Y » and the list bullets removed, so it compares with a preview's text whatever the line breaks.
 */
export function pdfBodyCompact(
	bytes: Uint8Array,
	running: { header?: string; footer?: string },
): string {
	let text = pdfRawText(bytes).normalize('NFC');
	for (const line of [running.header, running.footer])
		if (line) text = text.split(line.normalize('NFC')).join('');
	// List bullets are drawn characters in the PDF and list markers (no text) in HTML.
	return compact(text.replace(/Page \d+ sur \d+/g, '').replace(/•/g, ''));
}

/**
 * The texts of a preview and of its PDF, comparable: without whitespace, and without the header
 * rows of the tables (the PDF repeats them at the top of each page a table runs onto).
 */
export function comparableTexts(
	previewText: string,
	pdf: Uint8Array,
	doc: Pick<Doc, 'header' | 'footer' | 'blocks'>,
): { preview: string; pdf: string } {
	const headers = doc.blocks.flatMap((block) =>
		block.kind === 'table'
			? [compact(block.header.map((cell) => cell.map((run) => run.text).join('')).join(''))]
			: [],
	);
	const strip = (text: string) =>
		headers.filter(Boolean).reduce((out, header) => out.split(header).join(''), text);
	return {
		preview: strip(compact(previewText)),
		pdf: strip(
			pdfBodyCompact(pdf, {
				...(doc.header === undefined ? {} : { header: doc.header }),
				...(doc.footer === undefined ? {} : { footer: doc.footer }),
			}),
		),
	};
}

/** Text without any whitespace (U+00A0 and U+202F included), NFC. */
export function compact(text: string): string {
	return text.normalize('NFC').replace(/[\s\u00a0\u202f]+/g, '');
}
