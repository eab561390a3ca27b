/** File names of the pack: French, numbered in reading order, no spaces. */
import { slugify } from '../slug';
import type { Dossier } from '../schema/dossier';

/** Every file the pack can hold, by role. */
export const packFileNames = {
	sheetPdf: '01-fiche-datapass.pdf',
	sheetDocx: '01-fiche-datapass.docx',
	deliberationDocx: '02-deliberation.docx',
	deliberationPdf: '02-deliberation.pdf',
	matrixPdf: '03-matrice-minimisation.pdf',
	matrixCsv: '03-matrice-minimisation.csv',
	posterPdf: '04-affiche-information-usagers.pdf',
	registerDocx: '05-registre-des-traitements.docx',
	registerCsv: '05-registre-des-traitements.csv',
	aipdDocx: '05-aipd-preanalyse.docx',
	fallbackDocx: '06-procedure-de-repli.docx',
	taxDocx: '07-demande-api-impot-particulier.docx',
	actesDocx: '08-actes-et-donnees-ouvertes.docx',
	scdlCsv: '08-deliberation-scdl.csv',
	dossierJson: 'dossier.json',
	readme: 'LISEZ-MOI.txt',
} as const;

/** Name of the ZIP: `dossier-habilitation-<slug of the CCAS>.zip`. */
export function packZipName(dossier: Pick<Dossier, 'ccas'>): string {
	const slug = slugify(dossier.ccas?.name ?? '', 60);
	return `dossier-habilitation-${slug === '' ? 'ccas' : slug}.zip`;
}
