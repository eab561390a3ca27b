/**
 * The wizard's forms in the DOM: reading raw values, refilling them (repeated rows included),
 * conditional fields, and field errors with the classes the markup names in `data-error-class`.
 * No logic about the Dossier here: that is src/lib/wizard.
 */
import type { FormValues } from '../lib/wizard/types';
import { number, rowKeys } from '../lib/wizard/values';
import { all, show, toggleIdRef } from './dom';

/** A named form control. */
export type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

function isControl(element: Element): element is Control {
	if (element instanceof HTMLInputElement)
		return element.name !== '' && !['file', 'button', 'submit', 'reset'].includes(element.type);
	return (
		(element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement) &&
		element.name !== ''
	);
}

/** The named controls of a form, in document order. */
export function controls(form: HTMLFormElement): Control[] {
	return [...form.elements].filter(isControl);
}

/** Raw values of a form: a string per field, a list per checkbox group (empty when none is ticked). */
export function readForm(form: HTMLFormElement): FormValues {
	const values: FormValues = {};
	for (const control of controls(form)) {
		if (control instanceof HTMLInputElement && control.type === 'checkbox') {
			const current = values[control.name];
			const checked = Array.isArray(current) ? current : [];
			if (control.checked) checked.push(control.value);
			values[control.name] = checked;
		} else if (control instanceof HTMLInputElement && control.type === 'radio') {
			if (control.checked || !(control.name in values))
				values[control.name] = control.checked ? control.value : '';
		} else {
			values[control.name] = control.value;
		}
	}
	return values;
}

/* ---- Sections built on demand ---- */

/*
 * A catalogue aid's details are some 650 elements, 400 of them the « ne pas », « ou », age and
 * tranche fields of its conditions: built for all eleven aids, they made the assistant a
 * 9 000-element page (1.2 MB of HTML to parse, axe 5 s a step). Each part waits in a
 * `<template data-lazy-if>` (an aid's inside its aid's) until its condition holds, a filled value
 * names its fields (`data-lazy-prefix`, space-separated) or would show in one of its controls, or,
 * marked `data-lazy-open`, the `<details>` around it opens; then it stays: unticking keeps what was
 * typed, as before. Building more than needed is harmless: the content is the eager markup.
 */

/** What a template's controls would show, nested templates included, read once per template. */
interface Shown {
	/** Boxes (checkbox, radio): the values each name would show ticked. */
	boxes: Map<string, Set<string>>;
	/** Other fields. */
	fields: Set<string>;
	/** The `data-lazy-prefix` of the template and of those inside it. */
	prefixes: string[];
}

const shownCache = new WeakMap<HTMLTemplateElement, Shown>();

function shownBy(template: HTMLTemplateElement): Shown {
	const cached = shownCache.get(template);
	if (cached) return cached;
	const shown: Shown = { boxes: new Map(), fields: new Set(), prefixes: [] };
	const visit = (element: HTMLTemplateElement) => {
		shown.prefixes.push(
			...(element.dataset['lazyPrefix'] ?? '').split(' ').filter((p) => p !== ''),
		);
		for (const control of element.content.querySelectorAll<Control>(
			'input[name], select[name], textarea[name]',
		)) {
			if (control instanceof HTMLInputElement && ['checkbox', 'radio'].includes(control.type)) {
				const values = shown.boxes.get(control.name) ?? new Set<string>();
				values.add(control.value);
				shown.boxes.set(control.name, values);
			} else shown.fields.add(control.name);
		}
		for (const nested of element.content.querySelectorAll('template')) visit(nested);
	};
	visit(template);
	shownCache.set(template, shown);
	return shown;
}

function wanted(template: HTMLTemplateElement, values: FormValues): boolean {
	const condition = template.dataset['lazyIf'] ?? '';
	if (condition !== '' && holds(condition, values)) return true;
	const { boxes, fields, prefixes } = shownBy(template);
	const filled = (value: FormValues[string] | undefined) =>
		Array.isArray(value) ? value.length > 0 : value !== undefined && value !== '';
	return Object.entries(values).some(([name, value]) => {
		if (!filled(value)) return false;
		if (prefixes.some((prefix) => name.startsWith(prefix)) || fields.has(name)) return true;
		const ticked = boxes.get(name);
		return (
			ticked !== undefined && (Array.isArray(value) ? value : [value]).some((v) => ticked.has(v))
		);
	});
}

/** Puts a template's content where the template was. */
function build(template: HTMLTemplateElement): void {
	template.replaceWith(document.importNode(template.content, true));
}

/** Builds the templates `values` call for, once (those inside them wait for the next call). */
function expandLazy(form: HTMLFormElement, values: FormValues): boolean {
	let expanded = false;
	for (const template of all<HTMLTemplateElement>(form, 'template[data-lazy-if]')) {
		if (!wanted(template, values)) continue;
		build(template);
		expanded = true;
	}
	return expanded;
}

/** Builds what waits for `details` to open (`template[data-lazy-open]` directly in it). */
export function buildOpened(details: HTMLDetailsElement): void {
	if (!details.open) return;
	for (const template of all<HTMLTemplateElement>(details, 'template[data-lazy-open]'))
		if (template.closest('details') === details) build(template);
}

/** Builds the sections the form's values call for, then reads the form (their defaults included). */
export function readExpanded(form: HTMLFormElement): FormValues {
	let values = readForm(form);
	// An aid just built holds its conditions' templates, and ticks its usual conditions: read
	// again, and build their fields too.
	while (expandLazy(form, values)) values = readForm(form);
	return values;
}

/* ---- Repeated rows ---- */

function items(container: HTMLElement): HTMLElement[] {
	const list = container.querySelector(':scope > [data-repeat-items]');
	return list ? all<HTMLElement>(list, ':scope > [data-repeat-item]') : [];
}

/** Replaces a placeholder in every attribute, nested templates included. */
function substitute(root: DocumentFragment | Element, placeholder: string, key: string): void {
	for (const element of root.querySelectorAll('*')) {
		for (const attribute of [...element.attributes])
			if (attribute.value.includes(placeholder))
				attribute.value = attribute.value.replaceAll(placeholder, key);
		if (element instanceof HTMLTemplateElement) substitute(element.content, placeholder, key);
	}
}

/** A key no row uses yet: 0, 1, 2… or, with a key prefix, perso-1, perso-2… */
function newKey(container: HTMLElement): string {
	const prefix = container.dataset['repeatKeyPrefix'] ?? '';
	const used = new Set(items(container).map((item) => item.dataset['repeatItem']));
	let n = prefix ? 1 : 0;
	while (used.has(`${prefix}${n}`)) n++;
	return `${prefix}${n}`;
}

/** Adds a row with `key` (a fresh one by default) and returns it. */
export function addRow(container: HTMLElement, key = newKey(container)): HTMLElement {
	const template = container.querySelector<HTMLTemplateElement>(
		':scope > template[data-repeat-template]',
	);
	const list = container.querySelector(':scope > [data-repeat-items]');
	if (!template || !list) throw new Error('Liste répétée incomplète');
	const fragment = document.importNode(template.content, true);
	substitute(fragment, container.dataset['repeatPlaceholder'] ?? '', key);
	const row = fragment.querySelector<HTMLElement>('[data-repeat-item]');
	list.append(fragment);
	if (!row) throw new Error('Ligne répétée sans data-repeat-item');
	return row;
}

/** Removes a row; a list that must keep rows gets a fresh empty one. */
export function removeRow(row: HTMLElement): void {
	const container = row.closest<HTMLElement>('[data-repeat]');
	row.remove();
	if (container) ensureMinimum(container);
}

function ensureMinimum(container: HTMLElement): void {
	const min = Number(container.dataset['repeatMin'] ?? '0');
	while (items(container).length < min) addRow(container);
}

/**
 * Makes every repeated list of `root` hold exactly the rows `values` name (nested lists too),
 * except the lists in `done`, which it fills as it goes.
 */
function syncRows(root: HTMLElement, values: FormValues, done = new Set<Element>()): void {
	let pending = true;
	while (pending) {
		pending = false;
		for (const container of all<HTMLElement>(root, '[data-repeat]')) {
			if (done.has(container)) continue;
			done.add(container);
			pending = true;
			const keys = rowKeys(
				values,
				container.dataset['repeatPrefix'] ?? '',
				container.dataset['repeatSuffix'] ?? '',
			);
			for (const row of items(container)) row.remove();
			for (const key of keys) addRow(container, key);
			ensureMinimum(container);
		}
	}
}

/* ---- Filling ---- */

function setControl(control: Control, value: string | string[] | undefined): void {
	if (
		control instanceof HTMLInputElement &&
		(control.type === 'checkbox' || control.type === 'radio')
	) {
		control.checked =
			value === undefined
				? control.defaultChecked
				: Array.isArray(value)
					? value.includes(control.value)
					: value === control.value;
	} else if (control instanceof HTMLSelectElement) {
		const wanted = Array.isArray(value) ? value[0] : value;
		// Options filled from other fields (the members present) may not exist yet: keep the value.
		if (
			wanted &&
			control.dataset['options'] &&
			![...control.options].some((option) => option.value === wanted)
		)
			control.append(new Option(wanted, wanted));
		if (wanted === undefined)
			for (const option of control.options) option.selected = option.defaultSelected;
		else control.value = wanted;
	} else {
		const wanted = Array.isArray(value) ? value.join('\n') : value;
		control.value = wanted ?? control.defaultValue;
	}
}

/** Refills a form: rows first, then every control (fields `values` does not name get their default). */
export function fillForm(form: HTMLFormElement, values: FormValues): void {
	// Sections built on demand and repeated rows hold each other (an aid of the CCAS holds its
	// conditions' fields, which hold the tranches of a scale): build, add rows, build in them…
	// Lists already filled are left alone, or the sections built inside their rows would be lost.
	const synced = new Set<Element>();
	do syncRows(form, values, synced);
	while (expandLazy(form, values));
	for (const control of controls(form)) setControl(control, values[control.name]);
	// A catalogue condition ticked beyond the usual ones must be visible.
	for (const details of all<HTMLDetailsElement>(form, 'details[data-open-if-checked]'))
		if (details.querySelector('input:checked')) details.open = true;
	updateVisibility(form);
}

/** Writes `values` into the fields that are still empty (none of a radio group checked); true when one changed. */
export function prefillForm(form: HTMLFormElement, values: FormValues): boolean {
	let changed = false;
	for (const [name, value] of Object.entries(values)) {
		if (value === '' || (Array.isArray(value) && value.length === 0)) continue;
		const named = controls(form).filter((control) => control.name === name);
		const isBox = (control: Control) =>
			control instanceof HTMLInputElement &&
			(control.type === 'radio' || control.type === 'checkbox');
		const empty = named.every((control) =>
			isBox(control) ? !(control as HTMLInputElement).checked : control.value === '',
		);
		if (named.length === 0 || !empty) continue;
		for (const control of named) setControl(control, value);
		changed = true;
	}
	if (changed) updateVisibility(form);
	return changed;
}

/* ---- Conditional fields ---- */

function holds(condition: string, values: FormValues): boolean {
	const above = /^(.+)>(\d+)$/.exec(condition);
	if (above) {
		const value = number(values, above[1] ?? '');
		return typeof value === 'number' && value > Number(above[2]);
	}
	const negated = condition.includes('!=');
	const [name = '', expected = ''] = condition.split(negated ? '!=' : '=');
	const value = values[name];
	const equal = Array.isArray(value) ? value.includes(expected) : value === expected;
	return negated ? !equal : equal;
}

/** Shows the fields whose `data-show-if` condition holds (and those marked to stay while filled). */
export function updateVisibility(form: HTMLFormElement, values = readForm(form)): void {
	for (const element of all<HTMLElement>(form, '[data-show-if]')) {
		const filled =
			element.hasAttribute('data-keep-if-filled') &&
			all<Control>(element, 'input, textarea').some((control) => control.value.trim() !== '');
		show(element, holds(element.dataset['showIf'] ?? '', values) || filled);
	}
}

/* ---- Errors ---- */

/** The element that holds a field (its label, controls and error text). */
export function fieldBox(form: HTMLFormElement, name: string): HTMLElement | null {
	return form.querySelector<HTMLElement>(`[data-field="${CSS.escape(name)}"]`);
}

/** Controls of a box, and those named like the field. */
function fieldControls(box: HTMLElement, name: string): { inside: Control[]; named: Control[] } {
	const inside = all<Element>(box, 'input, select, textarea').filter(isControl);
	return { inside, named: inside.filter((control) => control.name === name) };
}

/** The error text of a box (not one of a field nested in it). */
function errorText(box: HTMLElement): HTMLElement | undefined {
	return all<HTMLElement>(box, '[data-error]').find((p) => p.closest('[data-field]') === box);
}

let errorIds = 0;

/** Shows a message under a field, or clears it (message undefined). Returns false when the field has no box. */
export function setFieldError(form: HTMLFormElement, name: string, message?: string): boolean {
	const box = fieldBox(form, name);
	if (!box) return false;
	const text = errorText(box);
	const errorClass = box.dataset['errorClass'];
	if (errorClass) box.classList.toggle(errorClass, message !== undefined);
	if (text) {
		if (!text.id) text.id = `hc-error-${++errorIds}`;
		text.textContent = message ?? '';
		show(text, message !== undefined);
	}
	for (const control of fieldControls(box, name).named) {
		if (message === undefined) control.removeAttribute('aria-invalid');
		else control.setAttribute('aria-invalid', 'true');
		if (text) toggleIdRef(control, 'aria-describedby', text.id, message !== undefined);
	}
	return true;
}

/** The control to focus for a field (its first control, else its box). */
export function fieldTarget(form: HTMLFormElement, name: string): HTMLElement | undefined {
	const box = fieldBox(form, name);
	if (!box) return undefined;
	const { inside, named } = fieldControls(box, name);
	return named[0] ?? inside[0] ?? box;
}

/** The label of a field for the error summary. */
export function fieldLabel(form: HTMLFormElement, name: string): string | undefined {
	return fieldBox(form, name)?.dataset['fieldLabel'];
}
