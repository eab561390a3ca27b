/** LISEZ-MOI.txt: the files of the pack and the next steps, as plain text with CRLF line ends. */
import type { Block } from '../../document/model';
import type { PackContext } from '../context';
import { documentFiles } from '../files';
import { mimeTypes, type FileEntry, type TextSpec } from '../spec';
import { blocksText, renderDocumentTemplate } from '../text';
import { frenchBlocks } from '../typography';

/** The LISEZ-MOI text (CRLF line ends, so Notepad on an old Windows shows the lines). */
export function buildReadme(ctx: PackContext, entries: readonly FileEntry[]): string {
	const { choice } = ctx;
	const fichiers: Block[] = [
		{
			kind: 'list',
			ordered: false,
			items: entries.map((entry) => [{ text: `${entry.path} : ${entry.title}` }]),
		},
	];
	const names = documentFiles;
	const blocks = renderDocumentTemplate(ctx, 'lisez-moi.md', {
		values: {
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
		blocks: { fichiers },
	});
	// Typography on the blocks (not on the text), so each heading's underline keeps its length.
	return `${blocksText(frenchBlocks(blocks), { underline: true })}\n`.replace(/\r?\n/g, '\r\n');
}

/** The LISEZ-MOI in the pack: always last, it lists every file. */
export const readmeSpec: TextSpec = {
	kind: 'text',
	id: 'lisez-moi',
	title: 'Liste des fichiers et prochaines étapes',
	path: documentFiles.readme,
	mime: mimeTypes.txt,
	templates: {
		'lisez-moi.md': {
			values: [
				'formulaire_nom',
				'formulaire_lien',
				'fichier_fiche',
				'fichier_delib_docx',
				'fichier_matrice',
				'fichier_matrice_csv',
				'fichier_affiche',
				'fichier_registre',
				'fichier_registre_csv',
				'fichier_aipd',
				'fichier_repli',
				'fichier_impot',
				'fichier_actes',
				'fichier_scdl',
				'fichier_dossier',
			],
			blocks: ['fichiers'],
		},
	},
	build: buildReadme,
};
