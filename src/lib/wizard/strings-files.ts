/** The French texts of export, import and erasure, loaded with that code on first use. */

/** Texts of the file actions. */
export const fileStrings = {
	importedTitle: 'Dossier importé',
	imported: (name: string | undefined, migratedFrom: number | undefined) =>
		`${name ? `Le dossier « ${name} » a été importé.` : 'Le dossier a été importé.'}${
			migratedFrom === undefined
				? ''
				: ` Il venait d’une version antérieure du site (version ${migratedFrom}) : il a été mis à jour.`
		}`,
	importProblem: (path: string, message: string) => (path ? `${path} : ${message}` : message),
	fileTooLarge: 'Fichier trop volumineux pour un dossier.',
	fileUnreadable: 'Le fichier n’a pas pu être lu.',
	clearedTitle: 'Données effacées',
	cleared: 'Votre dossier a été effacé de ce navigateur. Vous pouvez en commencer un nouveau.',
	clearFailed:
		'Le navigateur a refusé d’effacer le brouillon enregistré : fermez les onglets de ce site puis réessayez.',
	exportedTitle: 'Dossier exporté',
	exported: (file: string) => `Le fichier ${file} est dans vos téléchargements.`,
	exportedPartial: (file: string, steps: string[]) =>
		`Le fichier ${file} est dans vos téléchargements. Il contient la dernière version valide de chaque étape : les saisies en erreur de l’étape ${steps.map((s) => `« ${s} »`).join(', ')} n’y figurent pas.`,
} as const;
