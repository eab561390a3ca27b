/** Reads a dossier file for a CLI command: prints French problems and returns the exit code on failure. */
import type { Dossier } from '../lib/schema/dossier';
import { MAX_DOSSIER_BYTES, parseDossierBytes } from '../lib/dossier/parse';
import { readBoundedFile } from './read-bounded';

/** The dossier, or the exit code to return (1 invalid, 2 unreadable). */
export function readDossierFile(
	path: string | undefined,
): { ok: true; dossier: Dossier } | { ok: false; exitCode: number } {
	if (!path) {
		console.error('Indiquez le chemin du fichier dossier JSON.');
		return { ok: false, exitCode: 2 };
	}
	let bytes: Uint8Array;
	try {
		bytes = readBoundedFile(path, MAX_DOSSIER_BYTES);
	} catch (error) {
		console.error(`Impossible de lire ${path} : ${(error as Error).message}.`);
		return { ok: false, exitCode: 2 };
	}
	const parsed = parseDossierBytes(bytes);
	if (!parsed.ok) {
		console.error(`Dossier invalide (${path}) :`);
		for (const problem of parsed.problems)
			console.error(`  ${problem.path || '(dossier)'} : ${problem.message}`);
		return { ok: false, exitCode: 1 };
	}
	return { ok: true, dossier: parsed.dossier };
}
