/**
 * Rendering the pack's files in the browser: docx, pdf-lib and the DejaVu fonts. This module is
 * imported only when the person asks for a document (a download button), never before.
 */
import type { DocumentCatalogue, DocumentTemplates } from '../lib/documents/context';
import { buildPack, packDate, renderPart, type BuiltPack } from '../lib/pack/build';
import type { PackFailure, PackPart } from '../lib/pack/prepare';
import type { PackFile } from '../lib/pack/zip';
import { renderDocx } from '../lib/render/docx';
import { renderPdf } from '../lib/render/pdf';
import type { Dossier } from '../lib/schema/dossier';
import { pdfFonts } from './pdf-fonts';

/** Every file of the pack, zipped. */
export async function buildZip(
	dossier: Dossier,
	catalogue: DocumentCatalogue,
	templates: DocumentTemplates,
): Promise<BuiltPack | PackFailure> {
	return buildPack({
		dossier,
		catalogue,
		templates,
		fonts: await pdfFonts(),
		renderPdf,
		renderDocx,
	});
}

/** One file of one part (a document in one format, or a text file). */
export async function renderOne(dossier: Dossier, part: PackPart, path: string): Promise<PackFile> {
	const single: PackPart =
		part.kind === 'doc'
			? { ...part, files: part.files.filter((file) => file.path === path) }
			: part;
	const needsFont = single.kind === 'doc' && single.files.some((file) => file.format === 'pdf');
	const [file] = await renderPart(single, {
		renderPdf,
		renderDocx,
		fonts: needsFont
			? await pdfFonts()
			: { regular: new Uint8Array(), bold: new Uint8Array(), italic: new Uint8Array() },
		date: packDate(dossier),
	});
	if (!file) throw new Error(`Fichier inconnu : ${path}`);
	return file;
}
