/** The file name of every document, in one place: the CLI, the assistant's steps and the pack all use these. */

/** File names: French, numbered in reading order, no spaces. */
export const documentFiles = {
	sheetPdf: '01-fiche-datapass.pdf',
	sheetDocx: '01-fiche-datapass.docx',
	deliberationDocx: '02-deliberation.docx',
	deliberationPdf: '02-deliberation.pdf',
	projetDocx: '00-projet-de-deliberation.docx',
	projetPdf: '00-projet-de-deliberation.pdf',
	reportDocx: '00-rapport-explicatif.docx',
	reportPdf: '00-rapport-explicatif.pdf',
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
	mentionsDocx: '09-mentions-information.docx',
	publicListDocx: '10-liste-publique-des-donnees.docx',
	agentsDocx: '11-agents-habilites.docx',
	processorDocx: '12-clauses-sous-traitance.docx',
	dossierJson: 'dossier.json',
	readme: 'LISEZ-MOI.txt',
} as const;
