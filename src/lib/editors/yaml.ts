/**
 * A tiny, safe YAML emitter for the entry file the browser offers to download (the `yaml` package
 * stays a development dependency). Every string is written as a JSON string, which is valid YAML:
 * no value can turn into a tag, an anchor, a number or a second key, whatever the user typed.
 */

/** A value the emitter writes: JSON-like data. */
export type YamlValue =
	string | number | boolean | null | YamlValue[] | { [key: string]: YamlValue | undefined };

// Characters YAML does not allow raw in a double-quoted scalar, or that readers may mistake for a
// line end: DEL, C1 controls, line and paragraph separators, byte-order mark (JSON escapes C0 itself).
const UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;
// Lone surrogates cannot be written in a UTF-8 file: they become the replacement character.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A string as a double-quoted YAML scalar. */
export function yamlString(value: string): string {
	return JSON.stringify(value.replace(LONE_SURROGATE, '\ufffd')).replace(
		UNSAFE,
		(char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
}

function key(name: string): string {
	return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : yamlString(name);
}

function scalar(value: string | number | boolean | null): string {
	if (typeof value === 'string') return yamlString(value);
	if (typeof value === 'number') {
		if (!Number.isFinite(value))
			throw new RangeError(`Nombre non représentable en YAML : ${value}`);
		return Object.is(value, -0) ? '0' : String(value);
	}
	return String(value);
}

function isScalar(value: YamlValue): value is string | number | boolean | null {
	return value === null || typeof value !== 'object';
}

function lines(value: YamlValue, indent: string): string[] {
	if (isScalar(value)) return [`${indent}${scalar(value)}`];
	if (Array.isArray(value)) {
		if (value.length === 0) return [`${indent}[]`];
		return value.flatMap((item) => {
			if (isScalar(item) || (Array.isArray(item) ? item.length === 0 : isEmpty(item)))
				return [`${indent}- ${inline(item)}`];
			const [first = '', ...rest] = lines(item, `${indent}  `);
			return [`${indent}- ${first.slice(indent.length + 2)}`, ...rest];
		});
	}
	const entries = Object.entries(value).filter(
		(entry): entry is [string, YamlValue] => entry[1] !== undefined,
	);
	if (entries.length === 0) return [`${indent}{}`];
	return entries.flatMap(([name, item]) =>
		isScalar(item) || (Array.isArray(item) ? item.length === 0 : isEmpty(item))
			? [`${indent}${key(name)}: ${inline(item)}`]
			: [`${indent}${key(name)}:`, ...lines(item, `${indent}  `)],
	);
}

function isEmpty(value: YamlValue): boolean {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.values(value).every((item) => item === undefined)
	);
}

function inline(value: YamlValue): string {
	if (isScalar(value)) return scalar(value);
	return Array.isArray(value) ? '[]' : '{}';
}

/** Writes `value` as a YAML document (block style, two-space indent, every string double-quoted). */
export function toYaml(value: YamlValue): string {
	return `${lines(value, '').join('\n')}\n`;
}
