/**
 * The wizard's step registry and its validation. Adding a step = one entry in `createWizard`'s list
 * (a FormStep or a ViewStep) + one Astro component `src/components/assistant/steps/<id>.astro`
 * (+ for a view step, its renderer `src/elements/assistant-views/<id>.ts`).
 */
import { stepTitle } from '../steps';
import { dossier as dossierSchema, DOSSIER_SCHEMA_VERSION, type Dossier } from '../schema/dossier';
import { aidsStep } from './aids-step';
import { ccasStep } from './ccas-step';
import { processingStep } from './processing-step';
import { seanceStep } from './seance-step';
import { requestStep } from './request-step';
import type {
	FormStep,
	FormValues,
	IssuePath,
	StepProblem,
	StepResult,
	ViewStep,
	WizardCatalogue,
	WizardStep,
} from './types';

/** The registry's types (steps, values, results). */
export type * from './types';

/** The DSFR step indicator shows at most 8 steps. */
export const MAX_STEPS = 8;

/** Step 3: the strictly necessary data, computed from the aids (no form). */
export const resultsStep: ViewStep = {
	id: 'donnees',
	title: stepTitle('donnees'),
	kind: 'view',
};

/** The board deliberation: its preview, then DOCX and PDF downloads (no form). */
export const deliberationStep: ViewStep = {
	id: 'deliberation',
	title: stepTitle('deliberation'),
	kind: 'view',
};

/** Last step: the checklist, the DataPass fields to copy and the documents to download (no form). */
export const dossierStep: ViewStep = {
	id: 'dossier',
	title: stepTitle('dossier'),
	kind: 'view',
};

/** A Dossier with no section yet. */
export function emptyDossier(): Dossier {
	return { schemaVersion: DOSSIER_SCHEMA_VERSION, extraData: [] };
}

/** The wizard bound to a catalogue: its steps, in order, and their validation. */
export interface Wizard {
	steps: readonly WizardStep[];
	/** The step with this id (throws on an unknown id: a programming error). */
	step(id: string): WizardStep;
	/** Validates a form step's raw values against its schema and the Dossier-wide rules. */
	validateStep(stepId: string, values: FormValues, base?: Dossier): StepResult;
	/** The French message for one field of a step, or undefined when that field is fine. */
	validateField(
		stepId: string,
		name: string,
		values: FormValues,
		base?: Dossier,
	): string | undefined;
}

/** Turns issues into one problem per field (the first message wins: it is the most basic one). */
function problemsOf(
	step: FormStep,
	issues: readonly { code: string; message: string; path: IssuePath }[],
	values: FormValues,
): StepProblem[] {
	const problems: StepProblem[] = [];
	for (const issue of issues) {
		const field = step.fieldOf(issue.path, values);
		if (problems.some((problem) => problem.field === field)) continue;
		problems.push({ field, message: step.message?.(field, issue) ?? issue.message });
	}
	return problems;
}

/** Builds the registry for a catalogue. */
export function createWizard(catalogue: WizardCatalogue): Wizard {
	const steps: WizardStep[] = [
		ccasStep,
		aidsStep(catalogue),
		resultsStep,
		processingStep,
		seanceStep,
		deliberationStep,
		requestStep,
		dossierStep,
	];
	if (steps.length > MAX_STEPS) throw new Error(`L’assistant compte plus de ${MAX_STEPS} étapes.`);

	function step(id: string): WizardStep {
		const found = steps.find((candidate) => candidate.id === id);
		if (!found) throw new Error(`Étape inconnue : ${id}`);
		return found;
	}

	function validateStep(stepId: string, values: FormValues, base = emptyDossier()): StepResult {
		const current = step(stepId);
		if (current.kind !== 'form') return { ok: true, section: undefined, dossier: base };
		const parsed = current.schema.safeParse(current.read(values));
		if (!parsed.success) {
			return {
				ok: false,
				problems: problemsOf(current, parsed.error.issues, values),
			};
		}
		// Rules across sections (the DPO is not the president…) are checked on the whole Dossier.
		const next = current.put(base, parsed.data);
		const whole = dossierSchema.safeParse(next);
		if (whole.success) return { ok: true, section: parsed.data, dossier: whole.data };
		const own = whole.error.issues.flatMap((issue) => {
			const path = current.own(issue.path);
			return path ? [{ ...issue, path }] : [];
		});
		if (own.length > 0) return { ok: false, problems: problemsOf(current, own, values) };
		// Another section is invalid: not this step's to report, and this section is valid.
		return { ok: true, section: parsed.data, dossier: next };
	}

	return {
		steps,
		step,
		validateStep,
		validateField(stepId, name, values, base) {
			const result = validateStep(stepId, values, base);
			return result.ok ? undefined : result.problems.find((p) => p.field === name)?.message;
		},
	};
}

/** The steps and their constants, for tests and for the steps' components. */
export { ccasStep, NO_SOFTWARE, OTHER_SOFTWARE } from './ccas-step';
export { aidsStep, aidsSection, OWN_AID_PREFIX, type AidsSection } from './aids-step';
export {
	processingStep,
	DEFAULT_RETENTION_MONTHS,
	RETENTION_JUSTIFY_ABOVE,
	informationChannels,
} from './processing-step';
export { requestStep, contactRoles, contactFields, readDate, writeDate } from './request-step';
export { seanceStep, sittingPath } from './seance-step';
