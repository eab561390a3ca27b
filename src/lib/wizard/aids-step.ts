/**
 * Step 2, « Vos aides et leurs conditions »: the aids (catalogue or the CCAS's own), their
 * conditions, who decides, the R123-21 delegation, and the data asked for beyond the conditions.
 *
 * Field names (within the step): `aids` (catalogue aids ticked), and per aid key K (a catalogue id
 * or the local id of an aid of the CCAS, « perso-… »): `aid.K.label`, `aid.K.nature` (own aids
 * only), `aid.K.criteria` (catalogue conditions ticked), `aid.K.threshold.<criterion>`,
 * `aid.K.custom.<n>.label` and `.proof` (conditions of the CCAS), `aid.K.decidedBy`,
 * `aid.K.delegation.to`, `aid.K.delegation.qfMax`; the logic of each condition (« ne pas », « ou »,
 * range, scale: `aid-conditions.ts`); and `extraData`.
 */
import { z } from '../schema/zod-fr';
import { slug } from '../schema/common';
import { dossierAid, type Dossier, type DossierAid } from '../schema/dossier';
import { stepTitle } from '../steps';
import type { FormStep, FormValues, IssuePath, WizardCatalogue } from './types';
import { list, number, numberText, optionalText, rowKeys, text } from './values';
import {
	hasRange,
	logicFieldOf,
	logicKey,
	logicProblems,
	migrateLogicValues,
	readLogic,
	writeLogic,
	type ConditionLogic,
	type ConditionSource,
} from './aid-conditions';

/** Prefix of the local ids given to the CCAS's own aids. */
export const OWN_AID_PREFIX = 'perso-';

/** The checks of `logicProblems` on an aid, before its schema (which then does not run). */
const aidLogicChecked = z.unknown().check(
	z.superRefine((aid, ctx) => {
		const conditions = (aid as { conditions?: unknown } | null)?.conditions;
		if (!Array.isArray(conditions)) return;
		for (const problem of logicProblems(conditions as Record<string, unknown>[]))
			ctx.addIssue({
				code: 'custom',
				path: ['conditions', ...problem.path],
				message: problem.message,
			});
	}),
);

/** The section of step 2: the aids and the extra data (both live at the top of the Dossier). */
export const aidsSection = z.object({
	/** Aids the CCAS delivers, at least one (the request exists for them). */
	aids: z
		.array(z.pipe(aidLogicChecked, dossierAid))
		.check(
			z.minLength(1, { message: 'Choisissez au moins une aide.' }),
			z.maxLength(40, { message: '40 aides au plus.' }),
		),
	/** Data asked for beyond the conditions (each is flagged as over-collection). */
	extraData: z.array(slug).check(z.maxLength(60)),
});

/** The section of step 2. */
export type AidsSection = z.infer<typeof aidsSection>;

interface Layout {
	aids: { key: string; fromCatalogue: boolean; conditions: ConditionSource[] }[];
}

/** The step, bound to the catalogue (labels and natures of the catalogue aids). */
export function aidsStep(catalogue: WizardCatalogue): FormStep<AidsSection> {
	const catalogueAids = new Map(catalogue.aids.map((aid) => [aid.id, aid]));
	const criteria = new Map(catalogue.criteria.map((criterion) => [criterion.id, criterion]));

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
						...readLogic(values, aid.key, source, criteria),
					};
				}
				const threshold = number(values, at(`threshold.${source.criterionId}`));
				return {
					criterionId: source.criterionId,
					...(threshold !== undefined && { threshold }),
					...readLogic(values, aid.key, source, criteria),
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
		const kept: Record<string, ConditionLogic> = {};
		let n = 0;
		for (const condition of aid.conditions) {
			const { range, scale, negated, group, threshold } = condition;
			const criterion = condition.criterionId ? criteria.get(condition.criterionId) : undefined;
			// An age written as a threshold (a minimum) is shown as the minimum of the range.
			const asRange = hasRange(criterion) && threshold !== undefined && !range && !scale;
			const logic: ConditionLogic = {
				...(range && { range }),
				...(asRange && { range: { min: threshold } }),
				...(scale && { scale }),
				...(negated !== undefined && { negated }),
				...(group !== undefined && { group }),
			};
			let source: ConditionSource;
			if (condition.criterionId) {
				source = { criterionId: condition.criterionId };
				if (threshold !== undefined && !asRange)
					values[at(`threshold.${condition.criterionId}`)] = numberText(threshold);
			} else {
				source = { custom: String(n++) };
				values[at(`custom.${source.custom}.label`)] = condition.label ?? '';
				values[at(`custom.${source.custom}.proof`)] = condition.proof ?? '';
			}
			const rest = writeLogic(values, aid.id, source, logic, criteria);
			if (rest) kept[logicKey(source)] = rest;
		}
		values[at('logic')] = Object.keys(kept).length > 0 ? JSON.stringify(kept) : '';
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
			const logic = logicFieldOf(values, aid.key, source, rest.slice(2));
			if (logic) return logic;
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
		title: stepTitle('aides'),
		kind: 'form',
		schema: aidsSection,
		read(raw) {
			// A draft saved before the editor keeps its logic in `aid.K.logic`: read it as the fields.
			const values = migrateLogicValues(raw, criteria);
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
		fieldOf(path: IssuePath, raw) {
			const values = migrateLogicValues(raw, criteria);
			const [head, index, ...rest] = path;
			if (head === 'extraData') return 'extraData';
			const aid = typeof index === 'number' ? layout(values).aids[index] : undefined;
			return aid ? aidField(values, aid, rest) : 'aids';
		},
	};
}
