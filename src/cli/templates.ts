/** Node access to templates/ and public/fonts/ for the CLI and the build check. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadPdfFonts, type PdfFonts } from '../lib/render/fonts';
import { checkTemplate, type PlaceholderRegistry } from '../lib/templates/check';
import type { Catalogue } from '../lib/catalogue/types';
import { templateNames, templateRegistries, type DocumentTemplates } from '../lib/documents';

export { templateRegistries };

/** Reads one template by file name. */
export function readTemplate(name: string, root = '.'): string {
	return readFileSync(join(resolve(root), 'templates', name), 'utf8');
}

/** Checks every registered template against its placeholders and the legal corpus; returns « file : problem » lines. */
export function checkTemplates(catalogue: Pick<Catalogue, 'legal'>, root = '.'): string[] {
	return Object.entries(templateRegistries).flatMap(
		([name, registry]: [string, PlaceholderRegistry]) => {
			let source: string;
			try {
				source = readTemplate(name, root);
			} catch {
				return [`templates/${name} : fichier absent`];
			}
			return checkTemplate(source, registry, catalogue.legal).map(
				(problem) => `templates/${name} : ${problem}`,
			);
		},
	);
}

/** The PDF fonts from public/fonts (the same files the browser fetches). */
export function nodeFonts(root = '.'): Promise<PdfFonts> {
	return loadPdfFonts(
		async (file) => new Uint8Array(await readFile(join(resolve(root), 'public', 'fonts', file))),
	);
}

/** Every template the pack needs, read from templates/ (file name → source). */
export function readPackTemplates(root = '.'): DocumentTemplates {
	return Object.fromEntries(templateNames.map((name) => [name, readTemplate(name, root)]));
}
