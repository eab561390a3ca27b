/**
 * What every template of the pack is filled with: values and flags computed once from the Dossier,
 * the catalogue and the minimisation. Each document adds its own values, flags and blocks.
 */
import type { Catalogue } from '../catalogue/types';
import { frenchList, personLabel } from '../deliberation/labels';
import { formatDateFr, formatNumberFr, numberToWords } from '../french';
import { minimise, type MinimisationResult, type Reason } from '../minimise';
import type { Ccas, Dossier, DossierAid, Processing, RequestSection } from '../schema/dossier';
import type { Sitting } from '../schema/sitting';
import type { PackTemplates } from './registry';

/** The catalogue parts the pack reads. */
export type PackCatalogue = Pick<Catalogue, 'legal' | 'data' | 'criteria' | 'editors'>;

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

/** Names of the shared values (the registries add them to every pack template). */
export const baseValueNames = [
	'ccas_nom',
	'commune',
	'adresse',
	'siret',
	'president',
	'dpo_nom',
	'dpo_email',
	'dpo_organisme',
	'logiciel',
	'nature_aides',
	'liste_aides',
	'aides_facultatives_liste',
	'liste_donnees',
	'fournisseurs',
	'duree_conservation',
	'duree_conservation_lettres',
	'agents',
	'nombre_agents',
	'destinataires',
	'projet',
	'volumetrie',
	'date_mise_en_production',
	'numero',
	'date_seance',
] as const;

/** Names of the shared flags. */
export const baseFlagNames = [
	'aides_facultatives',
	'aide_legale',
	'logiciel',
	'dpo_organisme',
	'donnees_fiscales',
	'donnees_sensibles',
	'preuves_manuelles',
	'identite_pivot',
	'params',
	'formulaire_qf',
	'france_connect',
	'usagers_en_ligne',
	'information_affiche',
	'information_formulaire',
	'information_site',
] as const;

/** Everything a document builder of the pack reads. */
export interface PackContext {
	dossier: CompleteDossier;
	catalogue: PackCatalogue;
	result: MinimisationResult;
	templates: PackTemplates;
	base: BaseContext;
}

/** Shared values and flags. */
export interface BaseContext {
	values: Record<(typeof baseValueNames)[number], string>;
	flags: Record<(typeof baseFlagNames)[number], boolean>;
}

/** « Travailleurs sociaux » → « travailleurs sociaux », for a label inside a sentence. */
export function lowerFirst(text: string): string {
	return text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);
}

/** The software's name as documents write it: « Solution (Éditeur) », the free name, or ''. */
export function softwareName(
	dossier: Pick<Dossier, 'ccas'>,
	catalogue: Pick<Catalogue, 'editors'>,
) {
	const software = dossier.ccas?.software;
	const editor = software?.editorId
		? catalogue.editors.find((entry) => entry.id === software.editorId)
		: undefined;
	return editor ? `${editor.solution} (${editor.name})` : (software?.other ?? '');
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
	catalogue: PackCatalogue,
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
			liste_donnees: frenchList(justified.map((item) => lowerFirst(item.label))),
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
			destinataires: frenchList((processing?.recipients ?? []).map(lowerFirst)),
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
		},
	};
}

/** The context the document builders read, for a complete dossier. */
export function packContext(
	dossier: CompleteDossier,
	catalogue: PackCatalogue,
	templates: PackTemplates,
): PackContext {
	const result = minimise(dossier, catalogue);
	return { dossier, catalogue, result, templates, base: baseContext(dossier, catalogue, result) };
}
