// The projet and the act of a fresh dossier (youth aid 18–25 with « ou », legal aid, an aid without
// C2S, a school-meal scale, a delegation to the president, a second convocation), written as DOCX
// (converted by LibreOffice) and PDF (read by poppler): each says what the law requires, no more.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { buildDeliberation, buildDocumentContext } from '../../src/lib/documents';
import { parseDossierJson } from '../../src/lib/dossier/parse';
import { renderDocx } from '../../src/lib/render/docx';
import { renderPdf } from '../../src/lib/render/pdf';
import { realCatalogue } from '../helpers/catalogue';
import { nodePdfFonts } from '../helpers/fonts';
import { hasCommand, libreOfficeToPdf, normalise, pdfText } from '../helpers/poppler';

const catalogue = realCatalogue();
const templates = readPackTemplates();
const parsed = parseDossierJson(
	readFileSync('test/fixtures/dossiers/loi-3ds-complet.json', 'utf8'),
);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const dossier = parsed.dossier;
const flat = (text: string) => normalise(text).replace(/[\u00a0\u202f]/g, ' ');

/** What both texts contain: the law's wording for this dossier. */
const BOTH = [
	'DÉLÈGUE au président du conseil d’administration',
	'transmission du dossier au président du conseil départemental, qui décide',
	'au moins l’une des conditions suivantes : demandeur d’emploi inscrit à France Travail ou bénéficiaire du RSA',
	'ne pas être bénéficiaire de la complémentaire santé solidaire',
	'de 18 à 25 ans',
	'tranche 1 (1 € le repas) : jusqu’à 400 €',
	'tranche 3 (4 € le repas) : plus de 800 €',
];

async function files(projet: boolean) {
	const result = buildDeliberation(buildDocumentContext(dossier, catalogue, templates), { projet });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	const pdf = flat(pdfText(await renderPdf(result.doc, await nodePdfFonts())));
	const converted = libreOfficeToPdf(await renderDocx(result.doc));
	if (!converted.pdf) throw new Error(converted.output);
	return { pdf, docx: flat(pdfText(converted.pdf)) };
}

describe.runIf(hasCommand('soffice') && hasCommand('pdftotext'))('projet and act as files', () => {
	it('the act: delegation article, transmission, « ou », « ne pas », range, tranches, second convocation, formal mentions, no L. 312-1', async () => {
		const { pdf, docx } = await files(false);
		for (const text of [pdf, docx]) {
			for (const expected of BOTH) expect(text).toContain(expected);
			expect(text).toContain(
				'Le quorum n’ayant pas été atteint lors de la séance du 16 novembre 2026',
			);
			expect(text).toContain('Fait et délibéré les jour, mois et an susdits');
			expect(text).toContain('Pour extrait conforme');
			expect(text).not.toContain('L. 312-1');
			expect(text).not.toMatch(/aide sociale légale\)[^.]*Décision/);
		}
	});

	it('the projet: the same decisions, with blanks and no vote', async () => {
		const { pdf, docx } = await files(true);
		for (const text of [pdf, docx]) {
			for (const expected of BOTH) expect(text).toContain(expected);
			expect(text).toContain('Projet de délibération');
			expect(text).toContain('par ………… voix pour');
			expect(text).not.toMatch(/unanimité|Fait et délibéré|Résultat du vote/);
			expect(text).not.toContain('L. 312-1');
		}
	});
});
