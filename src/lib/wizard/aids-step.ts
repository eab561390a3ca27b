/**
 * Step 2, « Vos aides et leurs conditions »: the aids (catalogue or the CCAS's own), their
 * conditions, who decides, the R123-21 delegation, and the data asked for beyond the conditions.
 *
 * Field names (within the step): `aids` (catalogue aids ticked), and per aid key K (a catalogue id
 * or the local id of an aid of the CCAS, « perso-… »): `aid.K.label`, `aid.K.nature` (own aids
 * only), `aid.K.criteria` (catalogue conditions ticked), `aid.K.threshold.<criterion>`,
 * `aid.K.custom.<n>.label` and `.proof` (conditions of the CCAS), `aid.K.decidedBy`,
 * `aid.K.delegation.to`, `aid.K.delegation.qfMax`; and `extraData`.
 */
import { z } from '../schema/zod-fr';
import { slug } from '../schema/common';
import {
	dossierAid,
	type Dossier,
	type DossierAid,
	type DossierCondition,
} from '../schema/dossier';
import type { FormStep, FormValues, IssuePath, WizardCatalogue } from './types';
import { list, number, numberText, optionalText, rowKeys, text } from './values';

/** Prefix of the local ids given to the CCAS's own aids. */
export const OWN_AID_PREFIX = 'perso-';

/** The section of step 2: the aids and the extra data (both live at the top of the Dossier). */
export const aidsSection = z.object({
	/** Aids the CCAS delivers, at least one (the request exists for them). */
	aids: z
		.array(dossierAid)
		.check(
			z.minLength(1, { message: 'Choisissez au moins une aide.' }),
			z.maxLength(40, { message: '40 aides au plus.' }),
		),
	/** Data asked for beyond the conditions (each is flagged as over-collection). */
	extraData: z.array(slug).check(z.maxLength(60)),
});

/** The section of step 2. */
export type AidsSection = z.infer<typeof aidsSection>;

/** Where each condition of an aid comes from in the form. */
type ConditionSource = { criterionId: string } | { custom: string };

/** The aids and conditions the values describe, in the order of the resulting section. */
/** What a condition may carry beyond its threshold (a range, a scale, « ne pas », an « ou » group). */
type ConditionLogic = Pick<DossierCondition, 'range' | 'scale' | 'negated' | 'group'>;

/**
 * The conditions' logic as the hidden field `aid.K.logic` keeps it (JSON, by criterion id or by
 * « custom.<n> »), so that a dossier imported with ranges, scales, negations or « ou » groups loses
 * none of them when the form is saved.
 */
function readLogic(values: FormValues, name: string): Record<string, ConditionLogic> {
	const raw = text(values, name);
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

function logicOf(condition: DossierCondition): ConditionLogic | undefined {
	const { range, scale, negated, group } = condition;
	const logic: ConditionLogic = {
		...(range && { range }),
		...(scale && { scale }),
		...(negated !== undefined && { negated }),
		...(group !== undefined && { group }),
	};
	return Object.keys(logic).length > 0 ? logic : undefined;
}

interface Layout {
	aids: { key: string; fromCatalogue: boolean; conditions: ConditionSource[] }[];
}

/** The step, bound to the catalogue (labels and natures of the catalogue aids). */
export function aidsStep(catalogue: WizardCatalogue): FormStep<AidsSection> {
	const catalogueAids = new Map(catalogue.aids.map((aid) => [aid.id, aid]));

	function layout(values: FormValues): Layout {
		const ticked = list(values, 'aids').filter((id) => catalogueAids.has(id));
		const own = rowKeys(values, 'aid.', '.nature').filter((key) => !ticked.includes(key));
		return {
			aids: [
				...ticked.map((key) => ({ key, fromCatalogue: true })),
				...own.map((key) => ({ key, fromCatalogue: false })),
			].map((aid) => ({
				...aid,
				conditions: [
					...list(values, `aid.${aid.key}.criteria`).map((criterionId) => ({ criterionId })),
					...rowKeys(values, `aid.${aid.key}.custom.`, '.label').map((custom) => ({ custom })),
				],
			})),
		};
	}

	function readAid(values: FormValues, aid: Layout['aids'][number]): unknown {
		const at = (field: string) => `aid.${aid.key}.${field}`;
		const to = text(values, at('delegation.to'));
		const qfMax = number(values, at('delegation.qfMax'));
		const directorSigns = list(values, at('delegation.directorSigns')).includes('oui');
		const logic = readLogic(values, at('logic'));
		const authority = text(values, at('authority'));
		return {
			id: aid.key,
			fromCatalogue: aid.fromCatalogue,
			label: text(values, at('label')),
			nature: aid.fromCatalogue
				? catalogueAids.get(aid.key)?.nature
				: text(values, at('nature')) || undefined,
			conditions: aid.conditions.map((source) => {
				if ('custom' in source) {
					const label = optionalText(values, at(`custom.${source.custom}.label`));
					const proof = optionalText(values, at(`custom.${source.custom}.proof`));
					return {
						...(label && { label }),
						...(proof && { proof }),
						...logic[`custom.${source.custom}`],
					};
				}
				const threshold = number(values, at(`threshold.${source.criterionId}`));
				return {
					criterionId: source.criterionId,
					...(threshold !== undefined && { threshold }),
					...logic[source.criterionId],
				};
			}),
			decidedBy: text(values, at('decidedBy')) || undefined,
			...(authority !== '' && { authority }),
			...((to !== '' || qfMax !== undefined) && {
				delegation: {
					to: to || undefined,
					...(qfMax !== undefined && { qfMax }),
					directorSigns,
				},
			}),
		};
	}

	function writeAid(values: FormValues, aid: DossierAid): void {
		const at = (field: string) => `aid.${aid.id}.${field}`;
		const own = !(aid.fromCatalogue && catalogueAids.has(aid.id));
		values[at('label')] = aid.label;
		if (own) values[at('nature')] = aid.nature;
		values[at('criteria')] = aid.conditions.flatMap((c) => (c.criterionId ? [c.criterionId] : []));
		for (const condition of aid.conditions)
			if (condition.criterionId && condition.threshold !== undefined)
				values[at(`threshold.${condition.criterionId}`)] = numberText(condition.threshold);
		const logic: Record<string, ConditionLogic> = {};
		for (const condition of aid.conditions) {
			const extra = logicOf(condition);
			if (condition.criterionId && extra) logic[condition.criterionId] = extra;
		}
		aid.conditions
			.filter((condition) => !condition.criterionId)
			.forEach((condition, n) => {
				values[at(`custom.${n}.label`)] = condition.label ?? '';
				values[at(`custom.${n}.proof`)] = condition.proof ?? '';
				const extra = logicOf(condition);
				if (extra) logic[`custom.${n}`] = extra;
			});
		values[at('logic')] = Object.keys(logic).length > 0 ? JSON.stringify(logic) : '';
		values[at('decidedBy')] = aid.decidedBy;
		values[at('authority')] = aid.authority ?? '';
		values[at('delegation.to')] = aid.delegation?.to ?? '';
		values[at('delegation.qfMax')] = numberText(aid.delegation?.qfMax);
		values[at('delegation.directorSigns')] = aid.delegation?.directorSigns ? ['oui'] : [];
	}

	function aidField(
		values: FormValues,
		aid: Layout['aids'][number],
		rest: readonly PropertyKey[],
	): string {
		const at = (field: string) => `aid.${aid.key}.${field}`;
		const [head, index, leaf] = rest;
		if (head === 'conditions') {
			const source = typeof index === 'number' ? aid.conditions[index] : undefined;
			if (!source) return at('criteria');
			if ('custom' in source)
				return at(`custom.${source.custom}.${leaf === 'proof' ? 'proof' : 'label'}`);
			return leaf === 'threshold' ? at(`threshold.${source.criterionId}`) : at('criteria');
		}
		if (head === 'delegation')
			return at(
				index === 'qfMax'
					? 'delegation.qfMax'
					: index === 'directorSigns'
						? 'delegation.directorSigns'
						: 'delegation.to',
			);
		if (head === 'authority') return at('authority');
		if (head === 'nature' && !aid.fromCatalogue) return at('nature');
		if (head === 'decidedBy') return at('decidedBy');
		return values[at('label')] === undefined ? 'aids' : at('label');
	}

	return {
		id: 'aides',
		title: 'Vos aides et leurs conditions',
		kind: 'form',
		schema: aidsSection,
		read(values) {
			return {
				aids: layout(values).aids.map((aid) => readAid(values, aid)),
				extraData: list(values, 'extraData'),
			};
		},
		write(section) {
			const values: FormValues = {
				aids: section.aids
					.filter((aid) => aid.fromCatalogue && catalogueAids.has(aid.id))
					.map((aid) => aid.id),
				extraData: [...section.extraData],
			};
			for (const aid of section.aids) writeAid(values, aid);
			return values;
		},
		pick: (dossier) =>
			dossier.aids ? { aids: dossier.aids, extraData: dossier.extraData } : undefined,
		put: (dossier: Dossier, section) => ({
			...dossier,
			aids: section.aids,
			extraData: section.extraData,
		}),
		own: (path) => (path[0] === 'aids' || path[0] === 'extraData' ? path : undefined),
		fieldOf(path: IssuePath, values) {
			const [head, index, ...rest] = path;
			if (head === 'extraData') return 'extraData';
			const aid = typeof index === 'number' ? layout(values).aids[index] : undefined;
			return aid ? aidField(values, aid, rest) : 'aids';
		},
	};
}
