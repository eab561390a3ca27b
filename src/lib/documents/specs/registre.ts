/**
 * The register entry (GDPR art. 30) for the processing, in the field set of Madis and the CNIL
 * model: a document (a table of rubrics) and a CSV with the same rubrics as columns.
 */
import { toCsv } from '../../csv';
import { doc, table } from '../../document/builders';
import type { Block, Doc } from '../../document/model';
import { aipdCriteria } from './aipd';
import { registerFields } from '../register-fields';
import {
	justifiedData,
	processorsOf,
	profileLines,
	recipientsOf,
	sourceLines,
	typedIdentities,
} from '../protection';
import { templateSource, type PackContext } from '../context';
import { documentFiles } from '../files';
import { aidConditionLines } from '../aid-sentences';
import { frenchText } from '../typography';
import { mimeTypes, type DocumentSpec, type TextSpec } from '../spec';
import { blocksText, renderDocumentTemplate, renderSection, templateContext } from '../text';

/** One rubric with its text. */
export interface RegisterEntryField {
	id: (typeof registerFields)[number]['id'];
	label: string;
	text: string;
}

/** A list block, or nothing when empty. */
function list(items: readonly string[]): Block[] {
	return items.length === 0
		? []
		: [{ kind: 'list', ordered: false, items: items.map((text) => [{ text }]) }];
}

/** The text of each rubric. */
export function registerEntry(ctx: PackContext): RegisterEntryField[] {
	const justified = justifiedData(ctx);
	const criteria = aipdCriteria(ctx).filter((criterion) => criterion.status !== 'non rempli');
	const context = templateContext(ctx, {
		blocks: {
			conditions_aides: list(aidConditionLines(ctx.dossier.aids, ctx.catalogue)),
			donnees: list(justified.map((item) => item.label)),
			saisies: list(typedIdentities(ctx)),
			destinataires: list(recipientsOf(ctx)),
			profils: list(profileLines(ctx)),
			sous_traitants: list(processorsOf(ctx)),
			origine: list(sourceLines(ctx)),
			criteres: list(criteria.map((criterion) => `${criterion.label} : ${criterion.status}`)),
		},
	});
	const source = templateSource(ctx.templates, 'registre-champs.md');
	const flags = registerFields.map((field) => `champ_${field.id}`);
	return registerFields.map((field) => ({
		id: field.id,
		label: field.label,
		// « • » rather than « - » before list items: a cell starting with « - » is a formula to a spreadsheet.
		text: frenchText(
			blocksText(renderSection(source, `champ_${field.id}`, context, flags), { bullet: '•' }),
		),
	}));
}

/** The entry as CSV (`;`, UTF-8 with BOM, CRLF): the rubric labels, then one row. */
export function registerCsv(ctx: PackContext): string {
	const entry = registerEntry(ctx);
	return toCsv([entry.map((field) => field.label), entry.map((field) => field.text)]);
}

/** Builds the register entry document. */
export function buildRegister(ctx: PackContext): Doc {
	const { dossier } = ctx;
	const entry = registerEntry(ctx);
	const body = renderDocumentTemplate(ctx, 'registre.md', {
		blocks: {
			fiche: [
				table({
					caption: 'Fiche du registre',
					header: ['Rubrique', 'Contenu'],
					rows: entry.map((field) => [field.label, field.text]),
					widths: [2, 5],
				}),
			],
		},
	});
	const name = dossier.ccas.name;
	return doc({
		title: `Registre des traitements – ${name}`,
		author: name,
		subject: 'Fiche du registre : instruction des aides avec l’API Particulier',
		keywords: ['registre', 'article 30', 'RGPD', 'API Particulier', 'CCAS'],
		header: `${name} – registre des activités de traitement`,
		footer: 'Fiche à inscrire au registre après vérification par le délégué',
		blocks: body,
	});
}

/** The register entry in the pack. */
export const registerSpec: DocumentSpec = {
	kind: 'doc',
	id: 'registre',
	title: 'Fiche du registre des traitements',
	templates: {
		'registre.md': { blocks: ['fiche'] },
		'registre-champs.md': {
			flags: registerFields.map((field) => `champ_${field.id}`),
			blocks: [
				'conditions_aides',
				'donnees',
				'saisies',
				'destinataires',
				'profils',
				'sous_traitants',
				'origine',
				'criteres',
			],
		},
	},
	files: [{ path: documentFiles.registerDocx, format: 'docx' }],
	build: buildRegister,
};

/** The register entry as a spreadsheet in the pack. */
export const registerCsvSpec: TextSpec = {
	kind: 'text',
	id: 'registre-csv',
	title: 'Fiche du registre des traitements, rubriques de Madis (tableur)',
	path: documentFiles.registerCsv,
	mime: mimeTypes.csv,
	build: registerCsv,
};
