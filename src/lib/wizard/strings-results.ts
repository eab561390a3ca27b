/** The French texts of step 3 (« Données strictement nécessaires »), loaded with its renderer. */

/** Texts of the results step. */
export const resultStrings = {
	dataMeta: (api: string, providers: string[], scopes: string[]) =>
		`${api}, fournie par ${providers.join(', ')} ; périmètre DataPass : ${scopes.join(', ')}.`,
	noReason: 'Aucune condition ne justifie cette donnée : c’est une sur-collecte, retirez-la.',
	manual: (aid: string, condition: string, proof: string) =>
		`${aid} : ${condition}. Justificatif : ${proof || 'à préciser'}.`,
	noApi: 'Aucune : toutes vos conditions sont vérifiées sur justificatif.',
	noScope: 'Aucune case : vos conditions ne demandent aucune donnée à l’API.',
	noManual: 'Aucune : toutes vos conditions sont vérifiées par une API.',
	noFindings: 'Rien à signaler.',
	matrixData: 'Donnée',
	printTitle: (name: string | undefined, date: string) =>
		`Matrice de minimisation${name ? ` – ${name}` : ''}, établie le ${date}`,
} as const;
