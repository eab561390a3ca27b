/**
 * `check <fichier.txt|fichier.docx> [--json]`: the citation checker on a file, for integrators.
 * Exit codes: 0 no error (warnings do not count), 1 at least one error, 2 file unreadable.
 */
import { basename, resolve } from 'node:path';
import { loadCatalogue } from './load-catalogue';
import { checkCitations } from '../lib/citations';
import { formatReportText } from '../lib/citations/report-text';
import { MAX_FILE_BYTES, readFileText } from '../lib/docx-text';
import { readBoundedFile } from './read-bounded';

/** Runs the checker on the file named in `args` (first non-option argument); returns the exit code. */
export function checkFile(args: readonly string[]): number {
	const json = args.includes('--json');
	const path = args.find((arg) => !arg.startsWith('--'));
	if (!path) {
		console.error('Indiquez le fichier à vérifier (.txt ou .docx).');
		return 2;
	}
	let bytes: Uint8Array;
	try {
		bytes = readBoundedFile(path, MAX_FILE_BYTES);
	} catch (error) {
		console.error(
			`Impossible de lire ${path} : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
		);
		return 2;
	}
	const read = readFileText(bytes, path);
	if (!read.ok) {
		console.error(`Impossible de lire ${path} : ${read.message}`);
		return 2;
	}
	const { catalogue } = loadCatalogue(resolve(process.env['HC_CONTENT_DIR'] ?? 'content'));
	// Without the corpus every reference would read as unknown: say so rather than mislead.
	if (catalogue.legal.length === 0) {
		console.error(
			'Le corpus juridique (content/legal) est introuvable : lancez la commande à la racine du projet.',
		);
		return 2;
	}
	const report = checkCitations(read.text, catalogue);
	if (json) console.log(JSON.stringify(report, null, 2));
	else
		console.log(
			formatReportText(report, { text: read.text, legal: catalogue.legal, source: basename(path) }),
		);
	return report.hasError ? 1 : 0;
}
