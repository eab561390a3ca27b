/**
 * Migrations of older Dossier versions. Version 1 is the first published format; a future version
 * adds a step here (1 → 2 …). A version newer than this site, or an unknown one, is refused with a message.
 */
import { DOSSIER_SCHEMA_VERSION } from '../schema/dossier';
import type { FieldProblem } from '../zod-issues';

/** Migrated value, or why it cannot be migrated. */
export type MigrateResult =
	{ ok: true; value: unknown; from?: number } | { ok: false; problems: FieldProblem[] };

/** One migration step: from version `from` to `from + 1`. */
type Step = (value: Record<string, unknown>) => Record<string, unknown>;

/**
 * Steps by starting version. Version 0 was the unpublished draft format of the first prototype,
 * where extra data were called `requestedData`: kept so early exports still import.
 */
const steps: Record<number, Step> = {
	0: ({ requestedData, ...rest }) => ({
		...rest,
		extraData: Array.isArray(requestedData) ? requestedData : [],
		schemaVersion: 1,
	}),
};

/** Brings a parsed dossier to the current version. */
export function migrate(value: unknown): MigrateResult {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		return {
			ok: false,
			problems: [
				{ path: '', message: 'Le fichier ne contient pas un dossier (un objet JSON est attendu).' },
			],
		};
	}
	const record = value as Record<string, unknown>;
	const version = record['schemaVersion'];
	if (typeof version !== 'number' || !Number.isInteger(version)) {
		return {
			ok: false,
			problems: [
				{
					path: 'schemaVersion',
					message: 'Version du dossier absente : ce fichier n’a pas été exporté par ce site.',
				},
			],
		};
	}
	if (version > DOSSIER_SCHEMA_VERSION) {
		return {
			ok: false,
			problems: [
				{
					path: 'schemaVersion',
					message: `Ce dossier vient d’une version plus récente du site (version ${version}) : mettez à jour la page (Ctrl+F5) puis réessayez.`,
				},
			],
		};
	}
	let current: Record<string, unknown> = record;
	for (let v = version; v < DOSSIER_SCHEMA_VERSION; v++) {
		const step = steps[v];
		if (!step)
			return {
				ok: false,
				problems: [
					{
						path: 'schemaVersion',
						message: `Version de dossier ${version} inconnue : ce fichier ne peut pas être repris.`,
					},
				],
			};
		current = step(current);
	}
	return version === DOSSIER_SCHEMA_VERSION
		? { ok: true, value: current }
		: { ok: true, value: current, from: version };
}
