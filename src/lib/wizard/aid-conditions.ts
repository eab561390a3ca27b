/**
 * The logic of an aid's conditions in the « Aides » step: « ne pas », the « ou » group, the age
 * range and the QF scale, as form fields and back, the checks that name the exact field, and the
 * migration of drafts that kept this logic in the hidden JSON field `aid.K.logic`.
 *
 * Field names, for an aid K and a catalogue condition C: `aid.K.not.C` (checkbox « oui »),
 * `aid.K.group.C` ('' or the group number), `aid.K.range.C.min` and `.max`,
 * `aid.K.scale.C.<t>.max` and `.label` (one row per tranche). For a condition of the CCAS n:
 * `aid.K.custom.n.not` and `aid.K.custom.n.group`. What the editor cannot show (a range or a scale
 * on another condition, from an imported dossier) stays in `aid.K.logic`, so nothing is lost.
 */
import type { Criterion } from '../schema/catalogue';
import { QF_CRITERION_ID, type DossierCondition } from '../schema/dossier';
import { formatNumberFr } from '../french';
import type { FormValues } from './types';
import { list, number, numberText, rowKeys, text } from './values';

/** How many « ou » groups the form offers. */
export const GROUP_COUNT = 5;

/** What a condition may carry beyond its threshold. */
export type ConditionLogic = Pick<DossierCondition, 'range' | 'scale' | 'negated' | 'group'>;

/** Where a condition comes from in the form: a catalogue criterion or a row of the CCAS's own. */
export type ConditionSource = { criterionId: string } | { custom: string };

/** True when the editor shows an age range for this criterion (its unit is years). */
export const hasRange = (criterion: Pick<Criterion, 'threshold'> | undefined): boolean =>
	criterion?.threshold?.unit === 'ans';

/** True when the editor offers a scale of tranches for this criterion (the quotient familial). */
export const hasScale = (criterionId: string | undefined): boolean =>
	criterionId === QF_CRITERION_ID;

/** The key of a condition in `aid.K.logic`: the criterion id, or « custom.<n> ». */
export const logicKey = (source: ConditionSource): string =>
	'custom' in source ? `custom.${source.custom}` : source.criterionId;

/** The field names of a condition's logic (range and scale for a catalogue condition only). */
export interface LogicFields {
	negated: string;
	group: string;
	rangeMin?: string;
	rangeMax?: string;
	/** Prefix of the tranche rows (`<prefix><t>.max`, `<prefix><t>.label`). */
	scale?: string;
}

/** The field names of a condition's logic. */
export function logicFields(aidKey: string, source: ConditionSource): LogicFields {
	const at = (field: string) => `aid.${aidKey}.${field}`;
	if ('custom' in source) {
		const base = at(`custom.${source.custom}`);
		return { negated: `${base}.not`, group: `${base}.group` };
	}
	const id = source.criterionId;
	return {
		negated: at(`not.${id}`),
		group: at(`group.${id}`),
		rangeMin: at(`range.${id}.min`),
		rangeMax: at(`range.${id}.max`),
		scale: at(`scale.${id}.`),
	};
}

type Criteria = ReadonlyMap<string, Criterion>;

/** Which parts of a condition's logic the editor shows. */
function editable(source: ConditionSource, criteria: Criteria) {
	if ('custom' in source) return { range: false, scale: false };
	return {
		range: hasRange(criteria.get(source.criterionId)),
		scale: hasScale(source.criterionId),
	};
}

function parseLogic(raw: string): Record<string, ConditionLogic> {
	if (raw === '') return {};
	try {
		const parsed: unknown = JSON.parse(raw);
		return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
			? (parsed as Record<string, ConditionLogic>)
			: {};
	} catch {
		return {};
	}
}

/** Writes a condition's logic into its fields; returns what the editor cannot show (or undefined). */
export function writeLogic(
	values: FormValues,
	aidKey: string,
	source: ConditionSource,
	logic: ConditionLogic,
	criteria: Criteria,
): ConditionLogic | undefined {
	const names = logicFields(aidKey, source);
	const shows = editable(source, criteria);
	values[names.negated] = logic.negated ? ['oui'] : [];
	values[names.group] = logic.group === undefined ? '' : String(logic.group);
	const rest: ConditionLogic = {};
	const { rangeMin, rangeMax, scale } = names;
	if (logic.range && shows.range && rangeMin && rangeMax) {
		values[rangeMin] = numberText(logic.range.min);
		values[rangeMax] = numberText(logic.range.max);
	} else if (logic.range) rest.range = logic.range;
	if (logic.scale && shows.scale && scale) {
		logic.scale.forEach((tranche, t) => {
			values[`${scale}${t}.max`] = numberText(tranche.max);
			values[`${scale}${t}.label`] = tranche.label ?? '';
		});
	} else if (logic.scale) rest.scale = logic.scale;
	return Object.keys(rest).length > 0 ? rest : undefined;
}

/**
 * A condition's logic as the fields give it (numbers typed the French way; text left as it is for
 * the schema to refuse), merged over what `aid.K.logic` keeps of it.
 */
export function readLogic(
	values: FormValues,
	aidKey: string,
	source: ConditionSource,
	criteria: Criteria,
): Record<string, unknown> {
	const names = logicFields(aidKey, source);
	const shows = editable(source, criteria);
	const kept = parseLogic(text(values, `aid.${aidKey}.logic`))[logicKey(source)] ?? {};
	const out: Record<string, unknown> = {};
	if (kept.range && !shows.range) out['range'] = kept.range;
	if (kept.scale && !shows.scale) out['scale'] = kept.scale;
	if (list(values, names.negated).includes('oui')) out['negated'] = true;
	const group = number(values, names.group);
	if (group !== undefined) out['group'] = group;
	const { rangeMin, rangeMax, scale } = names;
	if (shows.range && rangeMin && rangeMax) {
		const min = number(values, rangeMin);
		const max = number(values, rangeMax);
		if (min !== undefined || max !== undefined)
			out['range'] = { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
	}
	if (shows.scale && scale) {
		const tranches = rowKeys(values, scale, '.max').map((t) => {
			const max = number(values, `${scale}${t}.max`);
			const label = text(values, `${scale}${t}.label`).trim();
			return { ...(max !== undefined && { max }), ...(label !== '' && { label }) };
		});
		if (tranches.some((tranche) => Object.keys(tranche).length > 0)) out['scale'] = tranches;
	}
	return out;
}

/**
 * An older draft's values with the logic of `aid.K.logic` moved into the editor's fields (those
 * still empty), keeping in `aid.K.logic` only what the editor cannot show. Values without it are
 * returned as they are.
 */
export function migrateLogicValues(values: FormValues, criteria: Criteria): FormValues {
	const out: FormValues = { ...values };
	for (const name of Object.keys(values)) {
		const match = /^aid\.([^.]+)\.logic$/.exec(name);
		if (!match?.[1]) continue;
		const aidKey = match[1];
		const logic = parseLogic(text(values, name));
		const kept: Record<string, ConditionLogic> = {};
		for (const [key, entry] of Object.entries(logic)) {
			const custom = /^custom\.([^.]+)$/.exec(key)?.[1];
			const source: ConditionSource = custom ? { custom } : { criterionId: key };
			const fresh: FormValues = {};
			const rest = writeLogic(fresh, aidKey, source, entry, criteria);
			// Fields the person already filled win over the older copy.
			for (const [field, value] of Object.entries(fresh)) {
				const current = out[field];
				const empty =
					current === undefined || current === '' || (Array.isArray(current) && !current.length);
				if (empty) out[field] = value;
			}
			if (rest) kept[key] = rest;
		}
		out[name] = Object.keys(kept).length > 0 ? JSON.stringify(kept) : '';
	}
	return out;
}

/** True when the values still hold logic in `aid.K.logic` that the editor can show. */
export function needsMigration(values: FormValues, criteria: Criteria): boolean {
	const migrated = migrateLogicValues(values, criteria);
	return Object.keys(values).some(
		(name) => name.endsWith('.logic') && text(values, name) !== text(migrated, name),
	);
}

/** One problem found on a condition's logic: its path within the aid, and the French message. */
export interface LogicProblem {
	path: (string | number)[];
	message: string;
}

const euros = (value: number) => `${formatNumberFr(value)}\u00a0€`;

/**
 * Checks that name the exact field, run before the Dossier's schema: whole years for an age, a
 * maximum not below the minimum, tranches each with its upper bound except the last, in increasing
 * order, a scale not negated, and no « ou » group of one condition.
 */
export function logicProblems(conditions: readonly Record<string, unknown>[]): LogicProblem[] {
	const problems: LogicProblem[] = [];
	const isNumber = (value: unknown): value is number => typeof value === 'number';
	conditions.forEach((condition, j) => {
		const range = condition['range'] as { min?: unknown; max?: unknown } | undefined;
		if (range) {
			for (const end of ['min', 'max'] as const) {
				const value = range[end];
				if (isNumber(value) && !Number.isInteger(value))
					problems.push({
						path: [j, 'range', end],
						message: `L’âge ${end === 'min' ? 'minimum' : 'maximum'} s’écrit en années entières (par exemple 18).`,
					});
			}
			if (isNumber(range.min) && isNumber(range.max) && range.min > range.max)
				problems.push({
					path: [j, 'range', 'max'],
					message: `L’âge maximum (${formatNumberFr(range.max)} ans) est inférieur à l’âge minimum (${formatNumberFr(range.min)} ans) : corrigez l’un des deux.`,
				});
		}
		const scale = condition['scale'] as { max?: unknown }[] | undefined;
		if (scale) {
			if (scale.length < 2)
				problems.push({
					path: [j, 'scale'],
					message:
						'Un barème compte au moins deux tranches : ajoutez une tranche, ou retirez celle-ci et gardez un seuil unique.',
				});
			if (condition['negated'] === true)
				problems.push({
					path: [j, 'negated'],
					message: 'Un barème ne s’inverse pas : décochez « ne pas » ou retirez le barème.',
				});
			let previous: number | undefined;
			scale.forEach((tranche, t) => {
				const last = t === scale.length - 1;
				if (tranche.max === undefined && !last)
					problems.push({
						path: [j, 'scale', t, 'max'],
						message: `Indiquez la borne haute de la tranche ${t + 1} : seule la dernière tranche reste ouverte.`,
					});
				if (isNumber(tranche.max)) {
					if (previous !== undefined && tranche.max <= previous)
						problems.push({
							path: [j, 'scale', t, 'max'],
							message: `La borne de la tranche ${t + 1} (${euros(tranche.max)}) doit dépasser celle de la tranche ${t} (${euros(previous)}) : les tranches vont en croissant.`,
						});
					previous = tranche.max;
				}
			});
		}
	});
	const groups = new Map<unknown, number[]>();
	conditions.forEach((condition, j) => {
		const group = condition['group'];
		if (group !== undefined) groups.set(group, [...(groups.get(group) ?? []), j]);
	});
	for (const [group, members] of groups)
		if (members.length === 1 && typeof group === 'number')
			problems.push({
				path: [members[0] ?? 0, 'group'],
				message: `Cette condition est seule dans le groupe « ou » n° ${group} : placez-y au moins une autre condition, ou choisissez « Condition exigée ».`,
			});
	return problems;
}

/**
 * The field a problem of a condition's logic belongs to (`rest` is the path after the condition's
 * index), or undefined when it is not about the logic the editor shows.
 */
export function logicFieldOf(
	values: FormValues,
	aidKey: string,
	source: ConditionSource,
	rest: readonly PropertyKey[],
): string | undefined {
	const names = logicFields(aidKey, source);
	const [head, index, leaf] = rest;
	if (head === 'negated') return names.negated;
	if (head === 'group') return names.group;
	const { rangeMin, rangeMax, scale } = names;
	if (head === 'range') return index === 'max' ? rangeMax : rangeMin;
	if (head !== 'scale' || !scale) return undefined;
	const row = typeof index === 'number' ? rowKeys(values, scale, '.max')[index] : undefined;
	if (row === undefined) return scale.slice(0, -1);
	return `${scale}${row}.${leaf === 'label' ? 'label' : 'max'}`;
}
