/** `cli deliberation`: writes the deliberation as DOCX and PDF (the pack's file names), or prints why it cannot. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../lib/catalogue/types';
import { buildDeliberation, buildDocumentContext, documentFiles } from '../lib/documents';
import { renderDocx } from '../lib/render/docx';
import { renderPdf } from '../lib/render/pdf';
import type { PdfFonts } from '../lib/render/fonts';
import type { Dossier } from '../lib/schema/dossier';

/** Builds and writes both files; returns the exit code (0 written, 1 dossier or sitting invalid). */
export async function writeDeliberation(
	dossier: Dossier,
	catalogue: Catalogue,
	templates: Readonly<Record<string, string>>,
	fonts: PdfFonts,
	outDir: string,
): Promise<number> {
	const result = buildDeliberation(buildDocumentContext(dossier, catalogue, templates));
	if (!result.ok) {
		console.error('La délibération ne peut pas être rédigée :');
		for (const problem of result.problems)
			console.error(`  ${problem.path || '(dossier)'} : ${problem.message}`);
		return 1;
	}
	mkdirSync(outDir, { recursive: true });
	const { deliberationDocx, deliberationPdf } = documentFiles;
	writeFileSync(join(outDir, deliberationDocx), await renderDocx(result.doc));
	writeFileSync(join(outDir, deliberationPdf), await renderPdf(result.doc, fonts));
	console.log(`Délibération écrite dans ${outDir} (${deliberationDocx}, ${deliberationPdf}).`);
	return 0;
}
