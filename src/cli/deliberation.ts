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

/** What `deliberation` writes. */
export interface DeliberationCommand {
	/** The projet (blanks for attendance and vote) instead of the act. */
	projet?: boolean;
}

/** Builds and writes the files; returns the exit code (0 written, 1 dossier or sitting invalid, 2 not writable). */
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
	try {
		mkdirSync(outDir, { recursive: true });
		for (const file of files) {
			writeFileSync(join(outDir, file.docx), await renderDocx(file.doc));
			writeFileSync(join(outDir, file.pdf), await renderPdf(file.doc, fonts));
		}
	} catch (error) {
		console.error(
			`Impossible d’écrire dans ${outDir} : ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
		);
		return 2;
	}
	const names = files.flatMap((file) => [file.docx, file.pdf]).join(', ');
	console.log(`${projet ? "Projet" : "Délibération"} écrite dans ${outDir} (${names}).`);
	return 0;
}
