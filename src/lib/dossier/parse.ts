/**
 * Reading a Dossier from outside (an imported file, the saved draft, the CLI): JSON parsing,
 * migration of older versions, then validation. Never throws: returns the dossier or French problems.
 */
import { dossier, DOSSIER_SCHEMA_VERSION, type Dossier } from '../schema/dossier';
import { fieldProblems, type FieldProblem } from '../zod-issues';
import { migrate } from './migrate';

/** Either a valid dossier or the list of problems (field path and French message). */
export type ParseResult =
	| { ok: true; dossier: Dossier; migratedFrom?: number; notes?: string[] }
	| { ok: false; problems: FieldProblem[] };

/** Largest file accepted: a dossier is a few kilobytes; a huge file is a mistake or an attack. */
export const MAX_DOSSIER_BYTES = 2_000_000;

/** Validates an already-parsed value as a Dossier, migrating an older version first. */
export function parseDossierValue(value: unknown): ParseResult {
	const migrated = migrate(value);
	if (!migrated.ok) return { ok: false, problems: migrated.problems };
	const result = dossier.safeParse(migrated.value);
	if (!result.success) return { ok: false, problems: fieldProblems(result.error) };
	return migrated.from === undefined
		? { ok: true, dossier: result.data }
		: { ok: true, dossier: result.data, migratedFrom: migrated.from, notes: migrated.notes };
}

/** Parses JSON text as a Dossier. */
export function parseDossierJson(text: string): ParseResult {
	if (text.length > MAX_DOSSIER_BYTES) {
		return {
			ok: false,
			problems: [
				{
					path: '',
					message: `Fichier trop volumineux pour un dossier (${MAX_DOSSIER_BYTES / 1_000_000} Mo au plus).`,
				},
			],
		};
	}
	let value: unknown;
	try {
		value = JSON.parse(text);
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
