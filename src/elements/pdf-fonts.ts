/**
 * The PDF fonts in the browser, fetched from /fonts/ once per page and parsed once (a failed fetch
 * is tried again next time). Imported only when a PDF is asked for.
 */
import { loadPdfFonts, type PdfFonts } from '../lib/render/fonts';

let fonts: Promise<PdfFonts> | undefined;

/** The embedded fonts of every PDF the page renders. */
export function pdfFonts(): Promise<PdfFonts> {
	fonts ??= loadPdfFonts(async (file) => {
		const response = await fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}fonts/${file}`);
		if (!response.ok) throw new Error(`police ${file} : HTTP ${response.status}`);
		return response.arrayBuffer();
	});
	fonts.catch(() => {
		fonts = undefined;
	});
	return fonts;
}
