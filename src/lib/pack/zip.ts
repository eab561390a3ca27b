/** The ZIP of the pack with fflate: files in the given order, one fixed date, so equal input gives equal bytes. */
import { zipSync, type Zippable } from 'fflate';

/** A file of the pack. */
export interface PackFile {
	/** Path inside the ZIP (a plain file name here). */
	path: string;
	bytes: Uint8Array;
	/** Media type, for a download link. */
	mime: string;
}

/**
 * The local date a ZIP entry carries: noon of `isoDate` (ZIP stores local time, so building the Date
 * from local fields gives the same bytes in every time zone). 1980-01-01, the first ZIP date, by default.
 */
export function zipDate(isoDate: string | undefined): Date {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate ?? '');
	const year = Math.max(1980, Number(match?.[1] ?? 1980));
	return new Date(year, Number(match?.[2] ?? 1) - 1, Number(match?.[3] ?? 1), 12, 0, 0);
}

/** Zips the files; throws on a duplicate path (a programming error). */
export function zipFiles(files: readonly PackFile[], date: Date): Uint8Array {
	const entries: Zippable = {};
	for (const file of files) {
		if (file.path in entries) throw new Error(`Fichier en double dans le ZIP : ${file.path}`);
		// PDF and DOCX are already compressed: storing them saves time for nothing lost.
		const level = /\.(pdf|docx)$/.test(file.path) ? 0 : 6;
		entries[file.path] = [file.bytes, { mtime: date, level }];
	}
	return zipSync(entries);
}
