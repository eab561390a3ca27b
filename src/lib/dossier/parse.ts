/**
 * Reading a Dossier from outside (an imported file, the saved draft, the CLI): JSON parsing,
 * migration of older versions, then validation. Never throws: returns the dossier or French problems.
 */
import { dossier, DOSSIER_SCHEMA_VERSION, type Dossier } from '../schema/dossier';
import { decodeText } from '../text-decoding';
import { fieldProblems, type FieldProblem } from '../zod-issues';
import { migrate } from './migrate';

/** Either a valid dossier or the list of problems (field path and French message). */
export type ParseResult =
	| { ok: true; dossier: Dossier; migratedFrom?: number; notes?: string[] }
	| { ok: false; problems: FieldProblem[] };

/**
 * The size budget of a dossier, as JSON: the example is 5 kB; above 200 kB a file is a mistake or
 * an attack, and generating its documents would keep the page busy for long (bench/hostile.ts
 * measures the pack of the largest dossier under this budget).
 */
export const MAX_DOSSIER_BYTES = 200_000;

const tooLarge: FieldProblem = {
	path: '',
	message: `Ce dossier est trop volumineux (${MAX_DOSSIER_BYTES / 1000} ko au plus) : ce n’est sans doute pas un export de ce site, ou ses textes sont bien trop longs.`,
};

/** Validates an already-parsed value as a Dossier, migrating an older version first. */
export function parseDossierValue(value: unknown): ParseResult {
	// The budget holds for every way in (a draft, the CLI), not only for a file.
	let size = 0;
	try {
		size = JSON.stringify(value)?.length ?? 0;
	} catch {
		// A cycle or a BigInt is no dossier: validation below says so with the field.
	}
	if (size > MAX_DOSSIER_BYTES) return { ok: false, problems: [tooLarge] };
	const migrated = migrate(value);
	if (!migrated.ok) return { ok: false, problems: migrated.problems };
	const result = dossier.safeParse(migrated.value);
	if (!result.success) return { ok: false, problems: fieldProblems(result.error) };
	return migrated.from === undefined
		? { ok: true, dossier: result.data }
		: { ok: true, dossier: result.data, migratedFrom: migrated.from, notes: migrated.notes };
}

/** Parses a file's bytes as a Dossier, decoded by the site's one rule (BOM, else strict UTF-8). */
export function parseDossierBytes(bytes: Uint8Array): ParseResult {
	if (bytes.length > MAX_DOSSIER_BYTES) return { ok: false, problems: [tooLarge] };
	const decoded = decodeText(bytes);
	if (!decoded.ok) return { ok: false, problems: [{ path: '', message: decoded.message }] };
	return parseDossierJson(decoded.text);
}

/** Parses JSON text as a Dossier (a leading byte order mark is ignored). */
export function parseDossierJson(text: string): ParseResult {
	if (text.length > MAX_DOSSIER_BYTES) return { ok: false, problems: [tooLarge] };
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return {
			ok: false,
			problems: [
				{
					path: '',
					message:
						'Ce fichier n’est pas un dossier JSON lisible : il est peut-être corrompu ou ce n’est pas un export de ce site.',
				},
			],
		};
	}
	return parseDossierValue(value);
}

/** Serialises a Dossier for export: stable key order, two-space indentation, final newline. */
export function serialiseDossier(value: Dossier): string {
	return `${JSON.stringify({ ...value, schemaVersion: DOSSIER_SCHEMA_VERSION }, null, 2)}\n`;
}
