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
import { dossierAid, type Dossier, type DossierAid } from '../schema/dossier';
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
					return { ...(label && { label }), ...(proof && { proof }) };
				}
				const threshold = number(values, at(`threshold.${source.criterionId}`));
				return {
					criterionId: source.criterionId,
					...(threshold !== undefined && { threshold }),
				};
			}),
			decidedBy: text(values, at('decidedBy')) || undefined,
			...((to !== '' || qfMax !== undefined) && {
				delegation: { to: to || undefined, qfMax },
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
		aid.conditions
			.filter((condition) => !condition.criterionId)
			.forEach((condition, n) => {
				values[at(`custom.${n}.label`)] = condition.label ?? '';
				values[at(`custom.${n}.proof`)] = condition.proof ?? '';
			});
		values[at('decidedBy')] = aid.decidedBy;
		values[at('delegation.to')] = aid.delegation?.to ?? '';
		values[at('delegation.qfMax')] = numberText(aid.delegation?.qfMax);
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
		if (head === 'delegation') return at(index === 'qfMax' ? 'delegation.qfMax' : 'delegation.to');
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
