/**
 * The DocumentContext: everything the documents of a dossier are built from, computed once per
 * dossier (one minimisation, one sitting check, one form choice, the shared values and flags).
 * Every document, the deliberation included, reads it; none computes these again.
 */
import type { Catalogue } from '../catalogue/types';
import { formatDateFr, formatNumberFr, numberToWords } from '../french';
import { minimise, type MinimisationResult, type Reason } from '../minimise';
import type { Ccas, Dossier, DossierAid, Processing, RequestSection } from '../schema/dossier';
import type { Sitting } from '../schema/sitting';
import { checkSitting, type SittingCheck } from '../sitting/check';
import { chooseForm, type FormChoice } from './datapass/editor';
import { frenchList, lowerFirst, personLabel, softwareName } from './labels';
import {
	apiAccessOf,
	falseNegativeData,
	fallbackRuleOf,
	legalAidAuthority,
	processorsOf,
	profileLines,
	recipientsOf,
	retentionOf,
	specialCategoryData,
	taxYearOf,
} from './protection';
import type { BaseFlagName, BaseValueName } from './vocabulary';

/** Template sources by file name (as in templates/), e.g. `{ 'affiche.md': '…' }`. */
export type DocumentTemplates = Readonly<Record<string, string>>;

/** The catalogue parts the documents read. */
export type DocumentCatalogue = Pick<Catalogue, 'legal' | 'data' | 'criteria' | 'editors'>;

/** A Dossier with every section the pack needs. */
export type CompleteDossier = Dossier & {
	ccas: Ccas;
	aids: DossierAid[];
	processing: Processing;
	sitting: Sitting;
	request: RequestSection;
};

/** True when every section the pack needs is present. */
export function isComplete(dossier: Dossier): dossier is CompleteDossier {
	return Boolean(
		dossier.ccas &&
		dossier.aids &&
		dossier.aids.length > 0 &&
		dossier.processing &&
		dossier.sitting &&
		dossier.request,
	);
}

/** Shared values and flags. */
export interface BaseContext {
	values: Record<BaseValueName, string>;
	flags: Record<BaseFlagName, boolean>;
}

/** Everything a document is built from, for any dossier (sections may be missing). */
export interface DocumentContext {
	dossier: Dossier;
	catalogue: DocumentCatalogue;
	templates: DocumentTemplates;
	/** The one minimisation of this dossier. */
	result: MinimisationResult;
	/** The one check of the sitting, when the dossier has one. */
	sitting: SittingCheck | undefined;
	/** The DataPass form to open, and the editor comparison. */
	choice: FormChoice;
	base: BaseContext;
}

/** The context of a dossier with every section: what the pack's documents read. */
export type PackContext = DocumentContext & { dossier: CompleteDossier; sitting: SittingCheck };

/** True when the context's dossier has every section the pack needs. */
export function isCompleteContext(ctx: DocumentContext): ctx is PackContext {
	return isComplete(ctx.dossier) && ctx.sitting !== undefined;
}

/** What the context depends on, injectable so a test can count the minimisations. */
export interface ContextDependencies {
	minimise: typeof minimise;
}

/** « Aide alimentaire, quotient familial inférieur ou égal à 456 € »: the aid and its condition. */
export function aidCondition(reason: Pick<Reason, 'aidLabel' | 'conditionText'>): string {
	return `${reason.aidLabel}, ${lowerFirst(reason.conditionText)}`;
}

/** The content reason of the criterion behind a reason of the minimisation, when it has one. */
export function criterionReason(
	dossier: Pick<Dossier, 'aids'>,
	catalogue: Pick<Catalogue, 'criteria'>,
	reason: Reason,
): string | undefined {
	const aid = dossier.aids?.find((candidate) => candidate.id === reason.aidId);
	const id = aid?.conditions[reason.conditionIndex]?.criterionId;
	return id ? catalogue.criteria.find((criterion) => criterion.id === id)?.reason : undefined;
}

/** Computes the shared values and flags; absent sections give empty values and false flags. */
export function baseContext(
	dossier: Dossier,
	catalogue: DocumentCatalogue,
	result: MinimisationResult,
): BaseContext {
	const { ccas, processing, sitting, request } = dossier;
	const aids = dossier.aids ?? [];
	const justified = result.data.filter((item) => item.reasons.length > 0);
	const facultative = aids.filter((aid) => aid.nature === 'facultative');
	const natures = new Set(aids.map((aid) => aid.nature));
	const software = softwareName(dossier, catalogue);
	const modalities = request?.modalities ?? [];
	const information = processing?.information;
	const agentCount = (processing?.authorisedAgents ?? []).reduce((sum, a) => sum + a.count, 0);
	const protection = { dossier, catalogue, result };
	const access = apiAccessOf(dossier);
	const processors = processorsOf(protection);
	const labels = (items: readonly { label: string }[]) =>
		frenchList(items.map((item) => lowerFirst(item.label)));
	return {
		values: {
			ccas_nom: ccas?.name ?? '',
			commune: ccas?.commune ?? '',
			adresse: ccas ? `${ccas.address.street}, ${ccas.address.postcode} ${ccas.address.city}` : '',
			siret: ccas?.siret ?? '',
			president: ccas ? personLabel(ccas.president) : '',
			dpo_nom: ccas?.dpo.name ?? '',
			dpo_email: ccas?.dpo.email ?? '',
			dpo_organisme: ccas?.dpo.organisation ?? '',
			logiciel: software,
			nature_aides:
				natures.size === 2
					? 'légales et facultatives'
					: natures.has('légale')
						? 'légales'
						: 'facultatives',
			liste_aides: frenchList(aids.map((aid) => aid.label)),
			aides_facultatives_liste: frenchList(facultative.map((aid) => aid.label)),
			liste_donnees: frenchList(justified.map((item) => lowerFirst(item.label))) || 'aucune',
			fournisseurs: frenchList([...new Set(justified.flatMap((item) => item.providers))]),
			duree_conservation: processing ? String(processing.retentionMonths) : '',
			duree_conservation_lettres: processing
				? `${numberToWords(processing.retentionMonths)} mois`
				: '',
			agents: frenchList(
				(processing?.authorisedAgents ?? []).map(
					(agent) => `${lowerFirst(agent.role)} (${agent.count})`,
				),
			),
			nombre_agents: String(agentCount),
			destinataires: frenchList(recipientsOf(protection).map(lowerFirst)),
			profils_acces: profileLines(protection).join(' ; '),
			conservation: retentionOf(protection).text,
			donnees_sensibles_liste: labels(specialCategoryData(protection)),
			faux_negatifs_liste: labels(falseNegativeData(protection)),
			sous_traitants: processors.join(' ; '),
			autorite_aide_legale: lowerFirst(legalAidAuthority(dossier) ?? ''),
			annee_fiscale: taxYearOf(dossier).text,
			regle_repli: fallbackRuleOf(dossier).text,
			projet: request?.projectName ?? '',
			volumetrie: request ? formatNumberFr(request.volumetry) : '',
			date_mise_en_production: request ? formatDateFr(request.plannedDate) : '',
			numero: sitting?.number ?? '',
			date_seance: sitting ? formatDateFr(sitting.date) : '',
		},
		flags: {
			aides_facultatives: facultative.length > 0,
			aide_legale: natures.has('légale'),
			logiciel: software !== '',
			dpo_organisme: Boolean(ccas?.dpo.organisation),
			donnees_fiscales: result.apis.includes('api-impot-particulier'),
			donnees_sensibles: justified.some((item) => item.specialCategory),
			preuves_manuelles: result.manualConditions.length > 0,
			identite_pivot: justified.some((item) => item.identityPivot),
			params: modalities.includes('params'),
			formulaire_qf: modalities.includes('formulaire_qf'),
			france_connect: modalities.includes('france_connect'),
			usagers_en_ligne:
				modalities.includes('formulaire_qf') || modalities.includes('france_connect'),
			information_affiche: information?.poster ?? false,
			information_formulaire: information?.form ?? false,
			information_site: information?.website ?? false,
			faux_negatifs: falseNegativeData(protection).length > 0,
			acces_editeur: access === 'editeur',
			acces_informatique: access === 'informatique',
			acces_demarche_numerique: access === 'demarche-numerique',
			acces_a_choisir: access === undefined,
			sous_traitant: processors.length > 0,
		},
	};
}

/** Builds the context of a dossier once: every document of the dossier is built from it. */
export function buildDocumentContext(
	dossier: Dossier,
	catalogue: DocumentCatalogue,
	templates: DocumentTemplates,
	dependencies: ContextDependencies = { minimise },
): DocumentContext {
	const result = dependencies.minimise(dossier, catalogue);
	return {
		dossier,
		catalogue,
		templates,
		result,
		sitting: dossier.sitting ? checkSitting(dossier.sitting) : undefined,
		choice: chooseForm(dossier, result, catalogue),
		base: baseContext(dossier, catalogue, result),
	};
}

/** The source of a template; throws (a programming error) when it was not passed in. */
export function templateSource(templates: DocumentTemplates, name: string): string {
	const source = templates[name];
	if (typeof source !== 'string') throw new Error(`Modèle absent : templates/${name}`);
	return source;
}
