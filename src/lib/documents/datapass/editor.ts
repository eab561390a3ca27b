/**
 * Which DataPass form the CCAS opens, and how an editor's prefilled form compares with the scopes
 * the CCAS's conditions justify: a prefilled form only helps, the CCAS answers for every box ticked.
 */
import type { Catalogue } from '../../catalogue/types';
import { frenchList } from '../labels';
import { frenchTypography } from '../../french';
import type { MinimisationResult } from '../../minimise';
import type { Dossier } from '../../schema/dossier';
import {
	datapassFormUrl,
	demarcheNumeriqueForm,
	genericFacultativeForm,
	genericForm,
	type DatapassFormRef,
} from './form';

/** An editor's prefilled form compared with the strictly necessary scopes. */
export interface EditorComparison {
	/** Editor's company name. */
	editorName: string;
	/** Name of the software (the name of the form in DataPass). */
	solution: string;
	/** The form to open. */
	form: DatapassFormRef;
	/** Scopes the form ticks that no condition of the CCAS justifies: to untick. */
	extra: string[];
	/** Scopes the conditions need that the form does not tick: to add. */
	missing: string[];
	/** French findings, one for extra scopes and one for missing ones (empty when the form matches). */
	findings: string[];
}

/** The form to open and why, plus the editor comparison when the CCAS's software has a form. */
export interface FormChoice {
	/** The form to open first. */
	form: DatapassFormRef;
	/** The generic CCAS form that fits the aids (always given, in case the editor's form does not fit). */
	generic: DatapassFormRef;
	/** True when facultative aids are involved: the deliberation must be attached. */
	needsDeliberation: boolean;
	/** Present when the software's editor has a prefilled form. */
	editor?: EditorComparison;
}

/** The catalogue parts the comparison reads. */
export type EditorCatalogue = Pick<Catalogue, 'editors' | 'data'>;

/** What follows a scope DataPass shows but the API does not serve yet. */
export const ANNOUNCED_SCOPE = 'annoncé, disponibilité à confirmer';

/**
 * A scope as a person reads it: « label » (identifier) when DataPass's label is known, the bare
 * identifier otherwise; an announced scope says its availability is still to be confirmed.
 */
export function scopeLabel(name: string, catalogue: Pick<Catalogue, 'data'>): string {
	const scope = catalogue.data
		.flatMap((item) => item.scopes)
		.find((candidate) => candidate.name === name && candidate.label);
	const text = scope?.label ? `« ${scope.label} » (${name})` : name;
	return catalogue.data.some((item) =>
		item.scopes.some((candidate) => candidate.name === name && candidate.announced),
	)
		? `${text}, ${ANNOUNCED_SCOPE}`
		: text;
}

/** Compares the editor's fixed scopes with the API Particulier scopes the conditions need. */
export function compareEditorForm(
	editor: { name: string; solution: string; datapassForm: { id: string; scopes: string[] } },
	needed: readonly string[],
	catalogue: Pick<Catalogue, 'data'>,
): EditorComparison {
	const fixed = editor.datapassForm.scopes;
	const extra = fixed.filter((scope) => !needed.includes(scope));
	const missing = needed.filter((scope) => !fixed.includes(scope));
	const findings: string[] = [];
	const labels = (scopes: string[]) =>
		frenchList(scopes.map((scope) => scopeLabel(scope, catalogue)));
	if (extra.length > 0)
		findings.push(
			`Le formulaire de ${editor.solution} (${editor.name}) coche d’office ${extra.length > 1 ? 'les périmètres' : 'le périmètre'} ${labels(extra)}, que vos conditions ne justifient pas : ${extra.length > 1 ? 'décochez-les' : 'décochez-le'}. DataPass refuse les données qu’aucune condition ne justifie.`,
		);
	if (missing.length > 0)
		findings.push(
			`Vos conditions ont besoin ${missing.length > 1 ? 'des périmètres' : 'du périmètre'} ${labels(missing)}, que le formulaire de ${editor.solution} ne coche pas : ${missing.length > 1 ? 'ajoutez-les' : 'ajoutez-le'}, si le formulaire le permet, ou passez par le formulaire générique des CCAS.`,
		);
	return {
		findings: findings.map((finding) => frenchTypography(finding)),
		editorName: editor.name,
		solution: editor.solution,
		form: {
			id: editor.datapassForm.id,
			name: editor.solution,
			url: datapassFormUrl(editor.datapassForm.id),
		},
		extra,
		missing,
	};
}

/** The form to open for this dossier: the editor's prefilled form when there is one, else the generic one. */
export function chooseForm(
	dossier: Pick<Dossier, 'ccas' | 'aids' | 'dataProtection'>,
	result: Pick<MinimisationResult, 'scopes'>,
	catalogue: EditorCatalogue,
): FormChoice {
	const needsDeliberation = (dossier.aids ?? []).some((aid) => aid.nature === 'facultative');
	const generic = needsDeliberation ? genericFacultativeForm : genericForm;
	// Applications taken online on Démarche numérique: its own habilitation, whatever the software.
	if (dossier.dataProtection?.apiAccess === 'demarche-numerique')
		return { form: demarcheNumeriqueForm, generic, needsDeliberation };
	const editorId = dossier.ccas?.software?.editorId;
	const editor = editorId ? catalogue.editors.find((entry) => entry.id === editorId) : undefined;
	if (!editor?.datapassForm) return { form: generic, generic, needsDeliberation };
	const needed = result.scopes
		.filter((scope) => scope.api === 'api-particulier')
		.map((scope) => scope.name);
	const comparison = compareEditorForm(
		{ name: editor.name, solution: editor.solution, datapassForm: editor.datapassForm },
		needed,
		catalogue,
	);
	return { form: comparison.form, generic, needsDeliberation, editor: comparison };
}
