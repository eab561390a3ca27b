// The deliberation as a CCAS director receives it: DOCX and PDF read back, every visa, names, date in words.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeliberation, buildDocumentContext } from '../../src/lib/documents';
import { readPackTemplates } from '../../src/cli/templates';
import { plainText, type Doc } from '../../src/lib/document';
import { renderDocx } from '../../src/lib/render/docx';
import { renderPdf } from '../../src/lib/render/pdf';
import { renderHtml } from '../../src/lib/render/html';
import type { Dossier } from '../../src/lib/schema/dossier';
import { docxParts, paragraphTexts } from '../helpers/docx-read';
import {
	darkPixels,
	libreOfficeToPdf,
	normalise,
	pdfFonts,
	pdfInfo,
	pdfText,
	renderPages,
} from '../helpers/poppler';
import { nodePdfFonts } from '../helpers/fonts';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();
const templates = readPackTemplates();
const NAMES = [
	'Hélène Łukasiewicz',
	'Nguyễn Thị Minh Khai',
	'Ğokhan Yılmaz',
	'Gülşen Öztürk-Lefèvre',
	'Łukasz Wiśniewski',
];
const VISAS = [
	'L. 123-5',
	'R. 123-2',
	'R. 123-21',
	'R. 123-22',
	'R. 123-23',
	'L. 114-8',
	'L. 114-9',
	'D. 114-9-1 (anciennement article R. 114-9-3)',
	'R. 114-9-5 à R. 114-9-7',
	'L. 114-10',
	'règlement (UE) 2016/679',
	'loi n° 78-17',
];

function build(dossier: Dossier = exampleDossier()): Doc {
	const result = buildDeliberation(buildDocumentContext(dossier, catalogue, templates));
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return result.doc;
}

/** Text with every kind of space made plain, for comparisons. */
const flat = (text: string) => normalise(text).replace(/[\u00a0\u202f]/g, ' ');

describe('deliberation content', () => {
	const text = flat(plainText(build()));

	it('opens with the date and hour in words and states the counts', () => {
		expect(text).toContain(
			'L’an deux mille vingt-six, le vingt-trois novembre, à dix-huit heures, le conseil d’administration du CCAS de Villebourg-sur-Loir',
		);
		expect(text).toContain('Nombre d’administrateurs en exercice : treize (13).');
		expect(text).toContain('M. Karim Benali a donné procuration à M. Jean-Baptiste Moreau');
		expect(text).toContain('Absents : M. Pierre Lambert, M. Thomas Girard.');
	});

	it('cites every visa of the citation policy, D114-9-1 as formerly R114-9-3, never R114-9-3 alone', () => {
		for (const visa of VISAS) expect(text).toContain(visa);
		expect(text.replace('(anciennement article R. 114-9-3)', '')).not.toMatch(/R\. ?114-9-3/);
	});

	it('states the aids, thresholds, delegation, data, retention and the vote', () => {
		expect(text).toContain('quotient familial inférieur ou égal à 456 €');
		expect(text).toContain(
			'jusqu’à un quotient familial de 456 €, le président du conseil d’administration, par délégation du conseil',
		);
		expect(text).toContain(
			'DÉLÈGUE au président du conseil d’administration l’attribution de l’aide « Aide alimentaire »',
		);
		expect(text).not.toMatch(/travailleur social instructeur décide|décide seul/);
		expect(text).not.toContain('L. 312-1');
		expect(text).toContain('APPROUVE l’utilisation de l’API Particulier');
		expect(text).toContain('vingt-quatre mois');
		expect(text).toContain(
			'au scrutin public et à l’unanimité des membres présents et représentés',
		);
		expect(text).toContain('Télérecours citoyens');
		expect(text).not.toContain('{');
		expect(text).not.toContain('[[');
	});

	it('writes the date in figures when asked', () => {
		const dossier = exampleDossier();
		if (dossier.sitting) dossier.sitting.dateStyle = 'chiffres';
		expect(flat(plainText(build(dossier)))).toContain('Le 23 novembre 2026 à 18 h, le conseil');
	});

	it('cites R123-5 only when a legal aid is instructed, and the DGFiP request only with a tax condition', () => {
		expect(text).not.toContain('R. 123-5 du même code');
		const dossier = exampleDossier();
		dossier.aids?.push({
			id: 'aide-sociale-legale',
			fromCatalogue: true,
			label: 'Instruction des demandes d’aide sociale légale',
			nature: 'légale',
			conditions: [{ criterionId: 'ressources-revenu-fiscal', threshold: 12000 }],
			decidedBy: 'conseil',
		});
		const withLegal = flat(plainText(build(dossier)));
		expect(withLegal).toContain('Vu l’article R. 123-5 du même code');
		expect(withLegal).toContain('API Impôt particulier');
		expect(withLegal).toContain('demandes d’aides légales et facultatives');
	});

	it('refuses an invalid sitting with the CASF message, and a dossier without sitting', () => {
		const dossier = exampleDossier();
		dossier.sitting?.members.forEach((m) => {
			if (m.attendance === 'présent' && m.name !== 'Hélène Łukasiewicz') m.attendance = 'absent';
		});
		const result = buildDeliberation(buildDocumentContext(dossier, catalogue, templates));
		expect(result.ok).toBe(false);
		expect(!result.ok && result.problems.map((p) => p.message).join('\n')).toMatch(
			/Quorum non atteint/,
		);
		const { sitting: _omit, ...noSitting } = exampleDossier();
		const missing = buildDeliberation(buildDocumentContext(noSitting, catalogue, templates));
		expect(!missing.ok && missing.problems).toEqual([
			{ path: 'sitting', message: expect.stringMatching(/Séance du conseil/) },
		]);
	});

	it('previews in HTML what the files contain', () => {
		const html = renderHtml(build());
		expect(html).toContain('Nguyễn Thị Minh Khai');
		expect(html).toContain('<h2');
	});
});

describe('deliberation files', () => {
	let docx: Uint8Array;
	let pdf: Uint8Array;
	beforeAll(async () => {
		const doc = build();
		docx = await renderDocx(doc);
		pdf = await renderPdf(doc, await nodePdfFonts());
	});

	it('DOCX: names, date in words, every visa, French styles, page numbers', () => {
		const parts = docxParts(docx);
		const text = flat(paragraphTexts(parts.get('word/document.xml') ?? '').join('\n'));
		for (const name of NAMES) expect(text).toContain(name);
		expect(text).toContain('L’an deux mille vingt-six, le vingt-trois novembre, à dix-huit heures');
		for (const visa of VISAS) expect(text).toContain(visa);
		expect(parts.get('word/styles.xml')).toContain('fr-FR');
		const footer = [...parts.entries()]
			.filter(([path]) => path.startsWith('word/footer'))
			.map(([, xml]) => xml)
			.join('');
		expect(footer).toMatch(/NUMPAGES/);
	});

	it('DOCX: LibreOffice converts it to PDF and the text survives', () => {
		const converted = libreOfficeToPdf(docx);
		expect(converted.status, converted.output).toBe(0);
		expect(converted.pdf).toBeDefined();
		const text = flat(pdfText(converted.pdf ?? new Uint8Array()));
		expect(text).toContain('Łukasiewicz');
		expect(text).toContain('D. 114-9-1');
	});

	it('PDF: text extracted, metadata, embedded DejaVu, A4', () => {
		const text = flat(pdfText(pdf));
		for (const name of NAMES) expect(text).toContain(name);
		expect(text).toContain('L’an deux mille vingt-six');
		const info = pdfInfo(pdf);
		expect(info['Title']).toBe('Délibération n° 2026-14 – CCAS de Villebourg-sur-Loir');
		expect(info['Page size']).toMatch(/595\.2\d? x 841\.8\d? pts \(A4\)/);
		const fonts = pdfFonts(pdf);
		expect(fonts.length).toBeGreaterThan(0);
		for (const font of fonts) {
			expect(font.name).toMatch(/DejaVu/);
			expect(font.embedded).toBe(true);
		}
	});

	it('PDF: the page with the Polish, Vietnamese and Turkish names renders non-blank glyphs', () => {
		const pages = renderPages(pdf, 60);
		expect(pages.length).toBeGreaterThanOrEqual(2);
		// The list of members present sits in the upper half of page 1.
		const first = pages[0];
		if (!first) throw new Error('no page');
		expect(darkPixels(first, { top: 0.3, bottom: 0.5 })).toBeGreaterThan(2000);
	});
});
