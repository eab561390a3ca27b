/**
 * `check <fichier.txt|fichier.docx|fichier.pdf> [--json]`: the citation checker on a file, for
 * integrators. Exit codes: 0 no error (warnings do not count), 1 at least one error or a report
 * truncated (the text was too long to be checked whole), 2 file unreadable or without text (a
 * scanned PDF, an empty file).
 */
import { basename, resolve } from 'node:path';
import { loadCatalogue } from './load-catalogue';
import { checkCitations } from '../lib/citations';
import { formatReportText } from '../lib/citations/report-text';
import { MAX_FILE_BYTES } from '../lib/docx-text';
import { readAnyFileText, type PdfJs } from '../lib/pdf-text-read';
import { readBoundedFile } from './read-bounded';

// The legacy build of pdf.js is the one meant for Node; loaded only for a PDF.
const loadPdfJs = async () => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;

/** Runs the checker on the file named in `args` (first non-option argument); returns the exit code. */
export async function checkFile(args: readonly string[]): Promise<number> {
	const json = args.includes('--json');
	const path = args.find((arg) => !arg.startsWith('--'));
	if (!path) {
		console.error('Indiquez le fichier à vérifier (.txt, .docx ou .pdf).');
		return 2;
	}
	let bytes: Uint8Array;
	try {
		// Type and size checked before a byte is read (a device or a huge file costs nothing).
		bytes = readBoundedFile(path, MAX_FILE_BYTES);
	} catch (error) {
		console.error(
			`Impossible de lire ${path} : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
		);
		return 2;
	}
	const read = await readAnyFileText(bytes, path, loadPdfJs);
	if (!read.ok) {
		console.error(`Impossible de lire ${path} : ${read.message}`);
		return 2;
	}
	if (read.text.trim() === '') {
		console.error(`${path} ne contient aucun texte à vérifier.`);
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
	if (report.findings.some((finding) => finding.kind === 'truncated')) {
		console.error(
			'Rapport incomplet : le texte est trop long pour être vérifié en entier (voir le constat « texte vérifié en partie »).',
		);
		return 1;
	}
	return report.hasError ? 1 : 0;
}
