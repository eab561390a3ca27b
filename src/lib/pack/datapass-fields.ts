/**
 * The DataPass request field by field, in DataPass's order: the exact label, the text to paste, and
 * what DataPass would refuse (French problems). Works on a partial Dossier: what is missing shows
 * up as an empty value and a problem naming the step that fills it.
 */
import type { Block } from '../document/model';
import { frenchTypography } from '../french';
import { checkSitting } from '../sitting/check';
import type { MinimisationResult } from '../minimise';
import { conditionText } from '../minimise/condition-text';
import type { Contact, Dossier } from '../schema/dossier';
import type { TemplateContext } from '../templates/render';
import {
	aidCondition,
	baseContext,
	criterionReason,
	lowerFirst,
	type PackCatalogue,
} from './context';
import {
	DATAPASS_RETENTION_LIMIT,
	datapassFieldSpecs,
	datapassSteps,
	type DatapassFieldKind,
	type DatapassStepId,
	type DatapassStepTitle,
} from './datapass';
import { chooseForm, scopeLabel } from './editor';
import { packFileNames } from './names';
import { sectionFlags, templateSource, type PackTemplates } from './registry';
import { blocksText, legalLinks, recordingCite, renderSection } from './text';

/** One DataPass field, ready to copy. */
export interface DatapassField {
	/** Title of the DataPass step the field is on. */
	step: DatapassStepTitle;
	/** Machine name of that step. */
	stepId: DatapassStepId;
	/** Machine name of the field in DataPass (a contact block by its prefix). */
	name: string;
	/** French label as DataPass shows it (descriptive when `labelVerified` is false). */
	label: string;
	/** False when the reference gives no exact label for this field. */
	labelVerified: boolean;
	/** Widget the field is in DataPass. */
	kind: DatapassFieldKind;
	/** The plain text to paste (or the file to attach, for a document field). */
	value: string;
	/** Required by DataPass for this dossier. */
	required: boolean;
	/** What DataPass would refuse, in French; empty when the field is ready. */
	problems: string[];
	/** Advice shown under the field in the sheet (not blocking). */
	notes: string[];
}

/** DataPass checks that an address can receive mail; this only checks its shape. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Names compared loosely: case, accents, spaces and order of the words do not matter. */
function sameName(a: string, b: string): boolean {
	const words = (name: string) =>
		name
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLocaleLowerCase('fr')
			.split(/[\s-]+/)
			.filter(Boolean)
			.sort()
			.join(' ');
	return words(a) !== '' && words(a) === words(b);
}

/** True when the DataPass DPO contact is the maire (by name or by job title). */
export function dpoIsMaire(dossier: Pick<Dossier, 'ccas' | 'request'>): boolean {
	const dpo = dossier.request?.dpo;
	if (!dpo) return false;
	const president = dossier.ccas?.president.name ?? '';
	const byName = sameName(`${dpo.givenName} ${dpo.familyName}`, president);
	// « Maire » as a job title, but not « maire adjoint » (another elected member).
	const byTitle = /\bmaire\b/i.test(dpo.jobTitle) && !/adjoint/i.test(dpo.jobTitle);
	return byName || byTitle;
}

/** A valid absolute https address. */
export function isHttpsUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return url.protocol === 'https:' && url.hostname.includes('.');
	} catch {
		return false;
	}
}

/** The contact as DataPass's five fields, one per line. */
function contactText(contact: Contact): string {
	return frenchTypography(
		[
			`Nom : ${contact.familyName}`,
			`Prénom : ${contact.givenName}`,
			`Adresse électronique : ${contact.email}`,
			`Téléphone : ${contact.phone}`,
			`Fonction : ${contact.jobTitle}`,
		].join('\n'),
	);
}

/** Problems of a contact DataPass would refuse. */
function contactProblems(contact: Contact | undefined, who: string): string[] {
	if (!contact) return [`Renseignez le ${who} (étape « Demande DataPass »).`];
	const problems: string[] = [];
	if (!EMAIL.test(contact.email))
		problems.push(`L’adresse électronique du ${who} n’est pas valide.`);
	return problems;
}

/** « 2027-02-01 » → « 01/02/2027 », as a French date field takes it. */
function dateField(iso: string): string {
	const [year, month, day] = iso.split('-');
	return `${day}/${month}/${year}`;
}

/** The generated blocks the field template uses. */
function fieldBlocks(
	dossier: Dossier,
	catalogue: PackCatalogue,
	result: MinimisationResult,
	links: string[],
): Record<string, Block[]> {
	const criteria = new Map(catalogue.criteria.map((criterion) => [criterion.id, criterion]));
	const aids = dossier.aids ?? [];
	const list = (items: string[]): Block[] =>
		items.length === 0
			? []
			: [{ kind: 'list', ordered: false, items: items.map((text) => [{ text }]) }];
	const justified = result.data.filter((item) => item.reasons.length > 0);
	const dataLines = justified.map((item) => {
		const conditions = [...new Set(item.reasons.map(aidCondition))];
		// The reason of each criterion once, even when several aids apply it.
		const reasons = [
			...new Set(
				item.reasons.flatMap((reason) => criterionReason(dossier, catalogue, reason) ?? []),
			),
		];
		return `${item.label} : ${conditions.join(' ; ')}. ${reasons.join(' ')}`.trim();
	});
	const scopes = result.scopes.filter((scope) => scope.api === 'api-particulier');
	const scopeLines = scopes.map((scope) => {
		const conditions = [
			...new Set(
				justified
					.filter((item) => scope.dataIds.includes(item.id))
					.flatMap((item) => item.reasons.map(aidCondition)),
			),
		];
		const why = conditions.length > 0 ? conditions.join(' ; ') : 'aucune condition ne la justifie';
		return `${scopeLabel(scope.name, catalogue)} : ${why}`;
	});
	return {
		aides: list(
			aids.map((aid) => {
				const conditions = aid.conditions.map((condition) =>
					lowerFirst(
						conditionText(
							condition,
							condition.criterionId ? criteria.get(condition.criterionId) : undefined,
						),
					),
				);
				return `${aid.label} (aide ${aid.nature}) : ${conditions.join(' ; ')}`;
			}),
		),
		donnees: list(dataLines),
		preuves: list(result.manualConditions.map((m) => `${m.label} (${m.aidLabel}) : ${m.proof}`)),
		perimetres: list(scopeLines),
		destinataires: list(dossier.processing?.recipients ?? []),
		liens: list(links),
	};
}

/**
 * The fields of the DataPass request for this dossier, in DataPass's order, with the text to paste
 * and the problems DataPass would refuse. `templates` must hold `datapass-champs.md`.
 */
export function datapassFields(
	dossier: Dossier,
	catalogue: PackCatalogue,
	result: MinimisationResult,
	templates: PackTemplates,
): DatapassField[] {
	const source = templateSource(templates, 'datapass-champs.md');
	const base = baseContext(dossier, catalogue, result);
	const choice = chooseForm(dossier, result, catalogue);
	const { aids, processing, sitting, request } = dossier;
	const recorder = recordingCite(catalogue.legal);
	const context = (links: string[]): TemplateContext => ({
		values: { ...base.values, solution_editeur: choice.editor?.solution ?? '' },
		flags: {
			...base.flags,
			editeur_formulaire: choice.editor !== undefined,
		},
		blocks: fieldBlocks(dossier, catalogue, result, links),
		cite: recorder.cite,
	});
	const flags = sectionFlags('datapass-champs.md');
	const section = (flag: string, links: string[] = []) =>
		blocksText(renderSection(source, flag, context(links), flags));
	// The legal text is rendered twice: once to learn which articles it cites, then with their links.
	section('champ_cadre_juridique_nature');
	const links = legalLinks(recorder.cited(), catalogue.legal);
	const legalText = section('champ_cadre_juridique_nature', links);

	const noAids = !aids || aids.length === 0;
	const missingRequest = 'Renseignez la demande DataPass (étape « Demande DataPass »).';
	const needsDeliberation = choice.needsDeliberation;
	const sittingProblems = sitting ? checkSitting(sitting).problems.map((p) => p.message) : [];
	const blocking = result.findings.filter((finding) => finding.severity === 'erreur');
	const apiScopes = result.scopes.filter((scope) => scope.api === 'api-particulier');
	const url = catalogue.legal.find((article) => article.id === 'crpa-l114-8')?.url ?? '';
	const months = processing?.retentionMonths;
	const justification = processing?.retentionJustification?.trim() ?? '';
	const overLimit = months !== undefined && months > DATAPASS_RETENTION_LIMIT;

	const fields: Record<string, { value: string; problems: string[]; required?: boolean }> = {
		intitule: {
			value: request?.projectName ?? '',
			problems: request ? [] : ['Donnez un nom au projet (étape « Demande DataPass »).'],
		},
		description: {
			value: noAids ? '' : section('champ_description'),
			problems: noAids
				? [
						'Choisissez au moins une aide et ses conditions (étape « Vos aides et leurs conditions »).',
					]
				: [],
		},
		maquette_projet: { value: '', problems: [] },
		date_prevue_mise_en_production: {
			value: request ? dateField(request.plannedDate) : '',
			problems: request ? [] : [missingRequest],
		},
		volumetrie_approximative: {
			value: request ? String(request.volumetry) : '',
			problems: request ? [] : [missingRequest],
		},
		cadre_juridique_nature: {
			value: noAids ? '' : legalText,
			problems: [
				...(noAids
					? ['Choisissez d’abord vos aides (étape « Vos aides et leurs conditions »).']
					: []),
				...(needsDeliberation && !sitting
					? ['Décrivez la séance qui adopte la délibération (étape « Séance du conseil »).']
					: []),
			],
		},
		cadre_juridique_url: {
			value: url,
			problems: isHttpsUrl(url)
				? []
				: ['Le lien vers le texte n’est pas une adresse https valide.'],
		},
		cadre_juridique_document: {
			value: needsDeliberation ? packFileNames.deliberationPdf : '',
			required: needsDeliberation,
			problems: needsDeliberation
				? sitting
					? sittingProblems
					: ['Décrivez la séance qui adopte la délibération (étape « Séance du conseil »).']
				: [],
		},
		modalities: {
			value: request ? section('champ_modalites') : '',
			problems: request ? [] : [missingRequest],
		},
		scopes: {
			value: apiScopes.length > 0 ? section('champ_scopes') : '',
			problems: [
				...(apiScopes.length === 0
					? [
							'Aucune donnée de l’API Particulier n’est nécessaire : choisissez les conditions de vos aides (étape « Vos aides et leurs conditions »).',
						]
					: []),
				...blocking.map((finding) => finding.message),
			],
		},
		destinataire_donnees_caractere_personnel: {
			value: processing ? section('champ_destinataires') : '',
			problems: processing
				? []
				: [
						'Indiquez les destinataires des données (étape « Conservation, destinataires, information »).',
					],
		},
		duree_conservation_donnees_caractere_personnel: {
			value: months === undefined ? '' : String(months),
			problems:
				months === undefined
					? [
							'Indiquez la durée de conservation (étape « Conservation, destinataires, information »).',
						]
					: overLimit && justification === ''
						? [
								`Cette durée (${months} mois) excède la durée communément constatée (36 mois) : DataPass exige une justification de la durée de conservation.`,
							]
						: [],
		},
		duree_conservation_donnees_caractere_personnel_justification: {
			value: justification,
			required: overLimit,
			problems:
				overLimit && justification === ''
					? [
							'Au-delà de 36 mois, justifiez la durée de conservation (étape « Conservation, destinataires, information »).',
						]
					: [],
		},
		contact_metier: {
			value: request ? contactText(request.metier) : '',
			problems: contactProblems(request?.metier, 'contact métier'),
		},
		contact_technique: {
			value: request ? contactText(request.technique) : '',
			problems: [
				...contactProblems(request?.technique, 'contact technique'),
				...(request?.modalities.includes('france_connect') &&
				!/^(?:\+33\s?|0)[67]/.test(request.technique.phone)
					? [
							'Avec FranceConnect, DataPass exige un numéro de mobile (06 ou 07) pour le contact technique.',
						]
					: []),
			],
		},
		delegue_protection_donnees: {
			value: request ? contactText(request.dpo) : '',
			problems: [
				...contactProblems(request?.dpo, 'délégué à la protection des données'),
				...(dpoIsMaire(dossier)
					? [
							'Le délégué à la protection des données ne peut pas être le maire, président du conseil d’administration : indiquez le délégué désigné par le CCAS.',
						]
					: []),
			],
		},
	};
	// Advice sections are named after the field, shortened where the machine name is long.
	const adviceFlag: Record<string, string> = {
		date_prevue_mise_en_production: 'conseil_date_prevue_mise_en_production',
		destinataire_donnees_caractere_personnel: 'conseil_destinataires',
		duree_conservation_donnees_caractere_personnel: 'conseil_duree_conservation',
		duree_conservation_donnees_caractere_personnel_justification: 'conseil_justification',
	};
	const stepTitles = new Map(datapassSteps.map((step) => [step.id, step.title]));
	return datapassFieldSpecs.map((spec) => {
		const field = fields[spec.name] ?? { value: '', problems: [] };
		const flag = adviceFlag[spec.name] ?? `conseil_${spec.name}`;
		const advice = flags.includes(flag) ? section(flag) : '';
		const notes = [
			...(advice === '' ? [] : [advice]),
			...(spec.name === 'scopes' ? (choice.editor?.findings ?? []) : []),
		];
		return {
			step: stepTitles.get(spec.step) ?? 'Mon projet',
			stepId: spec.step,
			name: spec.name,
			label: spec.label,
			labelVerified: spec.labelVerified,
			kind: spec.kind,
			value: field.value,
			required: field.required ?? spec.required,
			problems: field.problems,
			notes,
		};
	});
}

/** The problems of every field, prefixed with the field's label. */
export function fieldProblems(fields: readonly DatapassField[]): string[] {
	return fields.flatMap((field) => field.problems.map((problem) => `${field.label} : ${problem}`));
}

/** Required fields that are still empty. */
export function emptyRequiredFields(fields: readonly DatapassField[]): DatapassField[] {
	return fields.filter((field) => field.required && field.value.trim() === '');
}
