/**
 * The text layer of a PDF, read with pdf.js (`pdfjs-dist`), which the caller loads and passes in:
 * the legacy build in Node (the `check` command), the modern build in the vérificateur's worker.
 * Never throws: a PDF it cannot read, or one without text (a scan), gives a French message.
 */
import { frenchTypography } from './french';
import { MAX_FILE_BYTES, readFileText, type FileTextResult } from './docx-text';

/** Most pages read: a deliberation is a few pages; a thousand-page file is not one. */
export const MAX_PDF_PAGES = 300;

/** Fewer visible characters than this per page and the PDF is taken for a scan. */
const MIN_CHARACTERS_PER_PAGE = 20;

/** Why a PDF gave no text, for callers that tell « no text » (exit code 2) from other failures. */
export type PdfFailure = 'too-large' | 'too-many-pages' | 'no-text' | 'protected' | 'unreadable';

/** The text of a PDF, or why there is none. */
export type PdfTextResult =
	{ ok: true; text: string; pages: number } | { ok: false; reason: PdfFailure; message: string };

const rawMessages: Record<PdfFailure, string> = {
	'too-large': `Ce fichier est trop volumineux : la limite est de ${MAX_FILE_BYTES / 1024 / 1024} Mo.`,
	'too-many-pages': `Ce PDF compte plus de ${MAX_PDF_PAGES} pages : ce n’est pas une délibération. Joignez le PDF de la seule délibération, ou copiez son texte.`,
	'no-text':
		'Ce PDF ne contient pas de texte lisible : c’est sans doute un document numérisé (une image de chaque page) ; copiez le texte ou joignez le DOCX de la délibération.',
	protected:
		'Ce PDF est protégé par un mot de passe : enregistrez-le sans mot de passe, ou copiez son texte.',
	unreadable:
		'Ce PDF est endommagé ou d’un format que nous ne savons pas lire : enregistrez-le à nouveau en PDF, ou copiez son texte.',
};

/** The French message of each failure (typography applied once). */
export const pdfMessages = Object.fromEntries(
	Object.entries(rawMessages).map(([key, text]) => [key, frenchTypography(text)]),
) as Record<PdfFailure, string>;

const fail = (reason: PdfFailure): PdfTextResult => ({
	ok: false,
	reason,
	message: pdfMessages[reason],
});

/** The part of pdf.js this module uses (its `getDocument`), so tests and callers pass the module. */
export interface PdfJs {
	getDocument(source: {
		data: Uint8Array;
		isOffscreenCanvasSupported?: boolean;
		disableFontFace?: boolean;
		useSystemFonts?: boolean;
		stopAtErrors?: boolean;
		verbosity?: number;
	}): {
		promise: Promise<{
			numPages: number;
			getPage(n: number): Promise<{
				getTextContent(): Promise<{ items: readonly unknown[] }>;
				cleanup(): unknown;
			}>;
			destroy(): Promise<void>;
		}>;
		destroy(): Promise<void>;
	};
}

/** True when the bytes start like a PDF (« %PDF- »). */
export function isPdfBytes(bytes: Uint8Array): boolean {
	return [0x25, 0x50, 0x44, 0x46, 0x2d].every((byte, index) => bytes[index] === byte);
}

/** The text of one page's items: pieces joined, a line break where pdf.js saw one. */
function pageText(items: readonly unknown[]): string {
	let text = '';
	for (const item of items) {
		if (typeof item !== 'object' || item === null) continue;
		const { str, hasEOL } = item as { str?: unknown; hasEOL?: unknown };
		if (typeof str === 'string') text += str;
		if (hasEOL === true) text += '\n';
	}
	return text;
}

/** Reads the text layer of a PDF with the given pdf.js module. */
export async function readPdfText(bytes: Uint8Array, pdfjs: PdfJs): Promise<PdfTextResult> {
	if (!(bytes instanceof Uint8Array) || !isPdfBytes(bytes)) return fail('unreadable');
	if (bytes.length > MAX_FILE_BYTES) return fail('too-large');
	let task: ReturnType<PdfJs['getDocument']> | undefined;
	try {
		// pdf.js takes ownership of the buffer it is given, and refuses a Node Buffer: it gets a
		// plain copy, the caller keeps its bytes.
		task = pdfjs.getDocument({
			data: new Uint8Array(bytes),
			isOffscreenCanvasSupported: false,
			disableFontFace: true,
			useSystemFonts: false,
			verbosity: 0,
		});
		const document = await task.promise;
		if (document.numPages > MAX_PDF_PAGES) return fail('too-many-pages');
		const pages: string[] = [];
		for (let n = 1; n <= document.numPages; n++) {
			const page = await document.getPage(n);
			pages.push(pageText((await page.getTextContent()).items));
			page.cleanup();
		}
		const text = pages.join('\n\n').normalize('NFC');
		const visible = text.replace(/\s/g, '').length;
		if (visible < MIN_CHARACTERS_PER_PAGE * Math.max(1, Math.min(document.numPages, 3))) {
			return fail('no-text');
		}
		return { ok: true, text, pages: document.numPages };
	} catch (error) {
		const name = (error as { name?: unknown } | null)?.name;
		return fail(name === 'PasswordException' ? 'protected' : 'unreadable');
	} finally {
		await task?.destroy().catch(() => undefined);
	}
}

/** How a caller loads pdf.js, only when a PDF is actually chosen. */
export type LoadPdfJs = () => Promise<PdfJs>;

/** The text of any file the vérificateur accepts: PDF through pdf.js, else TXT or DOCX. */
export async function readAnyFileText(
	bytes: Uint8Array,
	fileName: string,
	loadPdfJs: LoadPdfJs,
): Promise<FileTextResult & { noText?: boolean }> {
	if (bytes instanceof Uint8Array && isPdfBytes(bytes)) {
		let pdfjs: PdfJs;
		try {
			pdfjs = await loadPdfJs();
		} catch {
			return { ok: false, message: pdfMessages.unreadable };
		}
		const read = await readPdfText(bytes, pdfjs);
		if (read.ok) return { ok: true, text: read.text };
		return { ok: false, message: read.message, noText: read.reason === 'no-text' };
	}
	return readFileText(bytes, fileName);
}
