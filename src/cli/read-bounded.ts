/**
 * Reads a file for a CLI command without trusting it: its type and size are checked with `stat`
 * before a byte is read (a device such as /dev/zero, a pipe or a folder is refused, a huge file
 * costs nothing), and never more than the limit is read even if the file grows meanwhile.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

const systemMessages: Record<string, string> = {
	ENOENT: 'fichier introuvable',
	EACCES: 'accès refusé',
	EPERM: 'accès refusé',
	EISDIR: 'c’est un dossier, pas un fichier',
	ELOOP: 'lien symbolique en boucle',
};

/** « 2 Mo », « 20 Mo », « 200 ko »: a limit as a person reads it. */
export function formatBytes(bytes: number): string {
	return bytes >= 1_000_000
		? `${String(Math.round(bytes / 100_000) / 10).replace('.', ',')} Mo`
		: `${Math.round(bytes / 1000)} ko`;
}

// An fs error as a French reason, its code kept for those who search it.
function systemError(error: unknown): Error {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === undefined) return error as Error;
	return new Error(`${code} (${systemMessages[code] ?? 'erreur du système'})`);
}

/** Refuses what is not a regular file of at most `maxBytes`. */
function checkStats(stats: Stats, maxBytes: number): void {
	if (stats.isDirectory()) throw new Error(systemMessages['EISDIR']);
	if (!stats.isFile())
		throw new Error(
			'ce n’est pas un fichier ordinaire (périphérique, tube ou socket) : il n’est pas lu',
		);
	if (stats.size > maxBytes)
		throw new Error(`fichier trop volumineux (${formatBytes(maxBytes)} au plus)`);
}

/** The bytes of the regular file at `path`, at most `maxBytes`; throws an Error with a French message. */
export function readBoundedFile(path: string, maxBytes: number): Uint8Array {
	let fd: number;
	try {
		checkStats(statSync(path), maxBytes);
		// Non-blocking, in case a pipe took the file's place since `stat`: opening it cannot hang.
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
	} catch (error) {
		throw systemError(error);
	}
	try {
		// Checked again on the opened descriptor: the file checked is the file read.
		const stats = fstatSync(fd);
		checkStats(stats, maxBytes);
		const bytes = new Uint8Array(stats.size + 1);
		let length = 0;
		for (;;) {
			const read = readSync(fd, bytes, length, bytes.length - length, null);
			if (read === 0) break;
			length += read;
			if (length > stats.size)
				throw new Error('le fichier a changé pendant la lecture : réessayez');
		}
		return bytes.subarray(0, length);
	} catch (error) {
		throw systemError(error);
	} finally {
		closeSync(fd);
	}
}
