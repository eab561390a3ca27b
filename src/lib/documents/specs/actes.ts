/**
 * Transmission of the deliberation to the legality control through @CTES (act number, one-line
 * object, classification) and its row in the SCDL « Délibérations » open-data schema.
 */
import { toCsv } from '../../csv';
import { doc, table } from '../../document/builders';
import type { Doc } from '../../document/model';
import type { PackContext } from '../context';
import { documentFiles } from '../files';
import { mimeTypes, type DocumentSpec, type TextSpec } from '../spec';
import { blocksText, renderDocumentTemplate } from '../text';
import { frenchText } from '../typography';

/** An @CTES act number (Pastell « actes générique »). */
export const ACTES_NUMBER_PATTERN = /^[0-9A-Z_]{1,15}$/;
/** Longest @CTES object. */
export const ACTES_OBJECT_MAX = 499;
/** Nature of the act in @CTES: 1 is « Délibérations ». */
export const ACTES_NATURE = '1';

/**
 * Names of the ACTES classifications the site knows, as SCDL writes them (level 1/level 2, lower
 * case with accents, no comma). 8.2 is the one for this deliberation; 7.10 is the one the
 * Chartres-de-Bretagne seed used.
 */
export const actesMatterNames: Readonly<Record<string, string>> = {
	'8.2': 'domaines de compétences par thèmes/aide sociale',
	'7.10': 'finances locales/divers',
};

/** « domaines de compétences par thèmes/aide sociale » → « Domaines de compétences par thèmes / Aide sociale ». */
export function actesMatterLabel(name: string): string {
	return name
		.split('/')
		.map((part) => part.charAt(0).toLocaleUpperCase('fr') + part.slice(1))
		.join(' / ');
}

/** The columns of the SCDL « Délibérations » schema (2.1.x), in the schema's order. */
export const scdlColumns = [
	'COLL_NOM',
	'COLL_SIRET',
	'DELIB_ID',
	'DELIB_DATE',
	'DELIB_MATIERE_CODE',
	'DELIB_MATIERE_NOM',
	'DELIB_OBJET',
	'BUDGET_ANNEE',
	'BUDGET_NOM',
	'PREF_ID',
	'PREF_DATE',
	'VOTE_EFFECTIF',
	'VOTE_REEL',
	'VOTE_POUR',
	'VOTE_CONTRE',
	'VOTE_ABSTENTION',
	'DELIB_URL',
] as const;

/** One SCDL column. */
export type ScdlColumn = (typeof scdlColumns)[number];

/** Patterns the schema sets on its columns (required columns must also be non-empty). */
export const scdlPatterns: Partial<Record<ScdlColumn, RegExp>> = {
	COLL_SIRET: /^\d{14}$/,
	DELIB_DATE: /^\d{4}-\d{2}-\d{2}$/,
	DELIB_MATIERE_CODE: /^\d\.\d{1,2}$/,
	BUDGET_ANNEE: /^[0-9]{4}(\/[0-9]{4})?$/,
	PREF_DATE: /^\d{4}-\d{2}-\d{2}$/,
	VOTE_EFFECTIF: /^\d+$/,
	VOTE_REEL: /^\d+$/,
	VOTE_POUR: /^\d+$/,
	VOTE_CONTRE: /^\d+$/,
	VOTE_ABSTENTION: /^\d+$/,
};

/** Columns the schema requires. */
export const scdlRequired: readonly ScdlColumn[] = [
	'COLL_NOM',
	'COLL_SIRET',
	'DELIB_ID',
	'DELIB_DATE',
	'DELIB_MATIERE_CODE',
	'DELIB_MATIERE_NOM',
	'DELIB_OBJET',
];

/** The deliberation number as @CTES accepts it: upper case, other characters as `_`, 15 at most. */
export function actesNumber(number: string): string {
	const value = number
		.trim()
		.toUpperCase()
		.replace(/[^0-9A-Z_]/g, '_')
		.slice(0, 15);
	return value === '' ? '_' : value;
}

/** Text on one line: line breaks and every kind of space become one ordinary space. */
export function oneLine(text: string): string {
	return text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Cuts a one-line text to `max` characters at a word boundary, with an ellipsis. */
function cut(text: string, max: number): string {
	if (text.length <= max) return text;
	const head = text.slice(0, max - 1);
	const space = head.lastIndexOf(' ');
	return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** The object of the act, from templates/actes-objet.md: one line, 499 characters at most. */
export function actesObject(ctx: PackContext): string {
	const blocks = renderDocumentTemplate(ctx, 'actes-objet.md');
	return cut(oneLine(frenchText(blocksText(blocks))), ACTES_OBJECT_MAX);
}

/** The SCDL row of the deliberation; columns unknown before transmission stay empty. */
export function scdlRow(ctx: PackContext): Record<ScdlColumn, string> {
	const { ccas, sitting } = ctx.dossier;
	const counts = ctx.sitting.counts;
	return {
		COLL_NOM: ccas.name,
		COLL_SIRET: ccas.siret,
		DELIB_ID: sitting.number,
		DELIB_DATE: sitting.date,
		DELIB_MATIERE_CODE: sitting.actesCode,
		DELIB_MATIERE_NOM: actesMatterNames[sitting.actesCode] ?? '',
		DELIB_OBJET: actesObject(ctx),
		BUDGET_ANNEE: '',
		BUDGET_NOM: '',
		PREF_ID: '',
		PREF_DATE: '',
		VOTE_EFFECTIF: String(counts.inOffice),
		VOTE_REEL: String(counts.votants),
		VOTE_POUR: String(counts.for),
		VOTE_CONTRE: String(counts.against),
		VOTE_ABSTENTION: String(counts.abstentions),
		DELIB_URL: '',
	};
}

/** Problems of a row against the schema: required columns empty, patterns not matched. */
export function scdlProblems(row: Record<ScdlColumn, string>): string[] {
	const problems: string[] = [];
	for (const column of scdlColumns) {
		const value = row[column];
		if (scdlRequired.includes(column) && value.trim() === '')
			problems.push(`${column} : valeur obligatoire manquante.`);
		const pattern = scdlPatterns[column];
		if (value !== '' && pattern && !pattern.test(value))
			problems.push(`${column} : « ${value} » ne respecte pas le format ${pattern.source}.`);
	}
	return problems;
}

/** The SCDL file: header and one row, comma-separated, UTF-8 without BOM, as the schema recommends. */
export function scdlCsv(ctx: PackContext): string {
	const row = scdlRow(ctx);
	return toCsv([[...scdlColumns], scdlColumns.map((column) => row[column])], {
		separator: ',',
		bom: false,
	});
}

/** Builds the @CTES and open-data sheet. */
export function buildActes(ctx: PackContext): Doc {
	const { dossier } = ctx;
	const { sitting } = dossier;
	const number = actesNumber(sitting.number);
	const row = scdlRow(ctx);
	const code = sitting.actesCode;
	const matter = actesMatterNames[code];
	const body = renderDocumentTemplate(ctx, 'actes.md', {
		values: {
			numero_actes: number,
			code_matiere: code,
			fichier_scdl: documentFiles.scdlCsv,
		},
		flags: {
			numero_modifie: number !== sitting.number,
			matiere_inconnue: matter === undefined || code !== '8.2',
		},
		blocks: {
			actes: [
				table({
					caption: 'Valeurs à saisir dans l’outil de transmission',
					header: ['Champ', 'Valeur'],
					rows: [
						['Nature de l’acte', `${ACTES_NATURE} – Délibérations`],
						['Numéro de l’acte', number],
						['Objet', row.DELIB_OBJET],
						[
							'Classification (matière et sous-matière)',
							matter ? `${code} – ${actesMatterLabel(matter)}` : code,
						],
						['Acte', documentFiles.deliberationPdf],
					],
					widths: [2, 5],
				}),
			],
			scdl: [
				table({
					caption: 'Ligne du schéma SCDL « Délibérations »',
					header: ['Colonne', 'Valeur'],
					rows: scdlColumns.map((column) => [column, row[column] === '' ? '–' : row[column]]),
					widths: [2, 5],
				}),
			],
		},
	});
	const name = dossier.ccas.name;
	return doc({
		title: `Transmission et publication – ${name}`,
		author: name,
		subject: `Délibération n° ${sitting.number} : @CTES et données ouvertes`,
		keywords: ['@CTES', 'contrôle de légalité', 'SCDL', 'données ouvertes', 'délibération'],
		header: `${name} – délibération n° ${sitting.number}`,
		footer: `Nomenclature ACTES ${code}`,
		blocks: body,
	});
}

/** The @CTES and open-data sheet in the pack. */
export const actesSpec: DocumentSpec = {
	kind: 'doc',
	id: 'actes',
	title: 'Fiche @CTES et données ouvertes',
	templates: {
		'actes.md': {
			values: ['numero_actes', 'code_matiere', 'fichier_scdl'],
			flags: ['numero_modifie', 'matiere_inconnue'],
			blocks: ['actes', 'scdl'],
		},
		'actes-objet.md': {},
	},
	files: [{ path: documentFiles.actesDocx, format: 'docx' }],
	build: buildActes,
};

/** The SCDL row of the deliberation in the pack (open data: no typography change to the values). */
export const scdlCsvSpec: TextSpec = {
	kind: 'text',
	id: 'scdl-csv',
	title: 'Ligne de la délibération au format SCDL « Délibérations » (données ouvertes)',
	path: documentFiles.scdlCsv,
	mime: mimeTypes.csv,
	build: scdlCsv,
};
