/** `cli pack`: writes the ZIP of the justification pack and its files unzipped, or lists what is missing. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../lib/catalogue/types';
import { buildPack } from '../lib/pack';
import type { DocumentTemplates } from '../lib/documents';
import { renderDocx } from '../lib/render/docx';
import type { PdfFonts } from '../lib/render/fonts';
import { renderPdf } from '../lib/render/pdf';
import type { Dossier } from '../lib/schema/dossier';
import { warnMissingGlyphs, writeError } from './output';

/** Builds and writes the pack; returns the exit code (0 written, 1 dossier incomplete, 2 not writable). */
export async function writePack(
	dossier: Dossier,
	catalogue: Catalogue,
	templates: DocumentTemplates,
	fonts: PdfFonts,
	outDir: string,
): Promise<number> {
	const missingGlyphs = new Set<number>();
	const pack = await buildPack({
		dossier,
		catalogue,
		templates,
		fonts,
		// Every PDF of the pack reports the characters it could not draw into the same set.
		renderPdf: (doc, pdfFonts, options) => renderPdf(doc, pdfFonts, { ...options, missingGlyphs }),
		renderDocx,
	});
	if (!pack.ok) {
		console.error('Le dossier n’est pas complet : il manque encore ceci.');
		for (const problem of pack.problems) console.error(`  - ${problem}`);
		return 1;
	}
	try {
		mkdirSync(outDir, { recursive: true });
		writeFileSync(join(outDir, pack.zipName), pack.zip);
		for (const file of pack.files) writeFileSync(join(outDir, file.path), file.bytes);
	} catch (error) {
		console.error(writeError(outDir, error));
		return 2;
	}
	console.log(
		`Dossier écrit dans ${outDir} : ${pack.zipName} et ses ${pack.files.length} fichiers.`,
	);
	for (const warning of pack.prepared.warnings) console.log(`  À noter : ${warning}`);
	warnMissingGlyphs(missingGlyphs);
	return 0;
}
