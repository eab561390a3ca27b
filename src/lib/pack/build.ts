/**
 * Renders the prepared pack to files and zips them. The renderers and the fonts are passed in, so
 * the browser loads docx, pdf-lib and the font only when the user asks for a file.
 */
import type { Doc } from '../document/model';
import { mimeTypes } from '../documents/spec';
import type { PdfFonts } from '../render/fonts';
import type { Dossier } from '../schema/dossier';
import { slugify } from '../slug';
import {
	preparePack,
	type PackFailure,
	type PackPart,
	type PreparePackInput,
	type PreparedPack,
} from './prepare';
import { zipDate, zipFiles, type PackFile } from './zip';

/** The renderers, injected (e.g. `await import('../render/pdf')` in the browser). */
export interface PackRenderers {
	renderPdf(doc: Doc, fonts: PdfFonts, options?: { date?: Date }): Promise<Uint8Array>;
	renderDocx(doc: Doc): Promise<Uint8Array>;
}

/** What rendering needs besides the parts. */
export interface RenderOptions extends PackRenderers {
	fonts: PdfFonts;
	/** Date written into the PDFs and the ZIP entries; from the dossier by default. */
	date?: Date;
}

/** What `buildPack` reads. */
export type BuildPackInput = PreparePackInput & RenderOptions;

/** The built pack. */
export interface BuiltPack {
	ok: true;
	/** Every file, in the order of the ZIP. */
	files: PackFile[];
	zip: Uint8Array;
	/** Suggested name of the ZIP. */
	zipName: string;
	prepared: PreparedPack;
}

/** Name of the ZIP: `dossier-habilitation-<slug of the CCAS>.zip`. */
export function packZipName(dossier: Pick<Dossier, 'ccas'>): string {
	const slug = slugify(dossier.ccas?.name ?? '', 60);
	return `dossier-habilitation-${slug === '' ? 'ccas' : slug}.zip`;
}

/** The date of the pack: the dossier's last change, else the sitting, as a local noon. */
export function packDate(dossier: Pick<Dossier, 'updatedOn' | 'sitting'>): Date {
	return zipDate(dossier.updatedOn ?? dossier.sitting?.date);
}

/** Renders one part to its files (one document can be downloaded alone this way). */
export async function renderPart(part: PackPart, options: RenderOptions): Promise<PackFile[]> {
	if (part.kind === 'text')
		return [{ path: part.path, mime: part.mime, bytes: new TextEncoder().encode(part.text) }];
	const files: PackFile[] = [];
	for (const file of part.files) {
		const bytes =
			file.format === 'pdf'
				? await options.renderPdf(
						part.doc,
						options.fonts,
						options.date === undefined ? {} : { date: options.date },
					)
				: await options.renderDocx(part.doc);
		files.push({ path: file.path, mime: mimeTypes[file.format], bytes });
	}
	return files;
}

/** Prepares, renders and zips the whole pack, or says what is missing. */
export async function buildPack(input: BuildPackInput): Promise<BuiltPack | PackFailure> {
	const prepared = preparePack(input);
	if (!prepared.ok) return prepared;
	const date = input.date ?? packDate(input.dossier);
	const options: RenderOptions = { ...input, date };
	const files: PackFile[] = [];
	for (const part of prepared.parts) files.push(...(await renderPart(part, options)));
	return {
		ok: true,
		files,
		zip: zipFiles(files, date),
		zipName: packZipName(input.dossier),
		prepared,
	};
}
