/**
 * Types of the wizard's step registry. A step is either a form step (raw form values in, one
 * validated part of the Dossier out) or a view step (it shows something computed from the Dossier).
 * Pure TypeScript: the DOM side lives in src/elements and only speaks these types.
 */
import type { z } from '../schema/zod-fr';
import type { Dossier } from '../schema/dossier';
import type { Catalogue } from '../catalogue/types';
import type { DataItem } from '../schema/catalogue';

/** Raw values of a form, by field name: text inputs, selects and radios give a string, checkboxes a list. */
export type FormValues = Record<string, string | string[]>;

/** A zod issue path (keys and array indexes). */
export type IssuePath = readonly PropertyKey[];

/** The catalogue facts the wizard needs in the browser. */
export interface WizardCatalogue extends Pick<Catalogue, 'data' | 'criteria' | 'aids'> {
	/** Names of the APIs, as pages write them. */
	apiNames: Record<DataItem['api'], string>;
	/** Software editors, CCAS use case first: only what the software select shows. */
	editors: { id: string; name: string; solution: string; forCcas: boolean; historical: boolean }[];
}

/** What every step has. */
interface StepBase {
	/** Stable id, used in the draft (`pending[id]`), in element ids and for the step's component. */
	id: string;
	/** Title shown in the step indicator and in the document title. */
	title: string;
}

/** A step that shows something computed from the Dossier and has no form. */
export interface ViewStep extends StepBase {
	kind: 'view';
}

/** A step with a form that produces one validated part (a « section ») of the Dossier. */
export interface FormStep<S = unknown> extends StepBase {
	kind: 'form';
	/** The zod schema of the section. */
	schema: z.ZodMiniType<S>;
	/** Raw form values → section candidate (numbers parsed, checkboxes to booleans or lists). */
	read(values: FormValues): unknown;
	/** Section → form values, to refill the form; fields left out keep the form's defaults. */
	write(section: S): FormValues;
	/** The step's section in a Dossier, or undefined when the Dossier does not have it yet. */
	pick(dossier: Dossier): S | undefined;
	/** The Dossier with this step's section replaced. */
	put(dossier: Dossier, section: S): Dossier;
	/** Turns a path of the whole Dossier into a path of the section, or undefined when it is not this step's. */
	own(dossierPath: IssuePath): IssuePath | undefined;
	/** The name of the field a section issue belongs to ('' when no field holds it). */
	fieldOf(path: IssuePath, values: FormValues): string;
	/** A clearer message for a field than zod's generic one, when the step has one. */
	message?(
		field: string,
		issue: { code: string; message: string; path: IssuePath },
	): string | undefined;
}

/** Any step of the registry. */
export type WizardStep = FormStep | ViewStep;

/** One problem of a step: the field name (or '') and the French message. */
export interface StepProblem {
	/** Name of the field in the step's form; '' for a problem of the whole step. */
	field: string;
	/** French message naming the fix. */
	message: string;
}

/** Result of validating a form step. */
export type StepResult<S = unknown> =
	{ ok: true; section: S; dossier: Dossier } | { ok: false; problems: StepProblem[] };
