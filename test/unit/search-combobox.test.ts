// The combobox's keyboard rules (WAI-ARIA combobox with a listbox popup), without a browser.
import { describe, expect, it } from 'vitest';
import {
	closed,
	comboboxKey,
	countMessage,
	fillTemplate,
	withResults,
} from '../../src/lib/search/combobox';

const open3 = { open: true, count: 3, active: -1 };

describe('comboboxKey', () => {
	it('moves down and up through the options, wrapping at both ends', () => {
		let state = open3;
		const actives: number[] = [];
		for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp']) {
			const step = comboboxKey(state, key, true);
			expect(step.handled).toBe(true);
			state = step.state;
			actives.push(state.active);
		}
		expect(actives).toEqual([0, 1, 2, 0, 2, 1]);
	});

	it('opens a closed list on Arrow Down (first option) or Arrow Up (last option)', () => {
		expect(comboboxKey(closed(open3), 'ArrowDown', true).state).toEqual({
			open: true,
			count: 3,
			active: 0,
		});
		expect(comboboxKey(closed(open3), 'ArrowUp', true).state.active).toBe(2);
	});

	it('leaves the arrows to the text field when there is nothing to show', () => {
		expect(comboboxKey(withResults(0), 'ArrowDown', true).handled).toBe(false);
	});

	it('follows the active option on Enter, and lets the form submit when none is active', () => {
		expect(comboboxKey({ ...open3, active: 1 }, 'Enter', true)).toMatchObject({
			effect: 'follow',
			handled: true,
		});
		expect(comboboxKey(open3, 'Enter', true)).toMatchObject({ effect: 'none', handled: false });
	});

	it('closes on Escape, then clears the field on a second Escape', () => {
		const first = comboboxKey({ ...open3, active: 2 }, 'Escape', true);
		expect(first).toMatchObject({ effect: 'none', handled: true });
		expect(first.state).toEqual({ open: false, count: 3, active: -1 });
		const second = comboboxKey(first.state, 'Escape', true);
		expect(second).toMatchObject({ effect: 'clear', handled: true });
		expect(comboboxKey(second.state, 'Escape', false).handled).toBe(false);
	});

	it('closes on Tab without keeping the key', () => {
		expect(comboboxKey({ ...open3, active: 0 }, 'Tab', true)).toMatchObject({
			state: { open: false, active: -1 },
			handled: false,
		});
	});

	it('ignores other keys', () => {
		expect(comboboxKey(open3, 'a', true)).toEqual({ state: open3, effect: 'none', handled: false });
	});
});

describe('messages', () => {
	it('fills templates and picks none, one or many', () => {
		const templates = {
			none: 'Aucun résultat pour « {query} »',
			one: '1 résultat',
			many: '{count} résultats',
		};
		expect(countMessage(0, 'msa', templates)).toBe('Aucun résultat pour « msa »');
		expect(countMessage(1, 'msa', templates)).toBe('1 résultat');
		expect(countMessage(5, 'msa', templates)).toBe('5 résultats');
		expect(fillTemplate('{a} {b}', { a: 1 })).toBe('1 {b}');
	});
});
