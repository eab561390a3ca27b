import { beforeAll, describe, expect, it } from 'vitest';
import { doc, h1, ol, p } from '../../src/lib/document/index.ts';
import { renderDocx, xmlSafeText } from '../../src/lib/render/docx.ts';
import { docxParts, paragraphTexts, paragraphXml } from '../helpers/docx-read.ts';
import { hasCommand, libreOfficeToPdf, normalise, pdfInfo, pdfText } from '../helpers/poppler.ts';
import { HARD_NAMES, SAMPLE_AMOUNT, SAMPLE_HEADINGS, sampleDoc } from '../helpers/sample-doc.ts';

const hasLibreOffice = hasCommand('soffice');
const hasPoppler = hasCommand('pdftotext');

describe('renderDocx', () => {
	let bytes: Uint8Array;
	let parts: Map<string, string>;
	let documentXml: string;

	beforeAll(async () => {
		bytes = await renderDocx(sampleDoc());
		parts = docxParts(bytes);
		documentXml = parts.get('word/document.xml') ?? '';
	});

	it('writes every name, heading and the U+202F amount', () => {
		const text = paragraphTexts(documentXml).join('\n');
		for (const name of HARD_NAMES) expect(text).toContain(name);
		for (const heading of SAMPLE_HEADINGS) expect(text).toContain(heading);
		expect(SAMPLE_AMOUNT).toContain('\u202F');
		expect(text).toContain(SAMPLE_AMOUNT);
	});

	it('gives headings the Heading 1–3 styles, with outline levels', () => {
		const styleOf = (heading: string) =>
			/<w:pStyle w:val="([^"]+)"/.exec(paragraphXml(documentXml, heading) ?? '')?.[1];
		expect(styleOf(SAMPLE_HEADINGS[0])).toBe('Heading1');
		expect(styleOf(SAMPLE_HEADINGS[1])).toBe('Heading2');
		expect(styleOf(SAMPLE_HEADINGS[4])).toBe('Heading3');
		const styles = parts.get('word/styles.xml') ?? '';
		for (const level of [1, 2, 3]) {
			const style = new RegExp(
				`<w:style [^>]*w:styleId="Heading${level}"[\\s\\S]*?</w:style>`,
			).exec(styles)?.[0];
			expect(style).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
			expect(style).toContain('<w:lang w:val="fr-FR"/>');
		}
	});

	it('declares French in the default style', () => {
		const styles = parts.get('word/styles.xml') ?? '';
		const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0];
		expect(defaults).toContain('<w:lang w:val="fr-FR"/>');
	});

	it('numbers pages in the footer with PAGE and NUMPAGES fields', () => {
		const footers = [...parts].filter(([path]) => /^word\/footer\d*\.xml$/.test(path));
		expect(footers).toHaveLength(1);
		const footer = footers[0]?.[1] ?? '';
		expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
		expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
		expect(paragraphTexts(footer).join('')).toContain('Page ');
		expect(paragraphTexts(footer).join('')).toContain(' sur ');
		const header = parts.get('word/header1.xml') ?? '';
		expect(paragraphTexts(header).join('')).toBe(
			'CCAS de Villeneuve-sur-Lot — Délibération n° 2026-042',
		);
	});

	it('lays out A4 with 2 cm margins', () => {
		expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
		expect(documentXml).toMatch(
			/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/,
		);
	});

	it('repeats the table header row and draws borders', () => {
		expect(documentXml).toContain('<w:tblHeader/>');
		expect(documentXml).toMatch(/<w:tblBorders>[\s\S]*?w:val="single"/);
	});

	it('makes real lists: bullets and numbering restarting for each numbered list', async () => {
		const numbering = parts.get('word/numbering.xml') ?? '';
		expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
		expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
		const twoLists = docxParts(
			await renderDocx(
				doc({ title: 'T', author: 'A', subject: 'S', blocks: [ol('a', 'b'), p('x'), ol('c')] }),
			),
		).get('word/document.xml');
		const numIds = [...(twoLists ?? '').matchAll(/<w:numId w:val="(\d+)"\/>/g)].map(
			(match) => match[1],
		);
		expect(numIds).toHaveLength(3);
		expect(numIds[0]).toBe(numIds[1]);
		expect(numIds[2]).not.toBe(numIds[0]);
	});

	it('lays out the signatures as a borderless table, side by side', () => {
		const signatures = [...documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
			.map(([xml]) => xml)
			.find((xml) => paragraphTexts(xml).includes('Le président'));
		expect(signatures).toBeDefined();
		const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(signatures ?? '')?.[1] ?? '';
		expect([...borders.matchAll(/w:val="(\w+)"/g)].map((match) => match[1])).toEqual(
			Array.from({ length: 6 }, () => 'none'),
		);
		expect(paragraphTexts(signatures ?? '')).toEqual(
			expect.arrayContaining(['La secrétaire de séance', HARD_NAMES[0], HARD_NAMES[2]]),
		);
	});

	it('writes the document properties', () => {
		const core = parts.get('docProps/core.xml') ?? '';
		expect(core).toContain(
			'<dc:title>Délibération n° 2026-042 — accès à l’API Particulier</dc:title>',
		);
		expect(core).toContain('<dc:creator>CCAS de Villeneuve-sur-Lot</dc:creator>');
		expect(core).toContain(
			'<dc:description>Délibération du conseil d’administration</dc:description>',
		);
	});

	it('never writes characters XML forbids', async () => {
		expect(xmlSafeText('a\u0000b\u0007c\uD800d\uFFFEe\tf\r\ng')).toBe(
			'ab' + 'c\uFFFDd\uFFFDe f\ng',
		);
		const hostile = await renderDocx(
			doc({ title: 'T\u0001', author: 'A', subject: 'S', blocks: [h1('x\uDC00'), p('a\u000Bb')] }),
		);
		for (const [, xml] of docxParts(hostile)) {
			expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
		}
	});

	it.skipIf(!hasLibreOffice || !hasPoppler)(
		'opens in LibreOffice, which converts it to a PDF with every name and the page count',
		() => {
			const result = libreOfficeToPdf(bytes);
			expect(result.status, result.output).toBe(0);
			expect(result.pdf, result.output).toBeDefined();
			const pdf = result.pdf ?? new Uint8Array();
			const text = normalise(pdfText(pdf));
			for (const name of HARD_NAMES) expect(text).toContain(name);
			for (const heading of SAMPLE_HEADINGS) expect(text).toContain(normalise(heading));
			const pages = Number(pdfInfo(pdf)['Pages']);
			expect(pages).toBeGreaterThanOrEqual(3);
			expect(text).toContain(`Page 1 sur ${pages}`);
			expect(text).toContain(`Page ${pages} sur ${pages}`);
		},
	);

	it.runIf(!hasLibreOffice || !hasPoppler)(
		'LibreOffice check skipped: soffice or pdftotext not installed',
		() => {
			console.warn(
				'soffice (libreoffice-writer-nogui) or pdftotext (poppler-utils) is missing: ' +
					'the DOCX was not opened in LibreOffice.',
			);
		},
	);
});
