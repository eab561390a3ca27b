/**
 * A DocumentSpec says everything about one document: its id and title, the templates it reads with
 * the names each may use, its files, when the pack includes it, and how it builds its Document from
 * the DocumentContext. Adding a document is one template plus one spec (listed in ./registry).
 */
import type { Doc } from '../document/model';
import type { FieldProblem } from '../zod-issues';
import type { DocumentContext, PackContext } from './context';
import type { OwnNames } from './vocabulary';

/** A file a Document is rendered to. */
export interface DocFile {
	path: string;
	format: 'pdf' | 'docx';
}

/** Media types of the files a spec produces. */
export const mimeTypes = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	csv: 'text/csv;charset=utf-8',
	json: 'application/json',
	txt: 'text/plain;charset=utf-8',
} as const;

/** A document of the pack (rendered to PDF and/or DOCX, previewed as HTML). */
export interface DocumentSpec {
	kind: 'doc';
	id: string;
	/** French title, for the checklist, the download buttons and the LISEZ-MOI. */
	title: string;
	/** Every template the document reads, with the names it may use besides the shared ones. */
	templates: Readonly<Record<string, OwnNames>>;
	files: readonly DocFile[];
	/** What stops the document from being built (French, with the field path); none when absent. */
	problems?(ctx: DocumentContext): FieldProblem[];
	/** False when the pack leaves the document out for this dossier; always included when absent. */
	include?(ctx: PackContext): boolean;
	/** The document, before the typography pass (the registry applies it). */
	build(ctx: PackContext): Doc;
}

/** One file of the pack as the LISEZ-MOI lists it. */
export interface FileEntry {
	path: string;
	title: string;
}

/** A text file of the pack (CSV, JSON, LISEZ-MOI). */
export interface TextSpec {
	kind: 'text';
	id: string;
	title: string;
	path: string;
	mime: string;
	templates?: Readonly<Record<string, OwnNames>>;
	include?(ctx: PackContext): boolean;
	/**
	 * The text; `files` lists every file of the pack (for the LISEZ-MOI). A text spec applies the
	 * typography itself, to its prose only: never to a CSV's separators or to the dossier's JSON.
	 */
	build(ctx: PackContext, files: readonly FileEntry[]): string;
}

/** Any spec of the pack. */
export type AnySpec = DocumentSpec | TextSpec;
