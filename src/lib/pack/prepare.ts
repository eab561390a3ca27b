/**
 * Prepares the pack without rendering: one DocumentContext for the dossier, then every spec's
 * Document (for the HTML preview and for rendering one file alone) and every text file as text.
 * Synchronous and light: no docx, no pdf-lib.
 */
import type { Doc } from '../document/model';
import {
	buildDocumentContext,
	isCompleteContext,
	type ContextDependencies,
	type DocumentCatalogue,
	type DocumentTemplates,
} from '../documents/context';
import {
	emptyRequiredFields,
	datapassFields,
	fieldProblems,
	type DatapassField,
} from '../documents/datapass/fields';
import type { FormChoice } from '../documents/datapass/editor';
import {
	buildDocument,
	buildText,
	documentSpecs,
	fileEntries,
	included,
	missingTemplates,
} from '../documents/registry';
import type { DocFile } from '../documents/spec';
import type { Dossier } from '../schema/dossier';
import { formatMissing, missingItems, packReadiness, type ReadinessItem } from './readiness';

/** A document of the pack: its Doc (preview with renderHtml) and the files it is rendered to. */
export interface PackDocumentPart {
	kind: 'doc';
	/** The spec's id (`deliberation`, `matrice`…). */
	id: string;
	/** French title, for the checklist and the download links. */
	title: string;
	doc: Doc;
	files: readonly DocFile[];
}

/** A text file of the pack (CSV, JSON, LISEZ-MOI). */
export interface PackTextPart {
	kind: 'text';
	id: string;
	title: string;
	path: string;
	mime: string;
	text: string;
}

/** One part of the pack. */
export type PackPart = PackDocumentPart | PackTextPart;

/** The prepared pack. */
export interface PreparedPack {
	ok: true;
	/** The parts in file order; LISEZ-MOI last. */
	parts: PackPart[];
	/** The DataPass fields, for the « copier » buttons. */
	fields: DatapassField[];
	/** The form to open, and the editor comparison. */
	choice: FormChoice;
	/** Advice that does not block the pack (editor form, minimisation warnings), in French. */
	warnings: string[];
	readiness: ReadinessItem[];
}

/** Why the pack cannot be made yet. */
export interface PackFailure {
	ok: false;
	/** The checklist (the site shows it, each missing item linking to its step). */
	readiness: ReadinessItem[];
	/** Every problem as a French line, missing items first. */
	problems: string[];
}

/** What `preparePack` reads. */
export interface PreparePackInput {
	dossier: Dossier;
	catalogue: DocumentCatalogue;
	/** Template sources by file name, every name of `templateNames`. */
	templates: DocumentTemplates;
	/** The context's dependencies, for a test that counts the minimisations. */
	dependencies?: ContextDependencies;
}

/** Every file path of a prepared pack, in order. */
export function partPaths(parts: readonly PackPart[]): string[] {
	return parts.flatMap((part) =>
		part.kind === 'doc' ? part.files.map((file) => file.path) : [part.path],
	);
}

/** Builds every document of the pack from one context, or says what is missing. */
export function preparePack(input: PreparePackInput): PreparedPack | PackFailure {
	const { dossier, catalogue, templates } = input;
	const ctx = buildDocumentContext(dossier, catalogue, templates, input.dependencies);
	const readiness = packReadiness(dossier, catalogue, {
		result: ctx.result,
		...(ctx.sitting ? { sitting: ctx.sitting } : {}),
	});
	const absent = missingTemplates(templates).map(
		(name) => `Modèle de document absent : templates/${name}.`,
	);
	if (missingItems(readiness).length > 0 || absent.length > 0 || !isCompleteContext(ctx))
		return { ok: false, readiness, problems: [...formatMissing(readiness), ...absent] };

	const fields = datapassFields(ctx);
	const problems = [
		...fieldProblems(fields),
		...emptyRequiredFields(fields).map(
			(field) => `${field.label} : ce champ obligatoire de DataPass est vide.`,
		),
		...documentSpecs.flatMap((spec) =>
			spec.kind === 'doc' && spec.problems
				? spec.problems(ctx).map((problem) => `${spec.title} : ${problem.message}`)
				: [],
		),
	];
	if (problems.length > 0) return { ok: false, readiness, problems };

	const specs = documentSpecs.filter((spec) => included(spec, ctx));
	const files = fileEntries(ctx);
	const parts = specs.map((spec): PackPart =>
		spec.kind === 'doc'
			? {
					kind: 'doc',
					id: spec.id,
					title: spec.title,
					doc: buildDocument(spec, ctx),
					files: spec.files,
				}
			: {
					kind: 'text',
					id: spec.id,
					title: spec.title,
					path: spec.path,
					mime: spec.mime,
					text: buildText(spec, ctx, files),
				},
	);
	const warnings = [
		...(ctx.choice.editor?.findings ?? []),
		...ctx.result.findings
			.filter((finding) => finding.severity === 'avertissement')
			.map((finding) => finding.message),
	];
	return { ok: true, parts, fields, choice: ctx.choice, warnings, readiness };
}
