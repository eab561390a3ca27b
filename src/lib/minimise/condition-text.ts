/** How a condition reads in documents: its label, or its threshold sentence with the value. */
import type { Criterion } from '../schema/catalogue';
import type { DossierCondition } from '../schema/dossier';
import { formatNumberFr } from '../french';

/** The label of a condition: the criterion's label or the custom label. */
export function conditionLabel(
	condition: DossierCondition,
	criterion: Criterion | undefined,
): string {
	return criterion?.label ?? condition.label ?? 'Condition sans intitulé';
}

/** The condition with its threshold when it has one: « quotient familial inférieur ou égal à 456 € ». */
export function conditionText(
	condition: DossierCondition,
	criterion: Criterion | undefined,
): string {
	const label = conditionLabel(condition, criterion);
	if (criterion?.threshold && condition.threshold !== undefined) {
		const unit = criterion.threshold.unit ? `\u00a0${criterion.threshold.unit}` : '';
		return `${label} (${criterion.threshold.label} ${formatNumberFr(condition.threshold)}${unit})`;
	}
	return label;
}
