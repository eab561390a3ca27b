/**
 * Keyboard behaviour of the search combobox (WAI-ARIA « combobox with listbox popup »), as pure
 * state transitions so it is unit-tested without a browser. The custom element only applies them.
 */

/** What the listbox shows: whether it is open, how many options, which one is active (-1: none). */
export interface ComboboxState {
	/** The listbox is visible. */
	open: boolean;
	/** Number of options. */
	count: number;
	/** Index of the active option, -1 when focus stays on the text. */
	active: number;
}

/** What the element must do after a key: nothing more, open the active option, or clear the field. */
export type ComboboxEffect = 'none' | 'follow' | 'clear';

/** The result of a key press: the new state, the effect, and whether the browser's default is prevented. */
export interface ComboboxStep {
	/** New state. */
	state: ComboboxState;
	/** Effect to apply. */
	effect: ComboboxEffect;
	/** True when the key was handled and its default action must be prevented. */
	handled: boolean;
}

/** State after new results: open when there is something to show, no option active. */
export function withResults(count: number): ComboboxState {
	return { open: count > 0, count, active: -1 };
}

/** The closed state, keeping the options for a later Arrow Down. */
export function closed(state: ComboboxState): ComboboxState {
	return { ...state, open: false, active: -1 };
}

/**
 * Applies one key: Arrow Down and Arrow Up move through the options (wrapping, and opening the list
 * when closed), Enter follows the active option (or lets the form submit), Escape closes the list
 * then clears the field, Tab closes it. Other keys are left to the text field.
 */
export function comboboxKey(state: ComboboxState, key: string, hasText: boolean): ComboboxStep {
	const step = (next: ComboboxState, effect: ComboboxEffect = 'none', handled = true) => ({
		state: next,
		effect,
		handled,
	});
	switch (key) {
		case 'ArrowDown':
			if (state.count === 0) return step(state, 'none', false);
			if (!state.open) return step({ ...state, open: true, active: 0 });
			return step({ ...state, active: (state.active + 1) % state.count });
		case 'ArrowUp':
			if (state.count === 0) return step(state, 'none', false);
			if (!state.open) return step({ ...state, open: true, active: state.count - 1 });
			return step({ ...state, active: state.active <= 0 ? state.count - 1 : state.active - 1 });
		case 'Enter':
			if (state.open && state.active >= 0) return step(state, 'follow');
			return step(state, 'none', false);
		case 'Escape':
			if (state.open) return step(closed(state));
			if (hasText) return step(withResults(0), 'clear');
			return step(state, 'none', false);
		case 'Tab':
			return step(closed(state), 'none', false);
		default:
			return step(state, 'none', false);
	}
}

/** Fills `{name}` placeholders of a French template passed from the page (unknown names are left as they are). */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match,
	);
}

/** The live-region message for a result count, from the page's templates for none, one and several. */
export function countMessage(
	count: number,
	query: string,
	templates: { none: string; one: string; many: string },
): string {
	const template = count === 0 ? templates.none : count === 1 ? templates.one : templates.many;
	return fillTemplate(template, { count, query });
}
