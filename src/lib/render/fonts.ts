/** The fonts the PDF renderer embeds, and a loader that works with any way of reading bytes. */

/** Font bytes (TrueType): DejaVu Sans, because it covers Latin Extended, Vietnamese and U+202F. */
export type FontBytes = Uint8Array | ArrayBuffer;

/** The faces `renderPdf` embeds; bold italic falls back to bold when absent. */
export interface PdfFonts {
	regular: FontBytes;
	bold: FontBytes;
	italic: FontBytes;
	boldItalic?: FontBytes;
}

/**
 * File names of the faces, served from `public/fonts/` (so `/fonts/DejaVuSans.ttf` under the site's
 * base) and shipped in `node_modules/dejavu-fonts-ttf/ttf/` for Node.
 */
export const PDF_FONT_FILES = {
	regular: 'DejaVuSans.ttf',
	bold: 'DejaVuSans-Bold.ttf',
	italic: 'DejaVuSans-Oblique.ttf',
} as const;

/**
 * Loads the three faces with `read(fileName)`. In the browser, with the site's base URL:
 *   loadPdfFonts(async (file) => (await fetch(`${base}fonts/${file}`)).arrayBuffer())
 * in Node: `loadPdfFonts((file) => readFile(join(fontDir, file)))`.
 */
export async function loadPdfFonts(
	read: (fileName: string) => Promise<FontBytes>,
): Promise<PdfFonts> {
	const [regular, bold, italic] = await Promise.all([
		read(PDF_FONT_FILES.regular),
		read(PDF_FONT_FILES.bold),
		read(PDF_FONT_FILES.italic),
	]);
	return { regular, bold, italic };
}
