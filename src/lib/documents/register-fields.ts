/** The rubrics of a register entry (GDPR art. 30), in the order of Madis and the CNIL model. */

/** Each rubric: section `champ_<id>` of templates/registre-champs.md, and its label (CSV column). */
export const registerFields = [
	{ id: 'nom', label: 'Nom du traitement' },
	{ id: 'finalites', label: 'Finalités' },
	{ id: 'base_legale', label: 'Base légale' },
	{ id: 'justification', label: 'Justification de la base légale' },
	{ id: 'categories', label: 'Catégories de données' },
	{ id: 'personnes', label: 'Personnes concernées' },
	{ id: 'nombre', label: 'Nombre estimé de personnes concernées' },
	{ id: 'destinataires', label: 'Catégories de destinataires' },
	{ id: 'acces', label: 'Profils d’accès' },
	{ id: 'sous_traitants', label: 'Sous-traitants' },
	{ id: 'transferts', label: 'Transferts hors de l’Union européenne' },
	{ id: 'conservation_nom', label: 'Délai de conservation : nom' },
	{ id: 'conservation_duree', label: 'Délai de conservation : durée' },
	{ id: 'conservation_sort', label: 'Délai de conservation : sort final' },
	{ id: 'origine', label: 'Origine des données' },
	{ id: 'securite', label: 'Mesures de sécurité' },
	{ id: 'criteres_aipd', label: 'Critères d’analyse d’impact (G29)' },
] as const;
