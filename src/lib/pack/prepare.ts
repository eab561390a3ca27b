/**
 * Prepares the pack without rendering: every document as a Doc (for the HTML preview and for
 * rendering one file alone) and every text file as text. Synchronous and light: no docx, no pdf-lib.
 */
import { buildDeliberation } from '../deliberation/build';
import type { Doc } from '../document/model';
import { serialiseDossier } from '../dossier/parse';
import type { Dossier } from '../schema/dossier';
import { buildActes, scdlCsv } from './actes';
import { buildAipd } from './aipd';
import { isComplete, packContext, type PackCatalogue } from './context';
import { emptyRequiredFields, fieldProblems, type DatapassField } from './datapass-fields';
import type { FormChoice } from './editor';
import { buildFallback } from './fallback';
import { buildMatrix, matrixCsv } from './matrix';
import { packFileNames as names } from './names';
import { buildPoster } from './poster';
import { formatMissing, missingItems, packReadiness, type ReadinessItem } from './readiness';
import { buildReadme } from './readme';
import { buildRegister, registerCsv } from './register';
import { missingTemplates, templateSource, type PackTemplates } from './registry';
import { buildDatapassSheet } from './sheet';
import { buildTaxRequest, needsTaxRequest } from './tax';

/** Media types of the pack's files. */
export const packMimeTypes = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	csv: 'text/csv;charset=utf-8',
	json: 'application/json',
	txt: 'text/plain;charset=utf-8',
} as const;

/** Ids of the documents, in the order of the pack. */
export type PackDocumentId =
	| 'fiche-datapass'
	| 'deliberation'
	| 'matrice'
	| 'affiche'
	| 'registre'
	| 'aipd'
	| 'repli'
	| 'impot-particulier'
	| 'actes';

/** A document of the pack: its Doc (preview with renderHtml) and the files it is rendered to. */
export interface PackDocumentPart {
	kind: 'doc';
	id: PackDocumentId;
	/** French title, for the checklist and the download links. */
	title: string;
	doc: Doc;
	files: { path: string; format: 'pdf' | 'docx' }[];
}

/** A text file of the pack (CSV, JSON, LISEZ-MOI). */
export interface PackTextPart {
	kind: 'text';
	id: 'matrice-csv' | 'registre-csv' | 'scdl-csv' | 'dossier' | 'lisez-moi';
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
	catalogue: PackCatalogue;
	/** Template sources by file name, every name of `packTemplateNames`. */
	templates: PackTemplates;
}

/** Every file path of a prepared pack, in order. */
export function partPaths(parts: readonly PackPart[]): string[] {
	return parts.flatMap((part) =>
		part.kind === 'doc' ? part.files.map((file) => file.path) : [part.path],
	);
}

/** Builds every document of the pack, or says what is missing. */
export function preparePack(input: PreparePackInput): PreparedPack | PackFailure {
	const { dossier, catalogue, templates } = input;
	const readiness = packReadiness(dossier, catalogue);
	const absent = missingTemplates(templates).map(
		(name) => `Modèle de document absent : templates/${name}.`,
	);
	if (missingItems(readiness).length > 0 || absent.length > 0 || !isComplete(dossier))
		return { ok: false, readiness, problems: [...formatMissing(readiness), ...absent] };

	const ctx = packContext(dossier, catalogue, templates);
	const { result } = ctx;
	const sheet = buildDatapassSheet(dossier, catalogue, result, templates);
	const deliberation = buildDeliberation(
		dossier,
		catalogue,
		templateSource(templates, 'deliberation.md'),
	);
	const problems = [
		...fieldProblems(sheet.fields),
		...emptyRequiredFields(sheet.fields).map(
			(field) => `${field.label} : ce champ obligatoire de DataPass est vide.`,
		),
		...(deliberation.ok
			? []
			: deliberation.problems.map((problem) => `Délibération : ${problem.message}`)),
	];
	if (problems.length > 0 || !deliberation.ok) return { ok: false, readiness, problems };

	const docPart = (
		id: PackDocumentId,
		title: string,
		doc: Doc,
		...files: PackDocumentPart['files']
	): PackDocumentPart => ({ kind: 'doc', id, title, doc, files });
	const textPart = (
		id: PackTextPart['id'],
		title: string,
		path: string,
		mime: string,
		text: string,
	): PackTextPart => ({ kind: 'text', id, title, path, mime, text });

	const parts: PackPart[] = [
		docPart(
			'fiche-datapass',
			'Fiche DataPass : chaque champ de la demande, dans l’ordre du formulaire',
			sheet.doc,
			{ path: names.sheetPdf, format: 'pdf' },
			{ path: names.sheetDocx, format: 'docx' },
		),
		docPart(
			'deliberation',
			'Délibération du conseil d’administration',
			deliberation.doc,
			{ path: names.deliberationDocx, format: 'docx' },
			{ path: names.deliberationPdf, format: 'pdf' },
		),
		docPart('matrice', 'Matrice de minimisation des données', buildMatrix(ctx), {
			path: names.matrixPdf,
			format: 'pdf',
		}),
		textPart(
			'matrice-csv',
			'Matrice de minimisation, une ligne par donnée, aide et condition (tableur)',
			names.matrixCsv,
			packMimeTypes.csv,
			matrixCsv(ctx),
		),
		docPart('affiche', 'Affiche d’information des usagers (A4)', buildPoster(ctx), {
			path: names.posterPdf,
			format: 'pdf',
		}),
		docPart('registre', 'Fiche du registre des traitements', buildRegister(ctx), {
			path: names.registerDocx,
			format: 'docx',
		}),
		textPart(
			'registre-csv',
			'Fiche du registre des traitements, rubriques de Madis (tableur)',
			names.registerCsv,
			packMimeTypes.csv,
			registerCsv(ctx),
		),
		docPart('aipd', 'Pré-analyse d’impact (critères du G29)', buildAipd(ctx), {
			path: names.aipdDocx,
			format: 'docx',
		}),
		docPart('repli', 'Procédure de repli pour les agents', buildFallback(ctx), {
			path: names.fallbackDocx,
			format: 'docx',
		}),
		...(needsTaxRequest(result)
			? [
					docPart(
						'impot-particulier',
						'Textes de la demande pour l’API Impôt particulier',
						buildTaxRequest(ctx),
						{ path: names.taxDocx, format: 'docx' },
					),
				]
			: []),
		docPart('actes', 'Fiche @CTES et données ouvertes', buildActes(ctx), {
			path: names.actesDocx,
			format: 'docx',
		}),
		textPart(
			'scdl-csv',
			'Ligne de la délibération au format SCDL « Délibérations » (données ouvertes)',
			names.scdlCsv,
			packMimeTypes.csv,
			scdlCsv(ctx),
		),
		textPart(
			'dossier',
			'Votre dossier, à réimporter dans l’assistant',
			names.dossierJson,
			packMimeTypes.json,
			serialiseDossier(dossier),
		),
	];
	const entries = parts.flatMap((part) =>
		part.kind === 'doc'
			? part.files.map((file) => ({
					path: file.path,
					title: `${part.title} (${file.format.toUpperCase()})`,
				}))
			: [{ path: part.path, title: part.title }],
	);
	entries.push({ path: names.readme, title: 'Ce fichier' });
	parts.push(
		textPart(
			'lisez-moi',
			'Liste des fichiers et prochaines étapes',
			names.readme,
			packMimeTypes.txt,
			buildReadme(ctx, sheet.choice, entries),
		),
	);
	const warnings = [
		...(sheet.choice.editor?.findings ?? []),
		...result.findings
			.filter((finding) => finding.severity === 'avertissement')
			.map((finding) => finding.message),
	];
	return { ok: true, parts, fields: sheet.fields, choice: sheet.choice, warnings, readiness };
}
