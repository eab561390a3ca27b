/** XMP metadata of a PDF: the title, language and dates that the Info dictionary also carries. */

import { PDFName, type PDFDocument } from 'pdf-lib';

/** What the XMP packet states. */
export interface XmpFields {
	title: string;
	author: string;
	subject: string;
	keywords: string[];
	language: string;
	creator: string;
	producer: string;
	date: Date;
}

/** `text` safe inside XML element content. */
function xml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Writes an uncompressed XMP metadata stream into the catalog (PDF/UA and RGAA tools read the title
 * from it).
 */
export function writeXmpMetadata(pdf: PDFDocument, fields: XmpFields): void {
	const date = fields.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
	const packet = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(fields.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${xml(fields.author)}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(fields.subject)}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>${xml(fields.language)}</rdf:li></rdf:Bag></dc:language>
<xmp:CreatorTool>${xml(fields.creator)}</xmp:CreatorTool>
<xmp:CreateDate>${date}</xmp:CreateDate>
<xmp:ModifyDate>${date}</xmp:ModifyDate>
<pdf:Producer>${xml(fields.producer)}</pdf:Producer>
<pdf:Keywords>${xml(fields.keywords.join(' '))}</pdf:Keywords>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
	const stream = pdf.context.stream(new TextEncoder().encode(packet), {
		Type: 'Metadata',
		Subtype: 'XML',
	});
	pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}
