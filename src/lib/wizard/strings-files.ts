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
	/**
	 * A refused file's problem, where a person finds it: « Étape « Votre CCAS », Adresse › Code
	 * postal : … ». The label's first level names the section, which the step already says.
	 */
	importProblem: (step: string | undefined, label: string | undefined, message: string) => {
		const field = step && label ? label.split(' › ').slice(1).join(' › ') || label : label;
		const where = step ? `Étape « ${step} »${field ? `, ${field}` : ''}` : field;
		return where ? `${where} : ${message}` : message;
	},
	replaceAsk: (current: string | undefined, file: string, incoming: string | undefined) =>
		`Le fichier ${file}${incoming ? ` contient le dossier « ${incoming} »` : ''}. Il remplacera ${current ? `le dossier « ${current} »` : 'le dossier'} de cette page, toutes étapes comprises. Exportez d’abord celui-ci si vous voulez le garder.`,
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
