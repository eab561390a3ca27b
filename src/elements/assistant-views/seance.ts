/**
 * Step « Séance du conseil » (a form step): loaded when the step is shown, it installs the CASF rules
 * (checkSitting) in the step's validation and keeps the live counts of the members up to date.
 */
import { checkSitting } from '../../lib/sitting/check';
import { number, rowKeys, text } from '../../lib/wizard/values';
import type { SittingRules } from '../../lib/wizard/seance-step';
import type { FormValues } from '../../lib/wizard/types';
import { readForm } from '../assistant-form';
import { slot } from '../dom';

/** `sitting.members[3].proxyTo` → ['members', 3, 'proxyTo']. */
export function sittingPath(path: string): (string | number)[] {
	return path
		.replace(/^sitting\.?/, '')
		.split(/[.[\]]+/)
		.filter((part) => part !== '')
		.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

// What `useSittingRules` does, without importing the step's module (it lives in the page's chunk).
(globalThis as { hcSittingRules?: SittingRules }).hcSittingRules = (section) =>
	checkSitting(section).problems.map(({ path, message }) => ({ path: sittingPath(path), message }));

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
