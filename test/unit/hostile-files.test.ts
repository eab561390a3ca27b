// Hostile files and queries, bounded: ZIP entries that lie about their size, bytes that are not
// UTF-8, search queries of thousands of characters, a PDF asked to draw what its fonts lack, every
// CSV of a hostile dossier. Each row asserts the message or the bound (timings live in bench/).
import { deflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { parseCsv } from '../../src/lib/csv';
import { doc, p } from '../../src/lib/document/index.ts';
import { readDocxText } from '../../src/lib/docx-text';
import {
	MAX_DOSSIER_BYTES,
	parseDossierBytes,
	parseDossierValue,
} from '../../src/lib/dossier/parse';
import { buildPack } from '../../src/lib/pack';
import { renderDocx } from '../../src/lib/render/docx';
import { renderPdf, renderPdfReport } from '../../src/lib/render/pdf';
import {
	MAX_QUERY_CHARS,
	MAX_QUERY_TOKENS,
	MAX_TOKEN_CHARS,
	normalizeQuery,
} from '../../src/lib/search/normalize';
import { decodeText, NOT_UTF8 } from '../../src/lib/text-decoding';
import { readZipEntry } from '../../src/lib/zip-entry';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';
import { nodePdfFonts } from '../helpers/fonts';
import { pdfText, normalise } from '../helpers/poppler';

const BODY =
	'<w:document><w:body><w:p><w:r><w:t>Vu l’article L. 114-8</w:t></w:r></w:p></w:body></w:document>';

/** A one-entry-per-name ZIP whose `word/document.xml` declares `declared` bytes (patched in both headers). */
function lyingDocx(xml: string, declared: number): Uint8Array {
	const zip = zipSync({
		'[Content_Types].xml': strToU8('<Types/>'),
		'word/document.xml': strToU8(xml),
	});
	const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
	for (let at = 0; at + 4 <= zip.length; at++) {
		const signature = view.getUint32(at, true);
		const name = (offset: number, length: number) =>
			strFromU8(zip.subarray(offset, offset + length));
		if (
			signature === 0x04034b50 &&
			name(at + 30, view.getUint16(at + 26, true)) === 'word/document.xml'
		)
			view.setUint32(at + 22, declared, true);
		if (
			signature === 0x02014b50 &&
			name(at + 46, view.getUint16(at + 28, true)) === 'word/document.xml'
		)
			view.setUint32(at + 24, declared, true);
	}
	return zip;
}

const filler = (bytes: number) =>
	`<w:document><w:body><w:p><w:r><w:t>${'a'.repeat(bytes)}</w:t></w:r></w:p></w:body></w:document>`;

describe('ZIP entries that lie about their size', () => {
	it('reads an honest entry', () => {
		const result = readDocxText(lyingDocx(BODY, strToU8(BODY).length));
		expect(result).toEqual({ ok: true, text: 'Vu l’article L. 114-8' });
	});

	it.each([
		// Compressed far beyond what 4 kB can take: refused before inflating (the 1 MB case of the run).
		['a large stream declaring 4 kB', filler(20_000_000), 4096],
		// Small enough to look plausible, but it inflates past its declared size: stopped there.
		['a plausible stream inflating past its size', filler(3_000_000), 4096],
		// Declares more than its compressed bytes can ever produce (DEFLATE's ratio is 1 032:1).
		['an impossible ratio', BODY, 19_000_000],
	])('refuses %s as damaged', (_what, xml, declared) => {
		const result = readDocxText(lyingDocx(xml, declared));
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.message).toMatch(/endommagé/);
	});

	it('stops inflating at the declared size (the entry reader on its own)', () => {
		const data = strToU8('x'.repeat(1_000_000));
		const compressed = deflateSync(data);
		expect(compressed.length).toBeLessThan(4096);
		const zip = lyingDocx(filler(1_000_000), 4096);
		expect(readZipEntry(zip, 'word/document.xml', 20_000_000)).toMatchObject({
			ok: false,
			problem: 'corrupted',
		});
		expect(readZipEntry(zip, 'absent.xml', 10)).toMatchObject({ ok: false, problem: 'missing' });
		expect(readZipEntry(strToU8('pas une archive'), 'a', 10)).toMatchObject({
			ok: false,
			problem: 'not-zip',
		});
	});

	it('reads our own DOCX with the bounded reader, as unzip does', async () => {
		const bytes = await renderDocx(
			doc({ title: 'T', author: 'A', subject: 'S', blocks: [p('Bonjour')] }),
		);
		const entry = readZipEntry(bytes, 'word/document.xml', 20_000_000);
		expect(entry.ok && strFromU8(entry.data)).toBe(
			strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array()),
		);
	});
});

describe('one decoding rule', () => {
	const json = '{"nom":"Amélie"}';
	const utf16 = (littleEndian: boolean) => {
		const bytes = new Uint8Array(2 + json.length * 2);
		const view = new DataView(bytes.buffer);
		view.setUint16(0, 0xfeff, littleEndian);
		for (let i = 0; i < json.length; i++)
			view.setUint16(2 + i * 2, json.charCodeAt(i), littleEndian);
		return bytes;
	};

	it.each([
		['UTF-8', strToU8(json)],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(json)])],
		['UTF-16 LE with BOM', utf16(true)],
		['UTF-16 BE with BOM', utf16(false)],
	])('decodes %s', (_what, bytes) => {
		expect(decodeText(bytes)).toEqual({ ok: true, text: json });
	});

	it('refuses invalid UTF-8 rather than writing « Am�lie »', () => {
		const latin1 = new Uint8Array([...strToU8('{"nom":"Am'), 0xe9, ...strToU8('lie"}')]);
		expect(decodeText(latin1)).toEqual({ ok: false, message: NOT_UTF8 });
		expect(NOT_UTF8).toMatch(/n’est pas enregistré en UTF-8/);
	});

	it('imports the example saved with a BOM, and refuses it in Latin-1', () => {
		const text = JSON.stringify(exampleDossier());
		expect(parseDossierBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(text)])).ok).toBe(true);
		const latin1 = Uint8Array.from(text, (char) => Math.min(char.charCodeAt(0), 0xff));
		expect(parseDossierBytes(latin1)).toEqual({
			ok: false,
			problems: [{ path: '', message: NOT_UTF8 }],
		});
	});
});

describe('dossier size budget', () => {
	it('refuses a file above the budget before reading it, in French', () => {
		const result = parseDossierBytes(new Uint8Array(MAX_DOSSIER_BYTES + 1).fill(0x20));
		expect(result.ok ? '' : result.problems[0]?.message).toMatch(
			/trop volumineux \(200 ko au plus\)/,
		);
	});

	it('refuses a value above the budget from any way in (a draft, the CLI)', () => {
		const huge = { ...exampleDossier(), padding: 'x'.repeat(MAX_DOSSIER_BYTES) };
		expect(parseDossierValue(huge).ok).toBe(false);
	});
});

describe('search query bound', () => {
	it.each([
		['10 000 letters in one word', 'a'.repeat(10_000)],
		['10 000 characters of words', 'quotient familial '.repeat(600)],
		['hundreds of short words', Array.from({ length: 3000 }, (_, i) => `m${i}`).join(' ')],
	])('cuts %s to a sane query', (_what, query) => {
		const normalized = normalizeQuery(query);
		const tokens = normalized.split(' ');
		expect(normalized.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
		expect(tokens.length).toBeLessThanOrEqual(MAX_QUERY_TOKENS);
		expect(Math.max(...tokens.map((token) => token.length))).toBeLessThanOrEqual(MAX_TOKEN_CHARS);
	});

	it('leaves a question as it is', () => {
		expect(normalizeQuery('Délibération quotient familial')).toBe('deliberation quotient familial');
	});
});

describe('PDF glyph report', () => {
	it('reports each code point it could not draw, and none for Latin text', async () => {
		const fonts = await nodePdfFonts();
		const make = (text: string) =>
			doc({ title: 'T', author: 'A', subject: 'S', blocks: [p(text)] });
		const lost = await renderPdfReport(make('Membre : 王小明 🎉'), fonts);
		expect(lost.missingGlyphs).toEqual([0x5c0f, 0x660e, 0x738b, 0x1f389]);
		expect(normalise(pdfText(lost.bytes))).toContain('\uFFFD');
		const kept = await renderPdfReport(make('Łucja Wałęsa, Nguyễn Thị, Ğülşen'), fonts);
		expect(kept.missingGlyphs).toEqual([]);
		const set = new Set<number>();
		await renderPdf(make('ok 王'), fonts, { missingGlyphs: set });
		expect([...set]).toEqual([0x738b]);
	});
});

describe('every CSV of a hostile dossier', () => {
	it('neutralises cells starting like a formula and parses back', async () => {
		const hostile = exampleDossier();
		// What the boundary still accepts: a leading « - » (neutralised when written) and signs inside.
		if (hostile.ccas) hostile.ccas.name = '-1+2 CCAS =HYPERLINK("http://exemple.test")';
		const aid = hostile.aids?.[0];
		if (aid) aid.label = '-SOMME(A1:A9) @aide';
		expect(parseDossierValue(hostile).ok).toBe(true);
		const pack = await buildPack({
			dossier: hostile,
			catalogue: realCatalogue(),
			templates: readPackTemplates(),
			fonts: await nodePdfFonts(),
			renderPdf,
			renderDocx,
			date: new Date('2026-11-23T10:00:00Z'),
		});
		expect(pack.ok).toBe(true);
		if (!pack.ok) return;
		const csvs = pack.files.filter((file) => file.path.endsWith('.csv'));
		expect(csvs.length).toBeGreaterThanOrEqual(2);
		for (const file of csvs) {
			const text = strFromU8(file.bytes);
			const rows = parseCsv(text, file.path.includes('scdl') ? ',' : ';');
			for (const cell of rows.flat())
				expect(cell, `${file.path} : ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
		}
	});
});
