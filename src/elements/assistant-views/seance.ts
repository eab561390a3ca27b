/**
 * Step « Séance du conseil » (a form step): loaded when the step is shown, it keeps the board list
 * in step with the form: as many rows as members in office (empty rows only are removed), each row
 * numbered « Membre 3 sur 11 » with its error labels naming the member, the proxy holders and the
 * chair chosen among the members present, and the live counts (src/lib/wizard/seance-board.ts).
 */
import {
	memberRows,
	presentMembers,
	rowIsEmpty,
	rowsWanted,
	sittingCounts,
	splitCivility,
} from '../../lib/wizard/seance-board';
import { text } from '../../lib/wizard/values';
import type { FormValues } from '../../lib/wizard/types';
import { addRow, readForm, removeRow } from '../assistant-form';
import { all, slot } from '../dom';

/**
 * Adds rows up to the number in office, or removes empty rows above it (the last ones first):
 * to take a member off the list, the person empties the row and lowers the number.
 */
function syncRowCount(form: HTMLFormElement, list: HTMLElement): void {
	const wanted = rowsWanted(readForm(form));
	if (wanted === undefined) return;
	const rows = () => all<HTMLElement>(list, ':scope > [data-repeat-items] > [data-repeat-item]');
	while (rows().length < wanted) addRow(list);
	const keep = Math.max(wanted, Number(list.dataset['repeatMin'] ?? '0'));
	const values = readForm(form);
	for (const row of rows().reverse()) {
		if (rows().length <= keep) break;
		if (rowIsEmpty(values, row.dataset['repeatItem'] ?? '')) removeRow(row);
	}
}

/** « Membre 3 sur 11 » on each row, and error labels such as « Membre 3 (Jean Dupont) – Procuration ». */
function numberRows(form: HTMLFormElement, values: FormValues): void {
	const keys = memberRows(values);
	keys.forEach((key, index) => {
		const row = form.querySelector<HTMLElement>(`[data-repeat-item="${CSS.escape(key)}"]`);
		if (!row) return;
		const name = text(values, `members.${key}.name`).trim();
		const legend = `Membre ${index + 1} sur ${keys.length}`;
		const legendElement = row.querySelector('[data-member-legend]');
		if (legendElement && legendElement.textContent !== legend) legendElement.textContent = legend;
		const who = name ? `Membre ${index + 1} (${name})` : `Membre ${index + 1}`;
		for (const box of all<HTMLElement>(row, '[data-field]')) {
			box.dataset['fieldBase'] ??= box.dataset['fieldLabel'] ?? '';
			box.dataset['fieldLabel'] = `${who} – ${box.dataset['fieldBase']}`;
		}
	});
}

/** Fills the selects that choose among present members, keeping what was chosen. */
function fillPresentChoices(form: HTMLFormElement, values: FormValues): void {
	const present = presentMembers(values);
	for (const select of all<HTMLSelectElement>(form, 'select[data-options="present-members"]')) {
		const own = select.name.startsWith('members.')
			? text(values, select.name.replace(/\.proxyTo$/, '.name')).trim()
			: '';
		const names = present.filter((name) => name !== own);
		const current = select.value;
		// A choice no longer present stays listed, so nothing typed is lost; the rules then flag it.
		if (current && !names.includes(current)) names.push(current);
		const wanted = ['', ...names];
		const have = [...select.options].map((option) => option.value);
		if (have.join('\n') === wanted.join('\n')) continue;
		const placeholder = select.options[0]?.value === '' ? select.options[0] : undefined;
		select.replaceChildren(
			...(placeholder ? [placeholder] : []),
			...names.map((name) => new Option(name, name)),
		);
		select.value = current;
	}
}

/** A name typed with its civility (« Mme Jeanne Martin ») ticks the civility and keeps the name. */
function takeCivility(form: HTMLFormElement, input: HTMLInputElement): void {
	const { civility, name } = splitCivility(input.value);
	if (!civility) return;
	input.value = name;
	const row = input.name.replace(/\.name$/, '');
	for (const radio of form.querySelectorAll<HTMLInputElement>(
		`input[name="${CSS.escape(`${row}.civility`)}"]`,
	))
		radio.checked = radio.value === civility;
	input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Keeps the board list up to date now and after every change of the form. */
export function render(panel: HTMLElement): void {
	const form = panel.querySelector<HTMLFormElement>('form') ?? panel.closest('form');
	const output = slot(panel, 'sitting-counts');
	const list = panel.querySelector<HTMLElement>('[data-repeat][data-repeat-prefix="members."]');
	if (!form || !list) return;
	const update = (event?: Event) => {
		const target = event?.target;
		if (target instanceof HTMLInputElement && target.name === 'inOffice') syncRowCount(form, list);
		const values = readForm(form);
		numberRows(form, values);
		fillPresentChoices(form, values);
		const next = sittingCounts(readForm(form));
		if (output.textContent !== next) output.textContent = next;
	};
	update();
	if (panel.dataset['counting']) return;
	panel.dataset['counting'] = 'on';
	// Before the assistant's own handler (on an ancestor), so that it reads and saves the new rows.
	panel.addEventListener('input', update);
	panel.addEventListener('change', (event) => {
		const target = event.target;
		if (target instanceof HTMLInputElement && /^members\.[^.]+\.name$/.test(target.name))
			takeCivility(form, target);
		update(event);
	});
	// Rows added or removed: after the assistant's own click handler.
	panel.addEventListener('click', () => queueMicrotask(() => update()));
}
