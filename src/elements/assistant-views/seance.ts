/**
 * Step « Séance du conseil » (a form step): loaded when the step is shown, it keeps the live counts
 * of the members and the quorum up to date. The CASF rules themselves are part of the step's
 * validation (src/lib/wizard/seance-step.ts).
 */
import { number, rowKeys, text } from '../../lib/wizard/values';
import type { FormValues } from '../../lib/wizard/types';
import { readForm } from '../assistant-form';
import { slot } from '../dom';

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** « 5 présents, 1 représenté, 1 absent. Quorum requis : 4 présents sur 7 en exercice (atteint). » */
export function sittingCounts(values: FormValues): string {
	const attendance = rowKeys(values, 'members.', '.name').map((key) =>
		text(values, `members.${key}.attendance`),
	);
	const count = (state: string) => attendance.filter((a) => a === state).length;
	const present = count('présent');
	const inOffice = number(values, 'inOffice');
	const parts = [
		`${plural(present, 'présent')}, ${plural(count('représenté'), 'représenté')}, ${plural(count('absent'), 'absent')}.`,
	];
	if (typeof inOffice === 'number' && inOffice > 0) {
		const quorum = Math.floor(inOffice / 2) + 1;
		const reached = present >= quorum ? 'atteint' : 'non atteint';
		parts.push(
			`Quorum requis : ${plural(quorum, 'présent')} sur ${inOffice} en exercice (${reached}).`,
		);
	}
	return parts.join(' ');
}

/** Shows the counts now and after every change of the form. */
export function render(panel: HTMLElement): void {
	const form = panel.querySelector<HTMLFormElement>('form') ?? panel.closest('form');
	const output = slot(panel, 'sitting-counts');
	if (!form) return;
	const update = () => {
		const next = sittingCounts(readForm(form));
		if (output.textContent !== next) output.textContent = next;
	};
	update();
	if (panel.dataset['counting']) return;
	panel.dataset['counting'] = 'on';
	panel.addEventListener('input', update);
	panel.addEventListener('change', update);
	// Rows added or removed: after the assistant's own click handler.
	panel.addEventListener('click', () => queueMicrotask(update));
}
