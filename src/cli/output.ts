/** What the writing commands (`deliberation`, `pack`) print about their output. */

/** « Impossible d’écrire dans … : reason », for an output folder that cannot be written. */
export function writeError(outDir: string, error: unknown): string {
	const code = (error as NodeJS.ErrnoException).code;
	const reasons: Record<string, string> = {
		EACCES: 'accès refusé',
		EPERM: 'accès refusé',
		ENOSPC: 'disque plein',
		EROFS: 'système de fichiers en lecture seule',
		ENOTDIR: 'un fichier porte déjà ce nom',
		EEXIST: 'un fichier porte déjà ce nom',
	};
	const reason = (code && reasons[code]) ?? code ?? (error as Error).message;
	return `Impossible d’écrire dans ${outDir} : ${reason}.`;
}

/** « U+4E2D (中) », for a code point in a warning. */
function describe(codePoint: number): string {
	const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
	return `U+${hex} (${String.fromCodePoint(codePoint)})`;
}

/**
 * Warns on stderr when a PDF could not draw some characters: they were drawn as U+FFFD, and the
 * PDF is the document that is signed. The Dossier's schema refuses such text, so this happens only
 * for text from elsewhere (a template, the catalogue).
 */
export function warnMissingGlyphs(codePoints: ReadonlySet<number>): void {
	if (codePoints.size === 0) return;
	const list = [...codePoints].sort((a, b) => a - b);
	console.error(
		`Attention : le PDF n’a pas pu écrire ${list.length} caractère${list.length > 1 ? 's' : ''}, remplacé${list.length > 1 ? 's' : ''} par « \uFFFD » : ${list.slice(0, 10).map(describe).join(', ')}${list.length > 10 ? '…' : ''}. Vérifiez le texte avant de signer.`,
	);
}
