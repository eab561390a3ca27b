/**
 * Derives the strictly necessary data from the aids and their conditions: the data follow from the
 * conditions through content/criteria, never from a choice. Deterministic: same input, same output.
 */
import type { Catalogue } from '../catalogue/types';
import type { Dossier } from '../schema/dossier';
import { conditionLabel, conditionText, isAlternative } from './condition-text';
import { dataFindings, manualFindings, sortFindings } from './findings';
import type { Finding, MinimisationResult, NeededData, NeededScope, Reason } from './types';
import { frenchTypography } from '../french';

/** The part of the catalogue the engine reads. */
export type MinimiseCatalogue = Pick<Catalogue, 'data' | 'criteria'>;

/** Computes needed data, scopes, findings and the DPO matrix for a Dossier. */
export function minimise(
	dossier: Pick<Dossier, 'aids' | 'extraData'>,
	catalogue: MinimiseCatalogue,
): MinimisationResult {
	const dataById = new Map(catalogue.data.map((item) => [item.id, item]));
	const criteriaById = new Map(catalogue.criteria.map((criterion) => [criterion.id, criterion]));
	const reasons = new Map<string, Reason[]>();
	const findings: Finding[] = [];
	const manualConditions: MinimisationResult['manualConditions'] = [];
	const aids = dossier.aids ?? [];

	for (const aid of aids) {
		aid.conditions.forEach((condition, conditionIndex) => {
			const criterion = condition.criterionId ? criteriaById.get(condition.criterionId) : undefined;
			if (condition.criterionId && !criterion) {
				findings.push({
					kind: 'condition-inconnue',
					severity: 'erreur',
					title: `Condition inconnue : ${condition.criterionId}`,
					message: `La condition « ${condition.criterionId} » de l’aide « ${aid.label} » n’existe plus dans le catalogue : choisissez-la à nouveau ou décrivez-la comme une condition propre au CCAS.`,
					aidId: aid.id,
					conditionIndex,
				});
				return;
			}
			const label = conditionLabel(condition, criterion);
			const text = conditionText(condition, criterion);
			if (!criterion || criterion.data.length === 0) {
				manualConditions.push({
					aidId: aid.id,
					aidLabel: aid.label,
					conditionIndex,
					label,
					proof: criterion?.manualProof ?? condition.proof ?? '',
				});
				return;
			}
			for (const dataId of criterion.data) {
				const list = reasons.get(dataId) ?? [];
				list.push({
					aidId: aid.id,
					aidLabel: aid.label,
					conditionIndex,
					conditionLabel: label,
					conditionText: text,
					text: `${aid.label} : ${text}${isAlternative(aid, conditionIndex) ? ' (l’une des conditions possibles : la donnée sert à vérifier cette branche)' : ''}. ${criterion.reason}`,
					...(isAlternative(aid, conditionIndex) ? { alternative: true } : {}),
				});
				reasons.set(dataId, list);
			}
		});
	}

	const wanted = new Set([...reasons.keys(), ...dossier.extraData]);
	const data: NeededData[] = [];
	for (const id of wanted) {
		const item = dataById.get(id);
		if (!item) {
			findings.push({
				kind: 'donnee-inconnue',
				severity: 'erreur',
				title: `Donnée inconnue : ${id}`,
				message: `La donnée « ${id} » n’existe pas dans le catalogue de l’API Particulier tel que nous le connaissons : retirez-la.`,
				dataId: id,
			});
			continue;
		}
		data.push({
			id,
			label: item.label,
			api: item.api,
			providers: item.providers,
			scopes: item.scopes.map((scope) => scope.name),
			franceConnect: item.franceConnect,
			identityPivot: item.identityPivot,
			identification: item.identification,
			specialCategory: item.specialCategory,
			apiClass: item.apiClass,
			notCovered: item.notCovered,
			reasons: reasons.get(id) ?? [],
		});
	}
	data.sort(
		(a, b) =>
			(dataById.get(a.id)?.order ?? 0) - (dataById.get(b.id)?.order ?? 0) ||
			a.id.localeCompare(b.id),
	);

	const scopes = collectScopes(data, catalogue);
	const apis = (['api-particulier', 'api-impot-particulier'] as const).filter((api) =>
		data.some((item) => item.api === api),
	);
	findings.push(...dataFindings(data), ...manualFindings(manualConditions));

	return {
		data,
		scopes,
		apis,
		// Findings are shown to people as they are: French typography (narrow spaces before : ; ? !).
		findings: sortFindings(findings).map((f) => ({
			...f,
			title: frenchTypography(f.title),
			message: frenchTypography(f.message),
		})),
		manualConditions,
		matrix: {
			aids: aids.map((aid) => ({ id: aid.id, label: aid.label })),
			rows: data.map((item) => ({
				dataId: item.id,
				label: item.label,
				apiClass: item.apiClass,
				cells: aids.map((aid) =>
					item.reasons
						.filter((reason) => reason.aidId === aid.id)
						.map((reason) => reason.conditionText),
				),
				overCollected: item.reasons.length === 0,
			})),
		},
	};
}

/** Merges the scopes of the needed data, keeping DataPass's label and every reason once. */
function collectScopes(data: NeededData[], catalogue: MinimiseCatalogue): NeededScope[] {
	const labels = new Map(
		catalogue.data
			.flatMap((item) => item.scopes.map((scope) => [scope.name, scope.label] as const))
			.filter(([, label]) => label !== undefined),
	);
	const scopes = new Map<string, NeededScope>();
	for (const item of data) {
		for (const name of item.scopes) {
			const scope = scopes.get(name) ?? {
				name,
				label: labels.get(name),
				api: item.api,
				dataIds: [],
				reasons: [],
			};
			scope.dataIds.push(item.id);
			for (const reason of item.reasons)
				if (!scope.reasons.includes(reason.text)) scope.reasons.push(reason.text);
			scopes.set(name, scope);
		}
	}
	// API Particulier first (the main request), then the DGFiP's; by name within an API.
	const apiRank = (api: NeededScope['api']) => (api === 'api-particulier' ? 0 : 1);
	return [...scopes.values()].sort(
		(a, b) => apiRank(a.api) - apiRank(b.api) || a.name.localeCompare(b.name),
	);
}
