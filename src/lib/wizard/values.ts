/** Reading raw form values: text, lists, numbers typed the French way, and repeated rows. */
import type { FormValues, IssuePath } from './types';

/** The text of a field ('' when absent; the first item of a list). */
export function text(values: FormValues, name: string): string {
	const value = values[name];
	return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

/** The text of a field, or undefined when it is empty (for optional fields). */
export function optionalText(values: FormValues, name: string): string | undefined {
	const value = text(values, name).trim();
	return value === '' ? undefined : value;
}

/** The checked values of a checkbox group (a lone string counts as one checked value). */
export function list(values: FormValues, name: string): string[] {
	const value = values[name];
	if (value === undefined) return [];
	return Array.isArray(value) ? value : value === '' ? [] : [value];
}

/**
 * A number typed the French way (« 1 200,50 », « 456 € »): undefined when empty, the number when it
 * reads as one, otherwise the raw text so that the schema reports « doit être un nombre ».
 */
export function number(values: FormValues, name: string): number | string | undefined {
	const raw = text(values, name).trim();
	if (raw === '') return undefined;
	const compact = raw
		.replace(/[\s\u00a0\u202f]/g, '')
		.replace(/€$/, '')
		.replace(',', '.');
	const value = compact === '' ? Number.NaN : Number(compact);
	return Number.isFinite(value) ? value : raw;
}

/** Writes a number back as the person would type it (no thousands separator, decimal comma). */
export function numberText(value: number | undefined): string {
	return value === undefined ? '' : String(value).replace('.', ',');
}

/**
 * Keys of repeated rows, in the order their fields appear: `rowKeys(values, 'agents.', '.role')`
 * gives ['0', '2'] for fields `agents.0.role` and `agents.2.role`.
 */
export function rowKeys(values: FormValues, prefix: string, suffix: string): string[] {
	const keys: string[] = [];
	for (const name of Object.keys(values)) {
		if (!name.startsWith(prefix) || !name.endsWith(suffix)) continue;
		const key = name.slice(prefix.length, name.length - suffix.length);
		if (key !== '' && !key.includes('.') && !keys.includes(key)) keys.push(key);
	}
	return keys;
}

/** A zod path as the dotted field name the forms use (`address.postcode`, `agents.0.role`). */
export function dottedName(path: IssuePath): string {
	return path.map(String).join('.');
}
