/**
 * The register entry (GDPR art. 30) for the processing, in the field set of Madis and the CNIL
 * model: a document (a table of rubrics) and a CSV with the same rubrics as columns.
 */
import { toCsv } from '../csv';
import { doc, table } from '../document/builders';
import type { Block, Doc } from '../document/model';
import { aipdCriteria } from './aipd';
import { registerFields } from './register-fields';
import { lowerFirst, type PackContext } from './context';
import { sectionFlags, templateSource } from './registry';
import { blocksText, recordingCite, renderFrench, renderSection } from './text';
import type { TemplateContext } from '../templates/render';

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
	const { dossier, catalogue, result, base } = ctx;
	const justified = result.data.filter((item) => item.reasons.length > 0);
	const criteria = aipdCriteria(result).filter((criterion) => criterion.status !== 'non rempli');
	const context: TemplateContext = {
		values: base.values,
		flags: base.flags,
		blocks: {
			donnees: list(justified.map((item) => item.label)),
			identifiants: list(
				justified
					.filter((item) => !item.identityPivot)
					.map((item) => `Pour « ${item.label} » : ${lowerFirst(item.identification)}`),
			),
			destinataires: list(dossier.processing.recipients),
			criteres: list(criteria.map((criterion) => `${criterion.label} : ${criterion.status}`)),
		},
		cite: recordingCite(catalogue.legal).cite,
	};
	const source = templateSource(ctx.templates, 'registre-champs.md');
	const flags = sectionFlags('registre-champs.md');
	return registerFields.map((field) => ({
		id: field.id,
		label: field.label,
		text: blocksText(renderSection(source, `champ_${field.id}`, context, flags)),
	}));
}

/** The entry as CSV (`;`, UTF-8 with BOM, CRLF): the rubric labels, then one row. */
export function registerCsv(ctx: PackContext): string {
	const entry = registerEntry(ctx);
	return toCsv([entry.map((field) => field.label), entry.map((field) => field.text)]);
}

/** Builds the register entry document. */
export function buildRegister(ctx: PackContext): Doc {
	const { dossier, catalogue, base } = ctx;
	const entry = registerEntry(ctx);
	const body = renderFrench(templateSource(ctx.templates, 'registre.md'), {
		values: base.values,
		flags: base.flags,
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
		cite: recordingCite(catalogue.legal).cite,
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
