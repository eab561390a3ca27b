// Reading the text of a .docx or .txt file for the citation checker: our own DOCX reads back,
// Word's markup is understood, and no input (random, damaged, huge, a zip bomb) makes it throw.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import { checkCitations } from '../../src/lib/citations';
import { b, doc, h1, i, link, note, p, table, title, ul } from '../../src/lib/document/index.ts';
import {
	MAX_FILE_BYTES,
	MAX_XML_BYTES,
	decodeXmlEntities,
	readDocxText,
	readFileText,
	readPlainText,
	wordXmlText,
	type FileTextResult,
} from '../../src/lib/docx-text';
import { renderDocx } from '../../src/lib/render/docx.ts';

const CHAVILLE = readFileSync('test/fixtures/seeds/000_aac0786d8c4cf6f6.txt', 'utf8');

/** The text of an ok result; fails the test with the message otherwise. */
function textOf(result: FileTextResult): string {
	if (!result.ok) throw new Error(`lecture refusée : ${result.message}`);
	return result.text;
}

/** The message of a refused result; fails the test when the file was read. */
function messageOf(result: FileTextResult): string {
	if (result.ok) throw new Error('le fichier aurait dû être refusé');
	return result.message;
}

/** A minimal package holding `body` as the content of word/document.xml. */
function wordPackage(body: string): Uint8Array {
	const xml =
		'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
		'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
		`<w:body>${body}</w:body></w:document>`;
	return zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(xml) });
}

describe('readDocxText on a DOCX from our renderer', () => {
	let text: string;
	beforeAll(async () => {
		const bytes = await renderDocx(
			doc({
				title: 'Délibération n° 2026-042',
				author: 'CCAS de Chaville',
				subject: 'Délibération du conseil d’administration',
				blocks: [
					title('Centre communal d’action sociale', 'Délibération n° 2026-042'),
					h1('Objet : accès à l’API Particulier'),
					p(
						'Vu l’article ',
						b('L. 114-8'),
						' du code des relations entre le public et l’administration ; ',
						i('« Dites-le-nous une fois »'),
						'.',
					),
					p(
						'Montant : 12\u202f345 € & frais < 5 %, voir ',
						link('le site', 'https://example.org/'),
						'.',
					),
					ul('Aide alimentaire', 'Aide à l’énergie'),
					table({ header: ['Donnée', 'Fondement'], rows: [['Quotient familial', 'L. 114-8']] }),
					note('À noter', 'Aucune donnée n’est conservée.'),
				],
			}),
		);
		text = textOf(readDocxText(bytes));
	});

	it('gives each paragraph its own line, runs joined, typography kept', () => {
		const lines = text.split('\n');
		expect(lines).toContain('Objet : accès à l’API Particulier');
		expect(lines).toContain(
			'Vu l’article L. 114-8 du code des relations entre le public et l’administration ; « Dites-le-nous une fois ».',
		);
		expect(lines).toContain('Aide alimentaire');
		expect(lines).toContain('Aide à l’énergie');
		expect(text).toContain('Délibération n° 2026-042');
	});

	it('decodes entities and keeps U+202F', () => {
		expect(text).toContain('Montant : 12\u202f345 € & frais < 5 %, voir le site.');
	});

	it('reads table cells and notes', () => {
		const lines = text.split('\n');
		for (const cell of [
			'Donnée',
			'Fondement',
			'Quotient familial',
			'Aucune donnée n’est conservée.',
		])
			expect(lines).toContain(cell);
	});

	it('gives the checker the same references as the plain text (Chaville)', async () => {
		const lines = CHAVILLE.split('\n');
		const bytes = await renderDocx(
			doc({
				title: 'Chaville',
				author: 'CCAS',
				subject: 'Délibération',
				blocks: lines.map((line) => p(line)),
			}),
		);
		const read = textOf(readFileText(bytes, 'chaville.docx'));
		const { catalogue } = loadCatalogue('content');
		const summary = (source: string) =>
			checkCitations(source, catalogue).citations.map((c) => [c.article, c.verdict, c.suggestion]);
		expect(summary(read)).toEqual(summary(CHAVILLE));
		expect(summary(read)).toContainEqual(['L11-8', 'mistyped', 'crpa-l114-8']);
	});
});

describe('wordXmlText', () => {
	it('turns tabs and breaks into characters, ignores tab stops and field codes', () => {
		const xml =
			'<w:body><w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>' +
			'<w:r><w:t>Vu</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">l’article </w:t></w:r>' +
			'<w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r>' +
			'<w:r><w:t>L. 114</w:t><w:noBreakHyphen/><w:t>8</w:t><w:br/><w:t>suite</w:t></w:r></w:p>' +
			'<w:p/><w:p><w:r><w:delText>supprimé</w:delText><w:t>fin</w:t></w:r></w:p></w:body>';
		expect(wordXmlText(xml)).toBe('Vu\tl’article L. 114-8\nsuite\n\nfin');
	});

	it('reads a text box once, not its fallback copy', () => {
		const box = '<w:txbxContent><w:p><w:r><w:t>Encadré</w:t></w:r></w:p></w:txbxContent>';
		const xml =
			'<w:p><w:r><mc:AlternateContent><mc:Choice>' +
			box +
			'</mc:Choice><mc:Fallback>' +
			box +
			'</mc:Fallback></mc:AlternateContent></w:r></w:p>';
		expect(
			wordXmlText(xml)
				.split('\n')
				.filter((line) => line === 'Encadré'),
		).toHaveLength(1);
	});

	it('decodes named and numeric entities, and replaces impossible code points', () => {
		expect(
			decodeXmlEntities('&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; &#233;&#x2019;&#x202F;'),
		).toBe('<a> & "b" \'c\' é’\u202f');
		expect(decodeXmlEntities('&#xD800; &#99999999; &unknown;')).toBe('\uFFFD \uFFFD &unknown;');
	});
});

describe('readDocxText refusals', () => {
	it('refuses what is not a zip, with advice in French', () => {
		expect(messageOf(readDocxText(strToU8('Vu l’article L. 114-8')))).toMatch(
			/n’est pas un document Word/,
		);
		expect(messageOf(readDocxText(new Uint8Array(0)))).toMatch(/n’est pas un document Word/);
	});

	it('recognises a Word 97-2003 file, an OpenDocument file and a zip without a document', () => {
		const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
		expect(messageOf(readFileText(ole, 'ancien.doc'))).toMatch(/Word 97-2003/);
		const odt = zipSync({
			mimetype: strToU8('application/vnd.oasis.opendocument.text'),
			'content.xml': strToU8('<x/>'),
		});
		expect(messageOf(readDocxText(odt))).toMatch(/OpenDocument/);
		expect(messageOf(readDocxText(zipSync({ 'a.txt': strToU8('a') })))).toMatch(
			/word\/document\.xml/,
		);
	});

	it('refuses a PDF read as a file', () => {
		expect(messageOf(readFileText(strToU8('%PDF-1.7\n...'), 'deliberation.pdf'))).toMatch(/PDF/);
	});

	it('refuses a file over the size limit without reading it', () => {
		expect(messageOf(readFileText(new Uint8Array(MAX_FILE_BYTES + 1), 'gros.docx'))).toMatch(
			/trop volumineux/,
		);
	});

	it('refuses a zip bomb by its declared size, before inflating it', () => {
		const bomb = zipSync({ 'word/document.xml': new Uint8Array(MAX_XML_BYTES + 1) }, { level: 9 });
		expect(bomb.length).toBeLessThan(100_000);
		expect(messageOf(readDocxText(bomb))).toMatch(/trop volumineux une fois décompressé/);
	});

	it('never inflates more than a lying header declares', () => {
		const body = `<w:p><w:r><w:t>${'a'.repeat(100_000)}</w:t></w:r></w:p>`;
		const bytes = wordPackage(body);
		// Patch the central directory's uncompressed size of word/document.xml to 200 bytes.
		const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
		for (let offset = 0; offset + 46 < bytes.length; offset++) {
			if (view.getUint32(offset, true) !== 0x02014b50) continue;
			const nameLength = view.getUint16(offset + 28, true);
			const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
			if (name === 'word/document.xml') view.setUint32(offset + 24, 200, true);
		}
		const result = readDocxText(bytes);
		if (result.ok) expect(result.text.length).toBeLessThanOrEqual(200);
		else expect(result.message.length).toBeGreaterThan(0);
	});

	it('never throws on random bytes, and refuses them', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => {
				const result = readDocxText(bytes);
				expect(result.ok).toBe(false);
				expect(messageOf(result)).toMatch(/\S/);
			}),
			{ numRuns: 300 },
		);
	});

	it('never throws on a damaged DOCX (bytes flipped or cut)', async () => {
		const good = await renderDocx(
			doc({ title: 't', author: 'a', subject: 's', blocks: [p('Vu l’article L. 114-8.')] }),
		);
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
					maxLength: 8,
				}),
				fc.nat(good.length),
				(flips, cut) => {
					const damaged = good.slice(0, Math.max(cut, 30));
					for (const [at, value] of flips) if (at < damaged.length) damaged[at] = value;
					const result = readFileText(damaged, 'abime.docx');
					if (result.ok) expect(typeof result.text).toBe('string');
					else expect(result.message).toMatch(/\S/);
				},
			),
			{ numRuns: 200 },
		);
	});
});

describe('readPlainText and readFileText', () => {
	it('reads UTF-8 and drops the byte order mark', () => {
		const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8('Vu l’article L. 114-8')]);
		expect(textOf(readPlainText(bytes))).toBe('Vu l’article L. 114-8');
	});

	it('reads Windows-1252 and UTF-16 text', () => {
		expect(
			textOf(readPlainText(new Uint8Array([0x44, 0xe9, 0x6c, 0x69, 0x62, 0xe9, 0x72, 0xe9]))),
		).toBe('Délibéré');
		const utf16 = new Uint8Array([0xff, 0xfe, 0x4c, 0x00, 0x31, 0x00, 0x31, 0x00]);
		expect(textOf(readPlainText(utf16))).toBe('L11');
	});

	it('refuses binary content', () => {
		expect(messageOf(readPlainText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])))).toMatch(
			/texte lisible/,
		);
	});

	it('reads a zip as Word whatever its name, and other files as text', () => {
		expect(
			textOf(
				readFileText(wordPackage('<w:p><w:r><w:t>L. 114-8</w:t></w:r></w:p>'), 'sans-extension'),
			),
		).toBe('L. 114-8');
		expect(textOf(readFileText(strToU8('Vu l’article L. 114-8'), 'notes.md'))).toBe(
			'Vu l’article L. 114-8',
		);
	});

	it('never throws on random bytes', () => {
		fc.assert(
			fc.property(
				fc.uint8Array({ maxLength: 4096 }),
				fc.constantFrom('a.txt', 'a.docx', 'a'),
				(bytes, name) => {
					const result = readFileText(bytes, name);
					expect(result.ok ? typeof result.text : result.message).toMatch(/\S/);
				},
			),
			{ numRuns: 300 },
		);
	});
});
