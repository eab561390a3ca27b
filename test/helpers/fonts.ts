/** Node loading of the PDF fonts, from the copies served in public/fonts. */

import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadPdfFonts, type PdfFonts } from '../../src/lib/render/fonts.ts';

const FONT_DIR = fileURLToPath(new URL('../../public/fonts/', import.meta.url));

/** The DejaVu Sans faces as the browser would fetch them. */
export function nodePdfFonts(): Promise<PdfFonts> {
	return loadPdfFonts(async (file) => new Uint8Array(await readFile(FONT_DIR + file)));
}
