/** Reads a DOCX back: its parts, and its paragraphs' text with runs joined, entities decoded. */

import { strFromU8, unzipSync } from 'fflate';

/** Decodes the five XML entities and numeric references. */
export function decodeXml(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
		const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
		if (entity.startsWith('#x') || entity.startsWith('#X'))
			return String.fromCodePoint(parseInt(entity.slice(2), 16));
		if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
		return named[entity.toLowerCase()] ?? '';
	});
}

/** Every part of the package, as text, by path. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
	const files = unzipSync(bytes);
	return new Map(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]));
}

/** The text of each `<w:p>` of an XML part, runs joined. */
export function paragraphTexts(xml: string): string[] {
	return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) =>
		[...paragraph.matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)]
			.map((match) => decodeXml(match[1] ?? ''))
			.join(''),
	);
}

/** The paragraph XML whose joined text is exactly `text`. */
export function paragraphXml(xml: string, text: string): string | undefined {
	return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
		.map(([paragraph]) => paragraph)
		.find((paragraph) => paragraphTexts(paragraph)[0] === text);
}
