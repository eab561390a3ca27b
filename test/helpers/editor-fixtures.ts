/** A valid editor submission, as the form's schema reads it, for the editor tests. */
export const goodSubmission = {
	name: 'Arpège',
	siret: '35142130000036',
	solution: 'Sonate',
	formerNames: [],
	useCases: ['ccas'],
	apis: ['api-particulier'],
	website: 'https://www.arpege.fr',
	contact: { name: 'Jeanne Martin', email: 'jeanne.martin@arpege.fr' },
	evidence: {
		kind: 'formulaire-datapass',
		formId: 'api-particulier-ccas-arpege',
		scopes: ['cnaf_quotient_familial', 'cnaf_allocataires'],
	},
	consent: true,
};

/** The same submission as the form's entries (name, value), as FormData gives them. */
export const goodFormEntries: [string, string][] = [
	['name', 'Arpège'],
	['siret', '351 421 300 00036'],
	['solution', 'Sonate'],
	['website', 'https://www.arpege.fr'],
	['useCases', 'ccas'],
	['apis', 'api-particulier'],
	['connectedSince', ''],
	['note', ''],
	['evidence.kind', 'formulaire-datapass'],
	['evidence.formId', 'api-particulier-ccas-arpege'],
	['evidence.scopes', 'cnaf_quotient_familial'],
	['evidence.scopes', 'cnaf_allocataires'],
	['evidence.reference', ''],
	['contact.name', 'Jeanne Martin'],
	['contact.email', 'jeanne.martin@arpege.fr'],
	['consent', 'oui'],
];
