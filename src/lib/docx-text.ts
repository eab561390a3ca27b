/**
 * The text of a file a user gives the citation checker: a Word document (.docx) or plain text.
 * Pure: the same code runs in the browser (the /verifier/ page) and in Node (the `check` command).
 * Never throws: a file it cannot read gives a French message instead.
 */
import { frenchTypography } from './french';
import { decodeText } from './text-decoding';
import { readZipEntry } from './zip-entry';

/** Largest file accepted, in bytes: a deliberation with pictures is a few megabytes at most. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Largest uncompressed `word/document.xml` accepted, in bytes, so a zip bomb cannot fill memory. */
export const MAX_XML_BYTES = 20 * 1024 * 1024;

/** The text of a file, or why it could not be read (in French). */
export type FileTextResult = { ok: true; text: string } | { ok: false; message: string };

const DOCUMENT_PART = 'word/document.xml';

const rawMessages = {
	tooLarge: `Ce fichier est trop volumineux : la limite est de ${MAX_FILE_BYTES / 1024 / 1024}\u00a0Mo.`,
	xmlTooLarge:
		'Ce document Word est trop volumineux une fois décompressé : la limite est de ' +
		`${MAX_XML_BYTES / 1024 / 1024}\u00a0Mo de texte mis en forme.`,
	notZip:
		'Ce fichier n’est pas un document Word (.docx) lisible : ouvrez-le dans votre traitement de ' +
		'texte et enregistrez-le au format .docx, ou copiez-collez son texte.',
	noDocument:
		'Ce fichier compressé ne contient pas de document Word (word/document.xml) : enregistrez le ' +
		'texte au format .docx, ou copiez-collez-le.',
	openDocument:
		'Ce fichier est au format OpenDocument (.odt) : enregistrez-le au format .docx, ou ' +
		'copiez-collez son texte.',
	corrupted:
		'Ce document Word est endommagé ou compressé d’une manière que nous ne savons pas lire : ' +
		'enregistrez-le à nouveau au format .docx, ou copiez-collez son texte.',
	legacyWord:
		'Ce fichier est au format Word 97-2003 (.doc) ou protégé par un mot de passe : enregistrez-le ' +
		'au format .docx sans mot de passe, ou copiez-collez son texte.',
	pdf:
		'Ce fichier est un PDF : nous ne savons pas en lire le texte. Ouvrez-le, sélectionnez tout le ' +
		'texte et collez-le dans le champ.',
	binary:
		'Ce fichier ne contient pas de texte lisible : choisissez un fichier .txt ou .docx, ou ' +
		'copiez-collez le texte.',
};

// Written with plain spaces for legibility; the narrow no-break spaces go in here.
const messages = Object.fromEntries(
	Object.entries(rawMessages).map(([key, text]) => [key, frenchTypography(text)]),
) as Record<keyof typeof rawMessages, string>;

/** The answer for a file over MAX_FILE_BYTES, for callers that refuse it before reading it. */
export const fileTooLarge: FileTextResult = { ok: false, message: messages.tooLarge };

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
	return prefix.every((byte, index) => bytes[index] === byte);
}

// Zip local file header or end of central directory (an empty archive).
function isZip(bytes: Uint8Array): boolean {
	return startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06);
}

// OLE compound file: Word 97-2003, and also any password-protected Office file.
function isCompoundFile(bytes: Uint8Array): boolean {
	return startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
}

function isPdf(bytes: Uint8Array): boolean {
	return startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2d);
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
};

function codePoint(value: number): string {
	// A reference to a surrogate or beyond U+10FFFF is not a character: keep the replacement mark.
	if (!Number.isInteger(value) || value < 0 || value > 0x10ffff) return '\uFFFD';
	if (value >= 0xd800 && value <= 0xdfff) return '\uFFFD';
	return String.fromCodePoint(value);
}

/** Decodes the five XML entities and numeric character references. */
export function decodeXmlEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]{1,8}|#\d{1,8}|[a-z]+);/gi, (match, entity: string) => {
		if (entity[0] === '#') {
			const hex = entity[1] === 'x' || entity[1] === 'X';
			return codePoint(parseInt(entity.slice(hex ? 2 : 1), hex ? 16 : 10));
		}
		return NAMED_ENTITIES[entity] ?? match;
	});
}

// Elements whose content is not document text: paragraph properties hold tab stops (<w:tab>
// there is a position, not a tab), and mc:Fallback repeats the text of a text box for old readers.
const SKIPPED = new Set(['w:pPr', 'w:rPr', 'mc:Fallback']);

const TOKEN = /<(\/)?([A-Za-z_][\w.:-]*)[^>]*?(\/)?>|<[!?][^>]*>/g;

/** The text of a WordprocessingML part: one line per <w:p>, runs joined, tabs and breaks kept. */
export function wordXmlText(xml: string): string {
	const paragraphs: string[] = [];
	let current = '';
	let inText = false;
	let skipped = 0;
	let last = 0;
	for (const match of xml.matchAll(TOKEN)) {
		if (inText && skipped === 0) current += decodeXmlEntities(xml.slice(last, match.index));
		last = match.index + match[0].length;
		const [, closing, name, selfClosing] = match;
		if (name === undefined) continue;
		if (SKIPPED.has(name)) {
			if (selfClosing) continue;
			skipped = Math.max(0, skipped + (closing ? -1 : 1));
			continue;
		}
		if (skipped > 0) continue;
		switch (name) {
			case 'w:t':
				inText = !closing && !selfClosing;
				break;
			case 'w:p':
				// An empty paragraph (<w:p/>) is an empty line too.
				if (closing || selfClosing) {
					paragraphs.push(current);
					current = '';
				}
				break;
			case 'w:tab':
			case 'w:ptab':
				if (!closing) current += '\t';
				break;
			case 'w:br':
			case 'w:cr':
				if (!closing) current += '\n';
				break;
			case 'w:noBreakHyphen':
				// Word's non-breaking hyphen in « L. 114-8 »: keep it a hyphen so the reference reads.
				if (!closing) current += '-';
				break;
		}
	}
	if (current !== '') paragraphs.push(current);
	return paragraphs.join('\n');
}

/** The text of a .docx file: its main document, one line per paragraph. */
export function readDocxText(bytes: Uint8Array): FileTextResult {
	try {
		if (!(bytes instanceof Uint8Array)) return { ok: false, message: messages.notZip };
		if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: messages.tooLarge };
		if (isCompoundFile(bytes)) return { ok: false, message: messages.legacyWord };
		if (!isZip(bytes)) return { ok: false, message: messages.notZip };
		// Sizes are checked before inflating, and inflation stops at the declared size (zip-entry.ts).
		const entry = readZipEntry(bytes, DOCUMENT_PART, MAX_XML_BYTES);
		if (!entry.ok) {
			if (entry.problem === 'too-large') return { ok: false, message: messages.xmlTooLarge };
			if (entry.problem === 'missing')
				return {
					ok: false,
					message: entry.names.includes('content.xml')
						? messages.openDocument
						: messages.noDocument,
				};
			return {
				ok: false,
				message: entry.problem === 'not-zip' ? messages.notZip : messages.corrupted,
			};
		}
		const part = entry.data;
		const xml = new TextDecoder('utf-8').decode(part);
		if (!/<w:body[\s>]/.test(xml)) return { ok: false, message: messages.corrupted };
		return { ok: true, text: wordXmlText(xml) };
	} catch {
		// A malformed archive is a damaged file, not a bug.
		return { ok: false, message: messages.corrupted };
	}
}

/**
 * The text of a plain-text file by the site's decoding rule (`decodeText`: byte order mark, else
 * strict UTF-8), with Windows-1252 as the fallback, the encoding older French Windows editors save in.
 */
export function readPlainText(bytes: Uint8Array): FileTextResult {
	try {
		if (!(bytes instanceof Uint8Array)) return { ok: false, message: messages.binary };
		if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: messages.tooLarge };
		const decoded = decodeText(bytes, { fallback: 'windows-1252' });
		if (!decoded.ok) return { ok: false, message: messages.binary };
		// TextDecoder drops a leading BOM already; a BOM left by concatenated files goes too.
		const text = decoded.text.replace(/^\uFEFF/, '');
		// NUL never occurs in text: this is a binary file (image, archive, executable…).
		if (text.includes('\u0000')) return { ok: false, message: messages.binary };
		return { ok: true, text };
	} catch {
		return { ok: false, message: messages.binary };
	}
}

/**
 * The text of a file by its content, the name breaking ties: a .docx (or any zip) as Word, a .doc
 * or PDF refused with advice, anything else as plain text.
 */
export function readFileText(bytes: Uint8Array, fileName = ''): FileTextResult {
	if (!(bytes instanceof Uint8Array)) return { ok: false, message: messages.binary };
	if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: messages.tooLarge };
	if (/\.docx$/i.test(fileName) || isZip(bytes)) return readDocxText(bytes);
	if (isCompoundFile(bytes)) return { ok: false, message: messages.legacyWord };
	if (isPdf(bytes)) return { ok: false, message: messages.pdf };
	return readPlainText(bytes);
}
