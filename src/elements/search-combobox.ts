/**
 * The header search as a WAI-ARIA combobox: suggestions as you type, Arrow keys to move, Enter to
 * open, Escape to close. Loaded on first focus; key handling lives in src/lib/search/combobox.ts.
 */
import {
	closed,
	comboboxKey,
	countMessage,
	fillTemplate,
	withResults,
	type ComboboxState,
} from '../lib/search/combobox';
import type { Search } from '../lib/search/engine';
import { kindLabels, type SearchHit } from '../lib/search/kinds';
import { loadSearch } from './search-engine';

/** Most suggestions shown in the list (the last option leads to every result). */
const MAX_SUGGESTIONS = 8;

function span(className: string, text: string): HTMLSpanElement {
	const element = document.createElement('span');
	element.className = className;
	element.textContent = text;
	return element;
}

/** Makes the search box inside `root` a combobox over the index named by `root.dataset.index`. */
export function enhance(root: HTMLElement, input: HTMLInputElement, list: HTMLElement): void {
	const status = root.querySelector('[role="status"]');
	const text = (name: string) => root.dataset[name] ?? '';
	let search: Search | undefined;
	let failed = false;
	let state: ComboboxState = withResults(0);
	let urls: string[] = [];
	let announceTimer: ReturnType<typeof setTimeout> | undefined;

	// Announced after a pause, so a screen reader is not interrupted at every letter.
	const announce = (message: string) => {
		clearTimeout(announceTimer);
		announceTimer = setTimeout(() => {
			if (status) status.textContent = message;
		}, 400);
	};

	const show = () => {
		list.hidden = !state.open;
		input.setAttribute('aria-expanded', String(state.open));
		const options = [...list.children];
		options.forEach((option, index) =>
			option.setAttribute('aria-selected', String(index === state.active)),
		);
		const active = state.open ? options[state.active] : undefined;
		if (active) {
			input.setAttribute('aria-activedescendant', active.id);
			active.scrollIntoView({ block: 'nearest' });
		} else {
			input.removeAttribute('aria-activedescendant');
		}
	};

	const follow = (index: number) => {
		const url = urls[index];
		if (url) window.location.assign(url);
	};

	const option = (index: number, className: string, parts: Node[], url: string) => {
		const element = document.createElement('li');
		element.id = `${list.id}-${index}`;
		element.className = className;
		element.setAttribute('role', 'option');
		element.setAttribute('aria-selected', 'false');
		element.append(...parts);
		// Keep focus in the field when the pointer picks an option.
		element.addEventListener('mousedown', (event) => event.preventDefault());
		element.addEventListener('click', () => follow(index));
		urls[index] = url;
		return element;
	};

	const update = () => {
		const query = input.value.trim();
		if (!search) {
			if (query) announce(failed ? text('error') : text('loading'));
			return;
		}
		const hits: SearchHit[] = query ? search(query, MAX_SUGGESTIONS) : [];
		urls = [];
		const options = hits.map((hit, index) =>
			option(
				index,
				'hc-search__option',
				[
					span('hc-search__kind', kindLabels[hit.kind].one),
					span('hc-search__title', hit.title),
					span('hc-search__context', hit.context),
				],
				hit.url,
			),
		);
		if (hits.length > 0) {
			options.push(
				option(
					hits.length,
					'hc-search__option',
					[span('hc-search__title', fillTemplate(text('seeAll'), { query }))],
					`/recherche/?q=${encodeURIComponent(query)}`,
				),
			);
		}
		list.replaceChildren(...options);
		state = withResults(options.length);
		show();
		announce(
			query
				? countMessage(hits.length, query, {
						none: text('none'),
						one: text('one'),
						many: text('many'),
					})
				: '',
		);
	};

	input.addEventListener('input', update);
	input.addEventListener('focus', () => {
		state = withResults(state.count);
		show();
	});
	input.addEventListener('keydown', (event) => {
		const step = comboboxKey(state, event.key, input.value !== '');
		if (step.handled) event.preventDefault();
		state = step.state;
		if (step.effect === 'clear') {
			input.value = '';
			update();
		} else {
			show();
		}
		if (step.effect === 'follow') follow(state.active);
	});
	root.addEventListener('focusout', (event) => {
		if (!(event.relatedTarget instanceof Node && root.contains(event.relatedTarget))) {
			state = closed(state);
			show();
		}
	});

	loadSearch(text('index'))
		.then((loaded) => {
			search = loaded;
			update();
		})
		.catch(() => {
			failed = true;
			if (input.value.trim()) announce(text('error'));
		});
}
