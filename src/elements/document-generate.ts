/**
 * What the document worker does, without the worker: renders the whole pack (ZIP) or one document
 * file, saying before each file which one it starts, and noting the characters a PDF lost. No DOM,
 * no worker globals, so the same code runs in a unit test; docx and pdf-lib load on first use.
 */
import type { Doc } from '../lib/document/model';
import type { DocumentCatalogue, DocumentTemplates } from '../lib/documents/context';
import { mimeTypes, type DocFile } from '../lib/documents/spec';
import { packDate, packZipName, renderPart, type PackRenderers } from '../lib/pack/build';
import { preparePack, type PackPart } from '../lib/pack/prepare';
import { zipFiles, type PackFile } from '../lib/pack/zip';
import type { PdfFonts } from '../lib/render/fonts';
import type { Dossier } from '../lib/schema/dossier';
import { lostGlyphTexts, type LostGlyphs } from './lost-glyphs';

/** What the page asks for: the whole pack, or one file of one document. */
export type GenerateRequest =
	| {
			kind: 'pack';
			dossier: Dossier;
			catalogue: DocumentCatalogue;
			templates: DocumentTemplates;
	  }
	| { kind: 'file'; title: string; doc: Doc; file: DocFile; date: Date };

/** Said before each file is built: « Génération de « title » (index sur total)… ». */
export interface GenerateProgress {
	title: string;
	path: string;
	/** 1 for the first file. */
	index: number;
	total: number;
}

/** The file to save, or why there is none. */
export type GenerateResult =
	| {
			ok: true;
			name: string;
			mime: string;
			bytes: Uint8Array;
			/** Files inside (1 for a single document). */
			files: number;
			/** The PDFs that lost characters; empty when every character was drawn. */
			lost: LostGlyphs[];
	  }
	| { ok: false; problems: string[] };

/** What `generate` needs besides the request. */
export interface GenerateOptions {
	/** The PDF fonts, loaded once by the caller (fetched in the browser, read from disk in tests). */
	fonts(): Promise<PdfFonts>;
	onProgress?(progress: GenerateProgress): void;
}

const noFonts: PdfFonts = {
	regular: new Uint8Array(),
	bold: new Uint8Array(),
	italic: new Uint8Array(),
};

/** One file of a part, with the part's title: the unit of progress. */
interface Job {
	part: PackPart;
	path: string;
	format?: DocFile['format'];
}

function jobs(parts: readonly PackPart[]): Job[] {
	return parts.flatMap((part): Job[] =>
		part.kind === 'doc'
			? part.files.map((file) => ({ part, path: file.path, format: file.format }))
			: [{ part, path: part.path }],
	);
}

/** The renderers, imported when the first file that needs them comes (and then kept). */
function lazyRenderers(): PackRenderers & { missing: Map<Doc, Set<number>> } {
	const missing = new Map<Doc, Set<number>>();
	return {
		missing,
		async renderPdf(doc, fonts, options) {
			const { renderPdf } = await import('../lib/render/pdf');
			const lost = missing.get(doc) ?? new Set<number>();
			missing.set(doc, lost);
			return renderPdf(doc, fonts, { ...options, missingGlyphs: lost });
		},
		async renderDocx(doc) {
			const { renderDocx } = await import('../lib/render/docx');
			return renderDocx(doc);
		},
	};
}

/** Renders the jobs one by one, saying which one starts, and what the PDFs lost. */
async function renderJobs(
	list: readonly Job[],
	date: Date,
	options: GenerateOptions,
): Promise<{ files: PackFile[]; lost: LostGlyphs[] }> {
	const renderers = lazyRenderers();
	const needsFonts = list.some((job) => job.format === 'pdf');
	const fonts = needsFonts ? await options.fonts() : noFonts;
	const files: PackFile[] = [];
	const lost: LostGlyphs[] = [];
	for (const [index, job] of list.entries()) {
		options.onProgress?.({
			title: job.part.title,
			path: job.path,
			index: index + 1,
			total: list.length,
		});
		const single: PackPart =
			job.part.kind === 'doc'
				? { ...job.part, files: job.part.files.filter((file) => file.path === job.path) }
				: job.part;
		files.push(...(await renderPart(single, { ...renderers, fonts, date })));
		if (job.part.kind === 'doc' && job.format === 'pdf') {
			const codePoints = [...(renderers.missing.get(job.part.doc) ?? [])].sort((a, b) => a - b);
			// The DOCX of the same Doc shares the set: clear it so each PDF reports only its own.
			renderers.missing.delete(job.part.doc);
			if (codePoints.length > 0)
				lost.push({
					title: job.part.title,
					path: job.path,
					codePoints,
					texts: lostGlyphTexts(job.part.doc, codePoints),
				});
		}
	}
	return { files, lost };
}

/** Builds what `request` asks for; a dossier that cannot make a pack gives its problems. */
export async function generate(
	request: GenerateRequest,
	options: GenerateOptions,
): Promise<GenerateResult> {
	if (request.kind === 'file') {
		const part: PackPart = {
			kind: 'doc',
			id: request.file.path,
			title: request.title,
			doc: request.doc,
			files: [request.file],
		};
		const { files, lost } = await renderJobs(
			[{ part, path: request.file.path, format: request.file.format }],
			request.date,
			options,
		);
		const [file] = files;
		if (!file) return { ok: false, problems: [`Fichier non produit : ${request.file.path}.`] };
		return {
			ok: true,
			name: file.path,
			mime: mimeTypes[request.file.format],
			bytes: file.bytes,
			files: 1,
			lost,
		};
	}
	const prepared = preparePack(request);
	if (!prepared.ok) return { ok: false, problems: prepared.problems };
	const date = packDate(request.dossier);
	const { files, lost } = await renderJobs(jobs(prepared.parts), date, options);
	return {
		ok: true,
		name: packZipName(request.dossier),
		mime: 'application/zip',
		bytes: zipFiles(files, date),
		files: files.length,
		lost,
	};
}
