/**
 * The DataPass request field by field, in DataPass's order: the exact label, the text to paste, and
 * what DataPass would refuse (French problems). Works on a partial Dossier: what is missing shows
 * up as an empty value and a problem naming the step that fills it.
 */
import type { Block } from '../../document/model';
import { frenchTypography } from '../../french';
import type { MinimisationResult } from '../../minimise';
import { aidConditionLines } from '../aid-sentences';
import {
	DPO_IS_MAIRE_MESSAGE,
	FRANCE_CONNECT_MOBILE_MESSAGE,
	RETENTION_JUSTIFY_ABOVE_MONTHS,
	dpoIsMaire as dpoNamedMaire,
	franceConnectNeedsMobile,
	retentionNeedsJustification,
} from '../../rules/datapass';
import type { Contact, Dossier } from '../../schema/dossier';
import { atStep } from '../../steps';
import type { TemplateContext } from '../../templates/render';
import {
	aidCondition,
	criterionReason,
	templateSource,
	type DocumentCatalogue,
	type DocumentContext,
} from '../context';
import { documentFiles } from '../files';
import { blocksText, legalLinks, recordingCite, renderSection } from '../text';
import { frenchText } from '../typography';
import type { OwnNames } from '../vocabulary';
import {
	datapassFieldSpecs,
	datapassSteps,
	type DatapassFieldKind,
	type DatapassStepId,
	type DatapassStepTitle,
} from './form';
import { scopeLabel } from './editor';
import { NO_ACCESS_PATH_MESSAGE, recipientsOf } from '../protection';

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

/** Sections of datapass-champs.md: the text of a field (`champ_…`) or the advice under it (`conseil_…`). */
const datapassSections = [
	'champ_description',
	'champ_cadre_juridique_nature',
	'champ_modalites',
	'champ_scopes',
	'champ_destinataires',
	'conseil_intitule',
	'conseil_description',
	'conseil_maquette_projet',
	'conseil_date_prevue_mise_en_production',
	'conseil_volumetrie_approximative',
	'conseil_cadre_juridique_nature',
	'conseil_cadre_juridique_url',
	'conseil_cadre_juridique_document',
	'conseil_modalites',
	'conseil_scopes',
	'conseil_destinataires',
	'conseil_duree_conservation',
	'conseil_justification',
	'conseil_contact_metier',
	'conseil_contact_technique',
	'conseil_delegue_protection_donnees',
] as const;

/** The names templates/datapass-champs.md may use besides the shared ones. */
export const datapassChampsNames = {
	values: ['solution_editeur'],
	flags: ['editeur_formulaire', ...datapassSections],
	blocks: ['aides', 'donnees', 'preuves', 'perimetres', 'destinataires', 'liens'],
} as const satisfies OwnNames;

/** True when the DataPass DPO contact is the maire (by name or by job title). */
export function dpoIsMaire(dossier: Pick<Dossier, 'ccas' | 'request'>): boolean {
	const dpo = dossier.request?.dpo;
	if (!dpo) return false;
	return dpoNamedMaire(
		{ name: `${dpo.givenName} ${dpo.familyName}`, jobTitle: dpo.jobTitle },
		dossier.ccas?.president.name ?? '',
	);
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
	if (!contact) return [`Renseignez le ${who} (${atStep('demande')}).`];
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
	catalogue: DocumentCatalogue,
	result: MinimisationResult,
	links: string[],
): Record<string, Block[]> {
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
		aides: list(aidConditionLines(aids, catalogue)),
		donnees: list(dataLines),
		preuves: list(result.manualConditions.map((m) => `${m.label} (${m.aidLabel}) : ${m.proof}`)),
		perimetres: list(scopeLines),
		destinataires: list(recipientsOf({ dossier })),
		liens: list(links),
	};
}

/**
 * The fields of the DataPass request for this dossier, in DataPass's order, with the text to paste
 * and the problems DataPass would refuse. The context's templates must hold `datapass-champs.md`.
 */
export function datapassFields(ctx: DocumentContext): DatapassField[] {
	const { dossier, catalogue, result, templates, base, choice } = ctx;
	const source = templateSource(templates, 'datapass-champs.md');
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
	const flags: readonly string[] = datapassSections;
	const section = (flag: string, links: string[] = []) =>
		frenchText(blocksText(renderSection(source, flag, context(links), flags)));
	// The legal text is rendered twice: once to learn which articles it cites, then with their links.
	section('champ_cadre_juridique_nature');
	const links = legalLinks(recorder.cited(), catalogue.legal);
	const legalText = section('champ_cadre_juridique_nature', links);

	const noAids = !aids || aids.length === 0;
	const missingRequest = `Renseignez la demande DataPass (${atStep('demande')}).`;
	const needsDeliberation = choice.needsDeliberation;
	const sittingProblems = (ctx.sitting?.problems ?? []).map((p) => p.message);
	const blocking = result.findings.filter((finding) => finding.severity === 'erreur');
	const apiScopes = result.scopes.filter((scope) => scope.api === 'api-particulier');
	const url = catalogue.legal.find((article) => article.id === 'crpa-l114-8')?.url ?? '';
	const months = processing?.retentionMonths;
	const justification = processing?.retentionJustification?.trim() ?? '';
	const overLimit = months !== undefined && retentionNeedsJustification(months);

	const fields: Record<string, { value: string; problems: string[]; required?: boolean }> = {
		intitule: {
			value: request?.projectName ?? '',
			problems: request ? [] : [`Donnez un nom au projet (${atStep('demande')}).`],
		},
		description: {
			value: noAids ? '' : section('champ_description'),
			problems: [
				...(noAids ? [`Choisissez au moins une aide et ses conditions (${atStep('aides')}).`] : []),
			],
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
				...(noAids ? [`Choisissez d’abord vos aides (${atStep('aides')}).`] : []),
				...(needsDeliberation && !sitting
					? [`Décrivez la séance qui adopte la délibération (${atStep('seance')}).`]
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
			value: needsDeliberation ? documentFiles.deliberationPdf : '',
			required: needsDeliberation,
			problems: needsDeliberation
				? sitting
					? sittingProblems
					: [`Décrivez la séance qui adopte la délibération (${atStep('seance')}).`]
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
							`Aucune donnée de l’API Particulier n’est nécessaire : choisissez les conditions de vos aides (${atStep('aides')}).`,
						]
					: []),
				...blocking.map((finding) => finding.message),
			],
		},
		destinataire_donnees_caractere_personnel: {
			value: processing ? section('champ_destinataires') : '',
			problems: processing
				? []
				: [`Indiquez les destinataires des données (${atStep('traitement')}).`],
		},
		duree_conservation_donnees_caractere_personnel: {
			value: months === undefined ? '' : String(months),
			problems:
				months === undefined
					? [`Indiquez la durée de conservation (${atStep('traitement')}).`]
					: overLimit && justification === ''
						? [
								`Cette durée (${months} mois) excède la durée communément constatée (${RETENTION_JUSTIFY_ABOVE_MONTHS} mois) : DataPass exige une justification de la durée de conservation.`,
							]
						: [],
		},
		duree_conservation_donnees_caractere_personnel_justification: {
			value: justification,
			required: overLimit,
			problems:
				overLimit && justification === ''
					? [
							`Au-delà de ${RETENTION_JUSTIFY_ABOVE_MONTHS} mois, justifiez la durée de conservation (${atStep('traitement')}).`,
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
				...(request && franceConnectNeedsMobile(request.modalities, request.technique.phone)
					? [FRANCE_CONNECT_MOBILE_MESSAGE]
					: []),
			],
		},
		delegue_protection_donnees: {
			value: request ? contactText(request.dpo) : '',
			problems: [
				...contactProblems(request?.dpo, 'délégué à la protection des données'),
				...(dpoIsMaire(dossier) ? [DPO_IS_MAIRE_MESSAGE] : []),
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
			// Not blocking: the pack still says the three paths; the wizard will ask which one.
			...(spec.name === 'description' && base.flags.acces_a_choisir
				? [NO_ACCESS_PATH_MESSAGE]
				: []),
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
