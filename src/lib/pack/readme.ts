/** LISEZ-MOI.txt: the files of the pack and the next steps, as plain text with CRLF line ends. */
import type { Block } from '../document/model';
import type { PackContext } from './context';
import type { FormChoice } from './editor';
import { packFileNames } from './names';
import { templateSource } from './registry';
import { blocksText, recordingCite, renderFrench } from './text';

/** One file of the pack as the LISEZ-MOI lists it. */
export interface ReadmeEntry {
	path: string;
	title: string;
}

/** The LISEZ-MOI text (CRLF line ends, so Notepad on an old Windows shows the lines). */
export function buildReadme(
	ctx: PackContext,
	choice: FormChoice,
	entries: readonly ReadmeEntry[],
): string {
	const fichiers: Block[] = [
		{
			kind: 'list',
			ordered: false,
			items: entries.map((entry) => [{ text: `${entry.path} : ${entry.title}` }]),
		},
	];
	const names = packFileNames;
	const blocks = renderFrench(templateSource(ctx.templates, 'lisez-moi.md'), {
		values: {
			...ctx.base.values,
			formulaire_nom: choice.form.name,
			formulaire_lien: choice.form.url,
			fichier_fiche: names.sheetPdf,
			fichier_delib_docx: names.deliberationDocx,
			fichier_matrice: names.matrixPdf,
			fichier_matrice_csv: names.matrixCsv,
			fichier_affiche: names.posterPdf,
			fichier_registre: names.registerDocx,
			fichier_registre_csv: names.registerCsv,
			fichier_aipd: names.aipdDocx,
			fichier_repli: names.fallbackDocx,
			fichier_impot: names.taxDocx,
			fichier_actes: names.actesDocx,
			fichier_scdl: names.scdlCsv,
			fichier_dossier: names.dossierJson,
		},
		flags: ctx.base.flags,
		blocks: { fichiers },
		cite: recordingCite(ctx.catalogue.legal).cite,
	});
	return `${blocksText(blocks, { underline: true })}\n`.replace(/\r?\n/g, '\r\n');
}
