/**
 * Migrations of older Dossier versions. Version 1 is the first published format; a future version
 * adds a step here (1 → 2 …). A version newer than this site, or an unknown one, is refused with a message.
 */
import { DOSSIER_SCHEMA_VERSION } from '../schema/dossier';
import type { FieldProblem } from '../zod-issues';

/** Migrated value, or why it cannot be migrated; `notes` say in French what the user must now check. */
export type MigrateResult =
	| { ok: true; value: unknown; from?: number; notes: string[] }
	| { ok: false; problems: FieldProblem[] };

/** One migration step: from version `from` to `from + 1`; it adds a note for each change to review. */
type Step = (value: Record<string, unknown>, notes: string[]) => Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Id of the age criterion, whose threshold of version 1 was a minimum age. */
const AGE_CRITERION = 'age-demandeur';

/**
 * Version 1 → 2 (CCAS law after loi 3DS and décret n° 2023-632): a social worker can no longer be
 * named as the one who decides, a delegation goes to the president (who may let the director sign),
 * a legal aid has no delegation, and an age threshold becomes the minimum of a range.
 */
function toVersion2(value: Record<string, unknown>, notes: string[]): Record<string, unknown> {
	const aids = Array.isArray(value['aids']) ? value['aids'] : undefined;
	const migrated = aids?.map((raw: unknown) => {
		if (!isRecord(raw)) return raw;
		const aid: Record<string, unknown> = { ...raw };
		const label = typeof aid['label'] === 'string' ? aid['label'] : 'sans nom';
		if (aid['nature'] === 'légale') {
			if (aid['delegation'] !== undefined) {
				delete aid['delegation'];
				notes.push(
					`Aide « ${label} » : une aide sociale légale est instruite et transmise à l’autorité qui décide ; sa délégation a été retirée. Vérifiez l’autorité compétente à l’étape « Vos aides et leurs conditions ».`,
				);
			}
		} else {
			if (aid['decidedBy'] === 'travailleur-social') {
				aid['decidedBy'] = 'conseil';
				notes.push(
					`Aide « ${label} » : un travailleur social ne peut pas décider seul ; la décision revient au conseil d’administration, qui peut la déléguer au président. Vérifiez ce choix à l’étape « Vos aides et leurs conditions ».`,
				);
			}
			const delegation = aid['delegation'];
			if (
				isRecord(delegation) &&
				!['president', 'vice-president', 'vice-president-delegue'].includes(
					String(delegation['to']),
				)
			) {
				const from = String(delegation['to']);
				aid['delegation'] = {
					...delegation,
					to: 'president',
					directorSigns: from === 'travailleur-social',
				};
				notes.push(
					`Aide « ${label} » : la délégation ${from === 'travailleur-social' ? 'au travailleur social' : 'à une instance'} est devenue une délégation au président (article R. 123-21 du CASF)${from === 'travailleur-social' ? ', le travailleur social instruisant et proposant, le directeur signant par délégation de signature' : ''}. Vérifiez-la à l’étape « Vos aides et leurs conditions ».`,
				);
			}
		}
		if (Array.isArray(aid['conditions']))
			aid['conditions'] = aid['conditions'].map((condition: unknown) => {
				if (!isRecord(condition) || condition['criterionId'] !== AGE_CRITERION) return condition;
				const { threshold, ...rest } = condition;
				return typeof threshold === 'number' ? { ...rest, range: { min: threshold } } : rest;
			});
		return aid;
	});
	const sitting = value['sitting'];
	if (
		isRecord(sitting) &&
		sitting['secondNotice'] === true &&
		sitting['firstSittingDate'] === undefined
	)
		notes.push(
			'Séance : à une seconde convocation, la délibération mentionne la date de la première séance, où le quorum n’était pas atteint. Indiquez-la à l’étape « Séance du conseil ».',
		);
	if (isRecord(sitting))
		notes.push(
			'Séance : vous pouvez maintenant indiquer le rôle de chaque membre (président, vice-président, vice-président délégué, élu, nommé), pour vérifier l’ordre de la présidence et la parité.',
		);
	return { ...value, ...(migrated ? { aids: migrated } : {}), schemaVersion: 2 };
}

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
	1: toVersion2,
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
	const notes: string[] = [];
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
		current = step(current, notes);
	}
	return version === DOSSIER_SCHEMA_VERSION
		? { ok: true, value: current, notes }
		: { ok: true, value: current, from: version, notes };
}
