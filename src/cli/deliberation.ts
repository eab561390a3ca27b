/**
 * `cli deliberation`: writes the deliberation as DOCX and PDF (the pack's file names), or with
 * `--projet` the projet sent with the notice (and, from 3 500 inhabitants, the explanatory report),
 * or prints why it cannot.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalogue } from '../lib/catalogue/types';
import type { Doc } from '../lib/document/model';
import {
	buildDeliberation,
	buildDocumentContext,
	buildReport,
	documentFiles,
	frenchDoc,
	needsReport,
} from '../lib/documents';
import { renderDocx } from '../lib/render/docx';
import { renderPdf } from '../lib/render/pdf';
import type { PdfFonts } from '../lib/render/fonts';
import type { Dossier } from '../lib/schema/dossier';
import { warnMissingGlyphs, writeError } from './output';

/** What `deliberation` writes. */
export interface DeliberationCommand {
	/** The projet (blanks for attendance and vote) instead of the act. */
	projet?: boolean;
}

/**
 * Builds and writes the files; returns the exit code (0 written, 1 dossier or sitting invalid,
 * 2 output folder not writable).
 */
export async function writeDeliberation(
	dossier: Dossier,
	catalogue: Catalogue,
	templates: Readonly<Record<string, string>>,
	fonts: PdfFonts,
	outDir: string,
	command: DeliberationCommand = {},
): Promise<number> {
	const ctx = buildDocumentContext(dossier, catalogue, templates);
	const projet = command.projet === true;
	const result = buildDeliberation(ctx, { projet });
	if (!result.ok) {
		console.error(
			projet
				? 'Le projet de délibération ne peut pas être rédigé :'
				: 'La délibération ne peut pas être rédigée :',
		);
		for (const problem of result.problems)
			console.error(`  ${problem.path || '(dossier)'} : ${problem.message}`);
		return 1;
	}
	const files: { docx: string; pdf: string; doc: Doc }[] = [
		projet
			? { docx: documentFiles.projetDocx, pdf: documentFiles.projetPdf, doc: result.doc }
			: {
					docx: documentFiles.deliberationDocx,
					pdf: documentFiles.deliberationPdf,
					doc: result.doc,
				},
	];
	if (projet && needsReport(dossier.ccas))
		files.push({
			docx: documentFiles.reportDocx,
			pdf: documentFiles.reportPdf,
			doc: frenchDoc(buildReport(ctx)),
		});
	// Rendered before anything is written, so a failure leaves no half-written folder.
	const missingGlyphs = new Set<number>();
	const rendered: { path: string; bytes: Uint8Array }[] = [];
	for (const file of files) {
		rendered.push({ path: file.docx, bytes: await renderDocx(file.doc) });
		rendered.push({ path: file.pdf, bytes: await renderPdf(file.doc, fonts, { missingGlyphs }) });
	}
	try {
		mkdirSync(outDir, { recursive: true });
		for (const file of rendered) writeFileSync(join(outDir, file.path), file.bytes);
	} catch (error) {
		console.error(writeError(outDir, error));
		return 2;
	}
	const names = rendered.map((file) => file.path).join(', ');
	console.log(
		`${projet ? 'Projet' : 'Délibération'} écrit${projet ? '' : 'e'} dans ${outDir} (${names}).`,
	);
	warnMissingGlyphs(missingGlyphs);
	return 0;
}
