/**
 * Stands in for `@pdf-lib/standard-fonts` in the browser build (astro.config.mjs): pdf-lib imports
 * the metrics of the 14 standard PDF fonts (≈ 109 kB) that the site never uses, since every PDF
 * embeds DejaVu Sans (a standard font encodes WinAnsi only and would throw on « Ł » or U+202F).
 * Only the names stay; loading a standard font's metrics fails with a clear message.
 */

/** The names of the 14 standard fonts, as pdf-lib lists them (`StandardFonts`). */
export enum FontNames {
	Courier = 'Courier',
	CourierBold = 'Courier-Bold',
	CourierOblique = 'Courier-Oblique',
	CourierBoldOblique = 'Courier-BoldOblique',
	Helvetica = 'Helvetica',
	HelveticaBold = 'Helvetica-Bold',
	HelveticaOblique = 'Helvetica-Oblique',
	HelveticaBoldOblique = 'Helvetica-BoldOblique',
	TimesRoman = 'Times-Roman',
	TimesRomanBold = 'Times-Bold',
	TimesRomanItalic = 'Times-Italic',
	TimesRomanBoldItalic = 'Times-BoldItalic',
	Symbol = 'Symbol',
	ZapfDingbats = 'ZapfDingbats',
}

/** A standard font's metrics: never available in the browser build. */
export const Font = {
	load(fontName: string): never {
		throw new Error(
			`Police standard ${fontName} absente du site : les PDF intègrent DejaVu Sans (renderPdf).`,
		);
	},
};

/** The standard fonts' encodings: read by pdf-lib only after `Font.load`, so never reached. */
export const Encodings = {};
