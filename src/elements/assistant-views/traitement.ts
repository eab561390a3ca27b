/**
 * Step « Conservation, destinataires, information des usagers » (a form step): loaded when the step
 * is shown, it sets the hidden `asks.*` flags from the Dossier (which DPO questions its aids raise)
 * and writes the defaults the documents apply to an unanswered question. A changed flag goes through
 * the form's `input` event, so the assistant shows the fields, validates and saves as for a keystroke.
 */
import { protectionAsked } from '../../lib/wizard/protection-asks';
import { protectionAsks } from '../../lib/wizard/protection-fields';
import type { ViewContext } from '../assistant-view';
import { show } from '../dom';

/** Sets the step's flags and default texts. */
export function render(panel: HTMLElement, { dossier, catalogue }: ViewContext): void {
	const form = panel.querySelector<HTMLFormElement>('form[data-step-form]');
	if (!form) return;
	const asked = protectionAsked(dossier, catalogue);
	for (const text of form.querySelectorAll<HTMLElement>('[data-access-default]'))
		show(text, (text.dataset['accessDefault'] === 'editeur') === asked.software);
	let changed: HTMLInputElement | undefined;
	for (const ask of protectionAsks) {
		const flag = form.querySelector<HTMLInputElement>(`input[name="asks.${ask}"]`);
		const value = asked.asks[ask] ? 'oui' : '';
		if (!flag || flag.value === value) continue;
		flag.value = value;
		changed = flag;
	}
	changed?.dispatchEvent(new Event('input', { bubbles: true }));
}
