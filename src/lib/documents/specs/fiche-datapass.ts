/** The DataPass sheet: one section per field, in DataPass's order, with the text to paste. */
import { b, doc, h, note, p, t } from '../../document/builders';
import type { Block, Doc } from '../../document/model';
import type { DocumentContext } from '../context';
import { datapassChampsNames, datapassFields, type DatapassField } from '../datapass/fields';
import { DATAPASS_CCAS_PICKER, datapassSteps, datapassSubmissionBoxes } from '../datapass/form';
import { documentFiles } from '../files';
import type { DocumentSpec } from '../spec';
import { renderDocumentTemplate } from '../text';

/** Short labels of the sheet (not sentences: the sentences are in templates/fiche-datapass.md). */
const labels = {
	required: 'Champ obligatoire',
	optional: 'Champ facultatif',
	machineName: 'nom technique',
	unverified: 'libellé indicatif, à rapprocher du formulaire',
	toFix: 'À corriger : ',
	toCopy: 'Texte à recopier',
	toAttach: 'Fichier à joindre',
	toTick: 'Cases à cocher',
	contact: 'Coordonnées à saisir',
	empty: 'Rien à saisir',
} as const;

/** The framed value of a field: one paragraph per line. */
function valueNote(field: DatapassField): Block {
	const title =
		field.kind === 'document'
			? labels.toAttach
			: field.kind === 'checkboxes'
				? labels.toTick
				: field.kind === 'contact'
					? labels.contact
					: labels.toCopy;
	const lines = field.value.split('\n');
	return field.value.trim() === ''
		? note(title, labels.empty)
		: note(title, ...lines.map((line) => (line === '' ? ' ' : line)));
}

/** The blocks of every field, grouped under the DataPass step titles. */
function fieldSections(fields: readonly DatapassField[]): Block[] {
	const blocks: Block[] = [];
	for (const step of datapassSteps) {
		const inStep = fields.filter((field) => field.stepId === step.id);
		if (inStep.length === 0) continue;
		blocks.push(h(2, step.title));
		for (const field of inStep) {
			blocks.push(h(3, field.label));
			blocks.push(
				p(
					b(field.required ? labels.required : labels.optional),
					t(
						` (${labels.machineName} : ${field.name}${field.labelVerified ? '' : ` ; ${labels.unverified}`})`,
					),
				),
			);
			blocks.push(valueNote(field));
			for (const advice of field.notes) blocks.push(p(advice));
			for (const problem of field.problems) blocks.push(p(b(labels.toFix), t(problem)));
		}
	}
	return blocks;
}

/** Builds the DataPass sheet (before the typography pass); works on a partial dossier (problems are shown). */
export function buildDatapassSheet(
	ctx: DocumentContext,
	fields: readonly DatapassField[] = datapassFields(ctx),
): Doc {
	const { dossier, choice } = ctx;
	const comparison: Block[] = (choice.editor?.findings ?? []).map((finding) => p(finding));
	const body = renderDocumentTemplate(ctx, 'fiche-datapass.md', {
		values: {
			solution_editeur: choice.editor?.solution ?? '',
			formulaire_nom: choice.form.name,
			formulaire_id: choice.form.id,
			formulaire_lien: choice.form.url,
			generique_nom: choice.generic.name,
			generique_id: choice.generic.id,
			lien_choix: DATAPASS_CCAS_PICKER,
			fichier_deliberation: documentFiles.deliberationPdf,
			fichier_impot: documentFiles.taxDocx,
		},
		flags: {
			editeur_formulaire: choice.editor !== undefined,
			perimetres_identiques:
				choice.editor !== undefined &&
				choice.editor.extra.length === 0 &&
				choice.editor.missing.length === 0,
			a_corriger: fields.some((field) => field.problems.length > 0),
		},
		blocks: {
			comparaison: comparison,
			champs: fieldSections(fields),
			cases: [
				{
					kind: 'list',
					ordered: false,
					items: datapassSubmissionBoxes.map((box) => [{ text: `« ${box} »` }]),
				},
			],
		},
	});
	const name = dossier.ccas?.name ?? 'CCAS';
	return doc({
		title: `Fiche DataPass – ${name}`,
		author: name,
		subject: 'Demande d’accès à l’API Particulier : les champs de DataPass',
		keywords: ['DataPass', 'API Particulier', 'CCAS', 'habilitation'],
		header: `${name} – fiche DataPass`,
		footer: 'Demande d’accès à l’API Particulier',
		blocks: body,
	});
}

/** The DataPass sheet in the pack. */
export const datapassSheetSpec: DocumentSpec = {
	kind: 'doc',
	id: 'fiche-datapass',
	title: 'Fiche DataPass : chaque champ de la demande, dans l’ordre du formulaire',
	templates: {
		'fiche-datapass.md': {
			values: [
				'solution_editeur',
				'formulaire_nom',
				'formulaire_id',
				'formulaire_lien',
				'generique_nom',
				'generique_id',
				'lien_choix',
				'fichier_deliberation',
				'fichier_impot',
			],
			flags: ['editeur_formulaire', 'perimetres_identiques', 'a_corriger'],
			blocks: ['comparaison', 'champs', 'cases'],
		},
		'datapass-champs.md': datapassChampsNames,
	},
	files: [
		{ path: documentFiles.sheetPdf, format: 'pdf' },
		{ path: documentFiles.sheetDocx, format: 'docx' },
	],
	build: (ctx) => buildDatapassSheet(ctx),
};
