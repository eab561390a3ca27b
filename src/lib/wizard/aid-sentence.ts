/**
 * The live preview of the « Aides » step: each aid's conditions as the deliberation will write them
 * (`conditionsSentence`), from the form's values even while some are still being typed.
 */
import type { Criterion } from '../schema/catalogue';
import type { DossierAid, DossierCondition } from '../schema/dossier';
import { conditionsSentence, conditionText } from '../minimise/condition-text';

const isNumber = (value: unknown): value is number =>
	typeof value === 'number' && Number.isFinite(value);

/**
 * A condition read from the form, keeping only what already reads as a condition: numbers still
 * being typed (« 2 5 a ») and tranches without a number are left out rather than printed.
 */
export function previewCondition(raw: Record<string, unknown>): DossierCondition {
	const range = raw['range'] as { min?: unknown; max?: unknown } | undefined;
	const scale = raw['scale'] as { max?: unknown; label?: unknown }[] | undefined;
	const min = isNumber(range?.min) ? range.min : undefined;
	const max = isNumber(range?.max) ? range.max : undefined;
	const tranches = scale?.map((tranche) => ({
		...(isNumber(tranche.max) && { max: tranche.max }),
		...(typeof tranche.label === 'string' && { label: tranche.label }),
	}));
	return {
		...(typeof raw['criterionId'] === 'string' && { criterionId: raw['criterionId'] }),
		...(typeof raw['label'] === 'string' && { label: raw['label'] }),
		...(isNumber(raw['threshold']) && { threshold: raw['threshold'] }),
		...((min !== undefined || max !== undefined) && {
			range: { ...(min !== undefined && { min }), ...(max !== undefined && { max }) },
		}),
		...(tranches && tranches.length > 0 && { scale: tranches }),
		...(raw['negated'] === true && { negated: true }),
		...(isNumber(raw['group']) && { group: raw['group'] }),
	};
}

/** « Âge du demandeur : de 18 à 25 ans ; et au moins l’une des conditions suivantes : … ». */
export function previewSentence(
	conditions: readonly Record<string, unknown>[],
	criteria: ReadonlyMap<string, Criterion>,
): string {
	const aid: Pick<DossierAid, 'conditions'> = { conditions: conditions.map(previewCondition) };
	const sentence = conditionsSentence(aid, (c) =>
		c.criterionId ? criteria.get(c.criterionId) : undefined,
	);
	return sentence === ''
		? ''
		: `${sentence.charAt(0).toLocaleUpperCase('fr')}${sentence.slice(1)}.`;
}

/** What a condition reads once inverted: « ne pas être bénéficiaire du RSA ». */
export function negatedSentence(
	raw: Record<string, unknown>,
	criteria: ReadonlyMap<string, Criterion>,
): string {
	const condition = { ...previewCondition(raw), negated: true };
	const criterion = condition.criterionId ? criteria.get(condition.criterionId) : undefined;
	return conditionText(condition, criterion);
}
