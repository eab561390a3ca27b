/**
 * How a condition, and the logic of an aid's conditions, read in documents: one wording for the
 * deliberation, the DataPass text, the matrix and the registre. « et » between the conditions and
 * groups, « ou » inside a group, « ne pas » for a negated condition, a range for an age, the
 * tranches of a scale.
 */
import type { Criterion } from '../schema/catalogue';
import type { DossierAid, DossierCondition } from '../schema/dossier';
import { formatNumberFr } from '../french';

/** The label of a condition: the criterion's label or the custom label. */
export function conditionLabel(
	condition: DossierCondition,
	criterion: Criterion | undefined,
): string {
	return criterion?.label ?? condition.label ?? 'Condition sans intitulé';
}

const lower = (text: string) => text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);

/** « 456 € », « 25 ans »: a value with the criterion's unit. */
function valueWithUnit(value: number, criterion: Criterion | undefined): string {
	const unit = criterion?.threshold?.unit ? `\u00a0${criterion.threshold.unit}` : '';
	return `${formatNumberFr(value)}${unit}`;
}

/** « de 18 à 25 ans », « 65 ans ou plus », « 25 ans au plus ». */
export function rangeText(
	range: NonNullable<DossierCondition['range']>,
	criterion: Criterion | undefined,
): string {
	const { min, max } = range;
	const unit = criterion?.threshold?.unit ? `\u00a0${criterion.threshold.unit}` : '';
	if (min !== undefined && max !== undefined)
		return `de ${formatNumberFr(min)} à ${formatNumberFr(max)}${unit}`;
	if (min !== undefined) return `${valueWithUnit(min, criterion)} ou plus`;
	return `${valueWithUnit(max ?? 0, criterion)} au plus`;
}

/** « tranche 1 (tarif A) : jusqu’à 400 € ; tranche 2 : de plus de 400 € à 800 € ; tranche 3 : plus de 800 € ». */
export function scaleText(
	scale: NonNullable<DossierCondition['scale']>,
	criterion: Criterion | undefined,
): string {
	let previous: number | undefined;
	return scale
		.map((tranche, index) => {
			const name = `tranche ${index + 1}${tranche.label ? ` (${tranche.label})` : ''}`;
			const bounds =
				tranche.max === undefined
					? `plus de ${valueWithUnit(previous ?? 0, criterion)}`
					: previous === undefined
						? `jusqu’à ${valueWithUnit(tranche.max, criterion)}`
						: `de plus de ${valueWithUnit(previous, criterion)} à ${valueWithUnit(tranche.max, criterion)}`;
			previous = tranche.max;
			return `${name} : ${bounds}`;
		})
		.join(' ; ');
}

/**
 * The condition as a sentence part: its label with its threshold, range or scale, and « ne pas »
 * when negated (« quotient familial inférieur ou égal à 456 € », « âge du demandeur : de 18 à 25 ans »,
 * « ne pas être bénéficiaire de la complémentaire santé solidaire (C2S) »).
 */
export function conditionText(
	condition: DossierCondition,
	criterion: Criterion | undefined,
): string {
	const label = conditionLabel(condition, criterion);
	let text = label;
	if (condition.range) text = `${label} : ${rangeText(condition.range, criterion)}`;
	else if (condition.scale)
		text = `${label}, selon le barème suivant : ${scaleText(condition.scale, criterion)}`;
	else if (criterion?.threshold && condition.threshold !== undefined)
		text = `${label} (${criterion.threshold.label} ${valueWithUnit(condition.threshold, criterion)})`;
	if (!condition.negated) return text;
	// « Bénéficiaire du RSA » → « ne pas être bénéficiaire du RSA »; other kinds read as a condition not met.
	return criterion?.kind === 'statut' ||
		(!criterion && /^(bénéficiaire|titulaire|inscrit)/i.test(label))
		? `ne pas être ${lower(text)}`
		: `ne pas remplir la condition « ${lower(text)} »`;
}

/** The conditions of an aid, grouped: the required ones, then each « ou » group in order. */
export function conditionGroups(aid: Pick<DossierAid, 'conditions'>): {
	required: number[];
	alternatives: number[][];
} {
	const required: number[] = [];
	const groups = new Map<number, number[]>();
	aid.conditions.forEach((condition, index) => {
		if (condition.group === undefined) required.push(index);
		else groups.set(condition.group, [...(groups.get(condition.group) ?? []), index]);
	});
	return {
		required,
		alternatives: [...groups.keys()].sort((a, b) => a - b).map((g) => groups.get(g) ?? []),
	};
}

/** The ids of the conditions that are one branch of an « ou » group. */
export function isAlternative(aid: Pick<DossierAid, 'conditions'>, index: number): boolean {
	return aid.conditions[index]?.group !== undefined;
}

const disjunction = new Intl.ListFormat('fr', { type: 'disjunction' });

/**
 * The logic of an aid's conditions in plain French, lower case, for a sentence: « résidence dans la
 * commune ; âge du demandeur : de 18 à 25 ans ; et au moins l’une des conditions suivantes :
 * demandeur d’emploi inscrit à France Travail ou bénéficiaire du RSA ».
 */
export function conditionsSentence(
	aid: Pick<DossierAid, 'conditions'>,
	criterionOf: (condition: DossierCondition) => Criterion | undefined,
): string {
	const text = (index: number) => {
		const condition = aid.conditions[index];
		return condition ? lower(conditionText(condition, criterionOf(condition))) : '';
	};
	const { required, alternatives } = conditionGroups(aid);
	const parts = [
		...required.map(text),
		...alternatives.map(
			(group) => `au moins l’une des conditions suivantes : ${disjunction.format(group.map(text))}`,
		),
	];
	if (parts.length <= 1) return parts[0] ?? '';
	const last = parts.at(-1) ?? '';
	return `${parts.slice(0, -1).join(' ; ')} ; et ${last}`;
}
