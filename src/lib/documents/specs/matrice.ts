/** The minimisation matrix: data × aids with the condition per cell, as a document and as CSV. */
import { apiClassLabels } from '../../catalogue/labels';
import { doc, table } from '../../document/builders';
import type { Block, Doc } from '../../document/model';
import { toCsv } from '../../csv';
import { aidCondition, criterionReason, type PackContext } from '../context';
import { mimeTypes, type DocumentSpec, type TextSpec } from '../spec';
import { renderDocumentTemplate } from '../text';
import { frenchText } from '../typography';
import { documentFiles } from '../files';
import { aidConditionLines } from '../aid-sentences';
import { scopeLabel } from '../datapass/editor';

/** API names as the matrix writes them. */
const apiNames = {
	'api-particulier': 'API Particulier',
	'api-impot-particulier': 'API Impôt particulier',
} as const;

/** Columns of the matrix CSV, in order. */
export const matrixCsvColumns = [
	'Donnée',
	'Identifiant de la donnée',
	'Classe (équipe de l’API Particulier)',
	'API',
	'Périmètres (scopes)',
	'Fournie par',
	'Aide',
	'Nature de l’aide',
	'Condition',
	'Raison',
] as const;

/** One row per (datum, aid, condition); a datum no condition needs gets one row without aid. */
export function matrixRows(ctx: PackContext): string[][] {
	const { dossier, catalogue, result } = ctx;
	const natures = new Map(dossier.aids.map((aid) => [aid.id, aid.nature]));
	return result.data.flatMap((item) => {
		const common = [
			item.label,
			item.id,
			apiClassLabels[item.apiClass],
			apiNames[item.api],
			item.scopes.map((scope) => scopeLabel(scope, catalogue)).join(', '),
			item.providers.join(', '),
		];
		if (item.reasons.length === 0)
			return [[...common, '', '', '', 'Aucune condition ne justifie cette donnée.']];
		return item.reasons.map((reason) => [
			...common,
			reason.aidLabel,
			natures.get(reason.aidId) ?? '',
			reason.conditionText,
			criterionReason(dossier, catalogue, reason) ?? reason.text,
		]);
	});
}

/** The matrix as CSV (`;`, UTF-8 with BOM, CRLF), with its header row. */
export function matrixCsv(ctx: PackContext): string {
	return toCsv([[...matrixCsvColumns], ...matrixRows(ctx).map((row) => row.map(frenchText))]);
}

/** Up to this many aids, the matrix is one grid (data × aids); beyond, one table per aid. */
export const MATRIX_GRID_MAX_AIDS = 4;

/**
 * The matrix tables: one grid while its columns stay readable on A4, else one table per aid (its
 * data and the condition that justifies each), so forty aids read as well as two.
 */
export function matrixTables(matrix: PackContext['result']['matrix']): Block[] {
	if (matrix.aids.length <= MATRIX_GRID_MAX_AIDS)
		return [
			table({
				caption: 'Données demandées et conditions qui les justifient, par aide',
				header: ['Donnée', ...matrix.aids.map((aid) => aid.label)],
				rows: matrix.rows.map((row) => [
					row.label,
					...row.cells.map((cell) => (cell.length === 0 ? '–' : cell.join(' ; '))),
				]),
				widths: [3, ...matrix.aids.map(() => 3)],
			}),
		];
	return matrix.aids.flatMap((aid, index) => {
		const rows = matrix.rows.flatMap((row) => {
			const cell = row.cells[index] ?? [];
			return cell.length === 0 ? [] : [[row.label, cell.join(' ; ')]];
		});
		return rows.length === 0
			? []
			: [
					table({
						caption: `Aide « ${aid.label} » : données demandées et conditions qui les justifient`,
						header: ['Donnée', 'Condition qui la justifie'],
						rows,
						widths: [2, 3],
					}),
				];
	});
}

/** Builds the matrix document. */
export function buildMatrix(ctx: PackContext): Doc {
	const { dossier, catalogue, result } = ctx;
	const matrix = result.matrix;
	const overCollected = result.data.filter((item) => item.reasons.length === 0);
	const justified = result.data.filter((item) => item.reasons.length > 0);
	const list = (items: string[]): Block[] =>
		items.length === 0
			? []
			: [{ kind: 'list', ordered: false, items: items.map((text) => [{ text }]) }];
	const blocks: Record<string, Block[]> = {
		conditions_aides: list(aidConditionLines(dossier.aids, catalogue)),
		matrice: matrixTables(matrix),
		classes: [
			table({
				caption: 'Classe de chaque donnée',
				header: ['Donnée', 'Classe', 'Périmètres (scopes)', 'Fournie par'],
				rows: result.data.map((item) => [
					item.label,
					apiClassLabels[item.apiClass],
					item.scopes.map((scope) => scopeLabel(scope, catalogue)).join(', '),
					item.providers.join(', '),
				]),
				widths: [3, 2, 3, 3],
			}),
		],
		sur_collecte: list(overCollected.map((item) => item.label)),
		preuves: list(result.manualConditions.map((m) => `${m.label} (${m.aidLabel}) : ${m.proof}`)),
		reponse_pia: justified.map((item) => {
			const conditions = [...new Set(item.reasons.map(aidCondition))];
			const reasons = [
				...new Set(
					item.reasons.flatMap((reason) => criterionReason(dossier, catalogue, reason) ?? []),
				),
			];
			return {
				kind: 'paragraph',
				runs: [
					{ text: `${item.label} : `, bold: true },
					{ text: `${conditions.join(' ; ')}. ${reasons.join(' ')}`.trim() },
				],
			};
		}),
	};
	const body = renderDocumentTemplate(ctx, 'matrice.md', {
		flags: { sur_collecte: overCollected.length > 0 },
		blocks,
	});
	const name = dossier.ccas.name;
	return doc({
		title: `Matrice de minimisation – ${name}`,
		author: name,
		subject: 'Données demandées à l’API Particulier et conditions qui les justifient',
		keywords: ['minimisation', 'RGPD', 'API Particulier', 'CCAS', 'AIPD'],
		header: `${name} – matrice de minimisation`,
		footer: 'Demande d’accès à l’API Particulier',
		blocks: body,
	});
}

/** The matrix in the pack. */
export const matrixSpec: DocumentSpec = {
	kind: 'doc',
	id: 'matrice',
	title: 'Matrice de minimisation des données',
	templates: {
		'matrice.md': {
			flags: ['sur_collecte'],
			blocks: ['conditions_aides', 'matrice', 'classes', 'sur_collecte', 'preuves', 'reponse_pia'],
		},
	},
	files: [{ path: documentFiles.matrixPdf, format: 'pdf' }],
	build: buildMatrix,
};

/** The matrix as a spreadsheet in the pack. */
export const matrixCsvSpec: TextSpec = {
	kind: 'text',
	id: 'matrice-csv',
	title: 'Matrice de minimisation, une ligne par donnée, aide et condition (tableur)',
	path: documentFiles.matrixCsv,
	mime: mimeTypes.csv,
	build: matrixCsv,
};
