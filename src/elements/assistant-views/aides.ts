/**
 * Step « Vos aides et leurs conditions » (a form step): loaded when the step is shown, it moves the
 * logic an older draft kept in `aid.K.logic` into the editor's fields, numbers the tranches of each
 * scale (each starts above the previous bound), and keeps each aid's sentence — the one the
 * deliberation will write — and each « ne pas » sentence up to date.
 */
import type { Criterion } from '../../lib/schema/catalogue';
import { aidsStep } from '../../lib/wizard/aids-step';
import { logicFields, migrateLogicValues, needsMigration } from '../../lib/wizard/aid-conditions';
import { negatedSentence, previewSentence } from '../../lib/wizard/aid-sentence';
import { formatNumberFr } from '../../lib/french';
import { number, rowKeys } from '../../lib/wizard/values';
import type { FormValues } from '../../lib/wizard/types';
import type { ViewContext } from '../assistant-view';
import { fillForm, readExpanded, readForm } from '../assistant-form';
import { all } from '../dom';

const setText = (element: Element, text: string) => {
	if (element.textContent !== text) element.textContent = text;
};

/** « Tranche 2 », « au-dessus de 400 € », and the summary labels of the row's fields. */
function numberTranches(form: HTMLFormElement, values: FormValues): void {
	for (const list of all<HTMLElement>(form, '[data-repeat][data-repeat-suffix=".max"]')) {
		const prefix = list.dataset['repeatPrefix'] ?? '';
		let previous: number | undefined;
		let open = false;
		all<HTMLElement>(list, ':scope > [data-repeat-items] > [data-repeat-item]').forEach(
			(row, index) => {
				open = true;
				const name = `Tranche ${index + 1}`;
				const nameSlot = row.querySelector('[data-tranche-name]');
				if (nameSlot) setText(nameSlot, name);
				const from = row.querySelector('[data-tranche-from]');
				if (from)
					setText(
						from,
						index === 0
							? 'À partir de 0 €'
							: previous === undefined
								? 'Au-dessus de la borne de la tranche précédente'
								: `Au-dessus de ${formatNumberFr(previous)}\u00a0€`,
					);
				for (const box of all<HTMLElement>(row, '[data-field]')) {
					box.dataset['fieldBase'] ??= box.dataset['fieldLabel'] ?? '';
					box.dataset['fieldLabel'] = `${box.dataset['fieldBase']} ${index + 1}`;
				}
				const max = number(values, `${prefix}${row.dataset['repeatItem'] ?? ''}.max`);
				previous = typeof max === 'number' ? max : undefined;
			},
		);
		const details = list.closest('details');
		if (details && open) details.open = true;
	}
}

/** The aids' sentences and the « ne pas » sentence of each condition. */
function showSentences(
	form: HTMLFormElement,
	values: FormValues,
	read: (values: FormValues) => unknown,
	criteria: ReadonlyMap<string, Criterion>,
): void {
	const { aids } = read(values) as {
		aids: { id: string; conditions: Record<string, unknown>[] }[];
	};
	for (const aid of aids) {
		const target = form.querySelector(`[data-aid-sentence="${CSS.escape(aid.id)}"]`);
		if (target)
			setText(
				target,
				previewSentence(aid.conditions, criteria) || 'Cochez au moins une condition.',
			);
		let custom = 0;
		const customKeys = rowKeys(values, `aid.${aid.id}.custom.`, '.label');
		for (const condition of aid.conditions) {
			const id = condition['criterionId'];
			const source =
				typeof id === 'string' ? { criterionId: id } : { custom: customKeys[custom++] ?? '' };
			const slot = form.querySelector(
				`[data-condition-sentence="${CSS.escape(logicFields(aid.id, source).negated)}"]`,
			);
			if (slot) setText(slot, negatedSentence(condition, criteria));
		}
	}
}

/** Migrates an older draft once, then keeps the tranches and the sentences up to date. */
export function render(panel: HTMLElement, { catalogue }: ViewContext): void {
	const form = panel.querySelector<HTMLFormElement>('form') ?? panel.closest('form');
	if (!form) return;
	const criteria = new Map(catalogue.criteria.map((criterion) => [criterion.id, criterion]));
	const step = aidsStep(catalogue);
	const before = readForm(form);
	if (needsMigration(before, criteria)) {
		fillForm(form, migrateLogicValues(before, criteria));
		// The assistant (on an ancestor) reads the form again and saves the migrated values.
		form.dispatchEvent(new Event('input', { bubbles: true }));
	}
	const update = () => {
		// This listener runs before the assistant's (an ancestor): build a just-ticked aid first.
		const values = readExpanded(form);
		numberTranches(form, values);
		showSentences(form, values, (v) => step.read(v), criteria);
	};
	update();
	if (panel.dataset['conditions']) return;
	panel.dataset['conditions'] = 'on';
	panel.addEventListener('input', update);
	// Rows added or removed: after the assistant's own click handler.
	panel.addEventListener('click', () => queueMicrotask(update));
}
