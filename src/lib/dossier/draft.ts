/**
 * The draft saved in the browser: the valid Dossier so far, the raw values of the step being edited
 * (so nothing typed is lost, even when invalid), and a revision number to detect another tab.
 * Storage is injected (localStorage in the browser, a fake in tests); every failure is reported, never thrown.
 */
import { DOSSIER_SCHEMA_VERSION, type DossierInput } from '../schema/dossier';
import { parseDossierValue } from './parse';

/** The subset of the Web Storage API the draft needs. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** Key of the draft in localStorage. */
export const DRAFT_KEY = 'habilitation-ccas:brouillon';

/** What is saved. */
export interface Draft {
	schemaVersion: number;
	/** Incremented on every save; another tab's save shows up as a higher number. */
	revision: number;
	/** ISO timestamp of the last save. */
	savedAt: string;
	/** Index of the step the user was on. */
	step: number;
	/** The validated dossier so far. */
	dossier: DossierInput;
	/** Raw form values by step id, including invalid ones, so a reload loses nothing. */
	pending: Record<string, Record<string, string | string[]>>;
}

/** Why a save or a load failed, as a French sentence for the user. */
export type StorageFailure = {
	ok: false;
	reason: 'quota' | 'indisponible' | 'illisible' | 'version';
	message: string;
};

/** An empty draft. */
export function emptyDraft(): Draft {
	return {
		schemaVersion: DOSSIER_SCHEMA_VERSION,
		revision: 0,
		savedAt: '',
		step: 0,
		dossier: { schemaVersion: DOSSIER_SCHEMA_VERSION, extraData: [] },
		pending: {},
	};
}

function isQuotaError(error: unknown): boolean {
	return (
		error instanceof Error &&
		(error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
	);
}

/** Saves the draft with the next revision; returns the saved draft or a failure the UI must show. */
export function saveDraft(
	storage: StorageLike | undefined,
	draft: Draft,
	now = new Date(),
): { ok: true; draft: Draft } | StorageFailure {
	const next: Draft = { ...draft, revision: draft.revision + 1, savedAt: now.toISOString() };
	if (!storage)
		return {
			ok: false,
			reason: 'indisponible',
			message:
				'Votre navigateur n’autorise pas l’enregistrement local (navigation privée ?) : exportez votre dossier en JSON pour ne pas le perdre.',
		};
	try {
		storage.setItem(DRAFT_KEY, JSON.stringify(next));
		return { ok: true, draft: next };
	} catch (error) {
		if (isQuotaError(error))
			return {
				ok: false,
				reason: 'quota',
				message:
					'L’espace de stockage du navigateur est plein : votre dernière modification n’est pas enregistrée. Exportez votre dossier en JSON, puis libérez de l’espace.',
			};
		return {
			ok: false,
			reason: 'indisponible',
			message:
				'Votre navigateur a refusé l’enregistrement local : exportez votre dossier en JSON pour ne pas le perdre.',
		};
	}
}

/** Loads the draft; an absent draft gives an empty one, a corrupted or too-new one a failure (the stored text is left untouched). */
export function loadDraft(
	storage: StorageLike | undefined,
): { ok: true; draft: Draft; found: boolean } | StorageFailure {
	if (!storage)
		return {
			ok: false,
			reason: 'indisponible',
			message:
				'Votre navigateur n’autorise pas l’enregistrement local (navigation privée ?) : vos saisies seront perdues si vous fermez la page. Pensez à exporter votre dossier.',
		};
	let text: string | null;
	try {
		text = storage.getItem(DRAFT_KEY);
	} catch {
		return {
			ok: false,
			reason: 'indisponible',
			message: 'Votre navigateur a refusé la lecture du brouillon enregistré.',
		};
	}
	if (text === null) return { ok: true, draft: emptyDraft(), found: false };
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch {
		return {
			ok: false,
			reason: 'illisible',
			message:
				'Le brouillon enregistré est illisible. Il n’a pas été effacé : importez une sauvegarde JSON ou effacez vos données pour repartir de zéro.',
		};
	}
	if (typeof raw !== 'object' || raw === null)
		return { ok: false, reason: 'illisible', message: 'Le brouillon enregistré est illisible.' };
	const record = raw as Partial<Draft>;
	const parsed = parseDossierValue(record.dossier);
	if (!parsed.ok) {
		const newer = parsed.problems.some((p) => p.path === 'schemaVersion');
		return {
			ok: false,
			reason: newer ? 'version' : 'illisible',
			message: `Le brouillon enregistré ne peut pas être repris : ${parsed.problems.map((p) => p.message).join(' ; ')}`,
		};
	}
	const pending =
		typeof record.pending === 'object' && record.pending !== null ? record.pending : {};
	return {
		ok: true,
		found: true,
		draft: {
			schemaVersion: DOSSIER_SCHEMA_VERSION,
			revision: typeof record.revision === 'number' ? record.revision : 0,
			savedAt: typeof record.savedAt === 'string' ? record.savedAt : '',
			step: typeof record.step === 'number' && record.step >= 0 ? Math.floor(record.step) : 0,
			dossier: parsed.dossier,
			pending,
		},
	};
}

/** Removes the draft. */
export function clearDraft(storage: StorageLike | undefined): boolean {
	try {
		storage?.removeItem(DRAFT_KEY);
		return true;
	} catch {
		return false;
	}
}

/** True when another tab saved a newer revision than the one this tab knows. */
export function changedElsewhere(storage: StorageLike | undefined, knownRevision: number): boolean {
	try {
		const text = storage?.getItem(DRAFT_KEY);
		if (!text) return false;
		const revision = (JSON.parse(text) as Partial<Draft>).revision;
		return typeof revision === 'number' && revision > knownRevision;
	} catch {
		return false;
	}
}
