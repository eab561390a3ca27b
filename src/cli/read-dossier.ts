/** Reads a dossier file for a CLI command: prints French problems and returns the exit code on failure. */
import { readFileSync } from 'node:fs';
import type { Dossier } from '../lib/schema/dossier';
import { parseDossierJson } from '../lib/dossier/parse';

/** The dossier, or the exit code to return (1 invalid, 2 unreadable). */
export function readDossierFile(
	path: string | undefined,
): { ok: true; dossier: Dossier } | { ok: false; exitCode: number } {
	if (!path) {
		console.error('Indiquez le chemin du fichier dossier JSON.');
		return { ok: false, exitCode: 2 };
	}
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		console.error(
			`Impossible de lire ${path} : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
		);
		return { ok: false, exitCode: 2 };
	}
	const parsed = parseDossierJson(text);
	if (!parsed.ok) {
		console.error(`Dossier invalide (${path}) :`);
		for (const problem of parsed.problems)
			console.error(`  ${problem.path || '(dossier)'} : ${problem.message}`);
		return { ok: false, exitCode: 1 };
	}
	return { ok: true, dossier: parsed.dossier };
}
