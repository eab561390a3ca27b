/**
 * The wizard's label of every field of the Dossier, by path, so that a list of import problems
 * reads « Séance › Membre 3 › Prénom et nom » rather than `sitting.members[2].name`. Each level
 * of the path adds its label; `{n}` in a list item's label is its 1-based position.
 * test/unit/field-labels.test.ts walks the schema and fails on a path without a label.
 */

const contact = (who: string): Record<string, string> => ({
	'': who,
	familyName: 'Nom',
	givenName: 'Prénom',
	email: 'Adresse électronique professionnelle',
	phone: 'Téléphone',
	jobTitle: 'Fonction',
});

const person = (who: string): Record<string, string> => ({
	'': who,
	civility: 'Civilité',
	name: 'Prénom et nom',
});

/** Labels by pattern: list indexes written `[]`; a nested record labels a group and its fields. */
const groups: Record<string, Record<string, string>> = {
	'': { '': 'Dossier', schemaVersion: 'Version du dossier', updatedOn: 'Date de mise à jour' },
	ccas: {
		'': 'CCAS',
		name: 'Nom du CCAS',
		commune: 'Commune',
		siret: 'Numéro SIRET du CCAS',
		population: 'Population de la commune',
		inseeCode: 'Code INSEE de la commune',
		departement: 'Département',
		inhabitants: 'Nombre d’habitants',
		managesSocialServices: 'Le CCAS gère un établissement ou un service social ou médico-social',
		aidRules: 'Acte qui fixe les conditions des aides',
	},
	'ccas.aidRules': {
		'': 'Acte qui fixe les conditions des aides',
		kind: 'Règlement ou délibération',
		number: 'Numéro de l’acte',
		date: 'Date d’adoption de l’acte',
	},
	'ccas.address': {
		'': 'Adresse',
		street: 'Numéro et voie',
		postcode: 'Code postal',
		city: 'Ville',
	},
	'ccas.president': person('Président du conseil d’administration (le maire)'),
	'ccas.director': person('Directeur ou directrice du CCAS'),
	'ccas.dpo': {
		'': 'Délégué à la protection des données (DPO)',
		name: 'Nom du délégué ou du service',
		email: 'Adresse électronique du délégué',
		organisation: 'Organisme du délégué',
	},
	'ccas.software': {
		'': 'Logiciel utilisé par le CCAS',
		editorId: 'Logiciel de la liste',
		other: 'Nom du logiciel',
	},
	aids: { '': 'Aides du CCAS' },
	'aids[]': {
		'': 'Aide {n}',
		id: 'Identifiant de l’aide',
		fromCatalogue: 'Aide du catalogue',
		label: 'Nom de l’aide',
		nature: 'Nature de l’aide',
		conditions: 'Conditions',
		decidedBy: 'Qui décide ?',
		authority: 'Autorité qui décide de l’aide légale',
	},
	'aids[].conditions[]': {
		'': 'Condition {n}',
		criterionId: 'Condition du catalogue',
		label: 'Intitulé de la condition',
		proof: 'Justificatif demandé à la famille',
		threshold: 'Seuil',
		range: 'Fourchette',
		scale: 'Barème',
		negated: 'Ne pas remplir cette condition',
		group: 'Groupe « ou »',
	},
	'aids[].conditions[].range': { '': 'Fourchette', min: 'Minimum', max: 'Maximum' },
	'aids[].conditions[].scale[]': {
		'': 'Tranche {n}',
		max: 'Jusqu’à (borne incluse)',
		label: 'Ce que donne la tranche',
	},
	'aids[].delegation': {
		'': 'Délégation',
		to: 'Délégataire (président ou vice-président)',
		qfMax: 'Jusqu’à un quotient familial de (en €)',
		directorSigns: 'Le directeur signe par délégation de signature',
	},
	extraData: { '': 'Données supplémentaires' },
	'extraData[]': { '': 'Donnée {n}' },
	processing: {
		'': 'Conservation et destinataires',
		retentionMonths: 'Durée de conservation (en mois)',
		retentionJustification: 'Justification de cette durée',
		recipients: 'Destinataires des données',
		authorisedAgents: 'Agents habilités',
		information: 'Comment les usagers sont-ils informés ?',
	},
	'processing.recipients[]': { '': 'Destinataire {n}' },
	'processing.authorisedAgents[]': { '': 'Ligne {n}', role: 'Fonction', count: 'Nombre d’agents' },
	'processing.information': {
		poster: 'Une affiche à l’accueil du CCAS',
		form: 'Une mention sur le formulaire de demande d’aide',
		website: 'Une page sur le site de la commune',
	},
	sitting: {
		'': 'Séance',
		date: 'Date de la séance',
		time: 'Heure',
		place: 'Lieu de la séance',
		noticeDate: 'Date d’envoi de la convocation',
		secondNotice: 'Seconde convocation',
		firstSittingDate: 'Date de la première séance (sans quorum)',
		inOffice: 'Nombre de membres en exercice',
		members: 'Membres du conseil',
		presidentOfSitting: 'Président de séance',
		presidentRole: 'Qualité du président de séance',
		secretary: 'Secrétaire de séance',
		number: 'Numéro de la délibération',
		actesCode: 'Code de nomenclature ACTES',
		dateStyle: 'Écriture de la date et de l’heure',
	},
	'sitting.members[]': {
		'': 'Membre {n}',
		civility: 'Civilité',
		name: 'Prénom et nom',
		attendance: 'Présence',
		proxyTo: 'A donné procuration à',
		role: 'Rôle au conseil',
	},
	'sitting.vote': {
		'': 'Vote',
		kind: 'Mode de vote',
		for: 'Pour',
		against: 'Contre',
		abstentions: 'Abstentions',
		notVoting: 'Ne prennent pas part au vote',
		presidentVote: 'Vote du président en cas de partage égal des voix',
	},
	dataProtection: {
		'': 'Protection des données',
		apiAccess: 'Comment le centre appellera l’API',
		taxYear: 'Année de revenus demandée',
		legalAidAuthority: 'Autorité qui statue sur l’aide légale',
		fallback: 'Règle pour les familles sans quotient',
		taxController: 'Responsable de traitement (API Impôt particulier)',
	},
	'dataProtection.fallback': {
		'': 'Règle pour les familles sans quotient',
		method: 'Méthode',
		formula: 'Formule',
	},
	'dataProtection.taxController': {
		'': 'Responsable de traitement (API Impôt particulier)',
		familyName: 'Nom',
		givenName: 'Prénom',
		email: 'Adresse électronique',
		phone: 'Téléphone',
		jobTitle: 'Fonction',
	},
	request: {
		'': 'Demande DataPass',
		projectName: 'Nom du projet',
		modalities: 'Modalités d’appel de l’API',
		volumetry: 'Volumétrie : nombre de dossiers par an',
		plannedDate: 'Date de mise en production prévue',
	},
	'request.modalities[]': { '': 'Modalité {n}' },
	'request.metier': contact('Contact métier'),
	'request.technique': contact('Contact technique'),
	'request.dpo': contact('Délégué à la protection des données (DPO)'),
};

/** Splits `a.b[2].c` into its keys and indexes. */
function segments(path: string): (string | number)[] {
	return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
		index === undefined ? (key ?? '') : Number(index),
	);
}

/** The label of one level: the group's own label, or its parent's label for this key. */
function levelLabel(
	pattern: string,
	parent: string,
	key: string | number,
	index: number,
): string | undefined {
	const own = groups[pattern]?.[''];
	const label = own ?? (typeof key === 'string' ? groups[parent]?.[key] : undefined);
	return label?.replace('{n}', String(index + 1));
}

/**
 * The wizard's label of a field path (`sitting.members[2].name` → « Séance › Membre 3 › Prénom et
 * nom »); the path itself when it is unknown, and « Dossier » for the whole file.
 */
export function fieldLabel(path: string): string {
	const parts = segments(path);
	if (parts.length === 0) return groups['']?.[''] ?? 'Dossier';
	const labels: string[] = [];
	let pattern = '';
	let index = 0;
	for (const part of parts) {
		const parent = pattern;
		if (typeof part === 'number') {
			pattern += '[]';
			index = part;
		} else {
			pattern = pattern === '' ? part : `${pattern}.${part}`;
		}
		const label = levelLabel(pattern, parent, part, index);
		if (label === undefined) return path;
		// « Membre 3 » says enough: the list's own label (« Membres du conseil ») goes.
		if (typeof part === 'number') labels.pop();
		labels.push(label);
	}
	return labels.join(' › ');
}
