/** `cli deliberation`: writes deliberation.docx and deliberation.pdf, or prints why it cannot. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../lib/catalogue/types';
import { buildDeliberation } from '../lib/deliberation';
import { renderDocx } from '../lib/render/docx';
import { renderPdf } from '../lib/render/pdf';
import type { PdfFonts } from '../lib/render/fonts';
import type { Dossier } from '../lib/schema/dossier';
import { warnMissingGlyphs, writeError } from './output';

/**
 * Builds and writes both files; returns the exit code (0 written, 1 dossier or sitting invalid,
 * 2 output folder not writable).
 */
export async function writeDeliberation(
	dossier: Dossier,
	catalogue: Catalogue,
	template: string,
	fonts: PdfFonts,
	outDir: string,
): Promise<number> {
	const result = buildDeliberation(dossier, catalogue, template);
	if (!result.ok) {
		console.error('La délibération ne peut pas être rédigée :');
		for (const problem of result.problems)
			console.error(`  ${problem.path || '(dossier)'} : ${problem.message}`);
		return 1;
	}
	const missingGlyphs = new Set<number>();
	const docx = await renderDocx(result.doc);
	const pdf = await renderPdf(result.doc, fonts, { missingGlyphs });
	try {
		mkdirSync(outDir, { recursive: true });
		writeFileSync(join(outDir, 'deliberation.docx'), docx);
		writeFileSync(join(outDir, 'deliberation.pdf'), pdf);
	} catch (error) {
		console.error(writeError(outDir, error));
		return 2;
	}
	console.log(`Délibération écrite dans ${outDir} (deliberation.docx, deliberation.pdf).`);
	warnMissingGlyphs(missingGlyphs);
	return 0;
}
