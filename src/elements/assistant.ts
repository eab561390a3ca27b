/**
 * `hc-assistant`: the wizard's controller. It moves between the steps of the registry
 * (src/lib/wizard), validates on blur and on « Suivant », saves the draft on every change, and
 * exports, imports and erases the dossier. The markup comes from the server; this code only reads
 * and fills forms, toggles `hidden` and sets text.
 */
import {
	changedElsewhere,
	clearDraft,
	DRAFT_KEY,
	emptyDraft,
	loadDraft,
	saveDraft,
	type Draft,
	type StorageLike,
} from '../lib/dossier/draft';
import { parseDossierValue } from '../lib/dossier/parse';
import type { Dossier } from '../lib/schema/dossier';
import {
	createWizard,
	emptyDossier,
	sittingPath,
	type StepProblem,
	type Wizard,
	type WizardCatalogue,
	type WizardStep,
} from '../lib/wizard';
import { prefillValues } from '../lib/wizard/prefill';
import { reachableSteps, recapLines } from '../lib/wizard/recap';
import { strings } from '../lib/wizard/strings';
import type { FilePort } from './assistant-files';
import type { ViewModule } from './assistant-view';
import {
	addRow,
	buildOpened,
	fieldLabel,
	fieldTarget,
	fillForm,
	prefillForm,
	readExpanded,
	readForm,
	removeRow,
	setFieldError,
	updateVisibility,
} from './assistant-form';
import { all, must, show, slot } from './dom';
import { showSummary } from './error-summary';

/** localStorage, or undefined when the browser refuses it (private mode, disabled storage). */
function storage(): StorageLike | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** Revision of the draft another tab may have saved (0 when none). */
function storedRevision(): number {
	try {
		const stored: unknown = JSON.parse(storage()?.getItem(DRAFT_KEY) ?? '{}');
		const revision = stored instanceof Object && 'revision' in stored ? stored.revision : 0;
		return typeof revision === 'number' ? revision : 0;
	} catch {
		return 0;
	}
}

function isoToday(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The Dossier without its change date, to tell a real change from a re-validation. */
function content(dossier: Dossier): string {
	return JSON.stringify({ ...dossier, updatedOn: undefined });
}

/** Renderers of view steps, by file name: `assistant-views/<step id>.ts`, each loaded when its step is shown. */
const views = import.meta.glob<ViewModule>('./assistant-views/*.ts');

/** The wizard element. */
export class HcAssistant extends HTMLElement {
	#catalogue: WizardCatalogue | undefined;
	#wizard: Wizard | undefined;
	#dossier: Dossier = emptyDossier();
	#draft: Draft = emptyDraft();
	#index = 0;
	/** « conflict »: another tab saved; « blocked »: the stored draft could not be read and must not be overwritten. */
	#saving: 'on' | 'conflict' | 'blocked' = 'on';
	/** Fields edited since they were last refilled (`step:field`), validated on blur. */
	#touched = new Set<string>();
	/** Errors shown under fields, by step then field. */
	#errors = new Map<string, Map<string, string>>();
	/** The shown step's module, once loaded and rendered. */
	#ready: Promise<unknown> = Promise.resolve();

	connectedCallback(): void {
		if (this.#wizard) return;
		this.#catalogue = JSON.parse(this.dataset['catalogue'] ?? '{}') as WizardCatalogue;
		this.#wizard = createWizard(this.#catalogue);
		this.addEventListener('input', this.#onInput);
		this.addEventListener('focusout', this.#onBlur);
		// The commune list's code loads when its field is first used, never with the page.
		this.querySelector('[data-commune-picker]')?.addEventListener(
			'focusin',
			(event) => {
				const root = event.currentTarget as HTMLElement;
				void import('./commune-picker').then((picker) => picker.attachCommunePicker(root));
			},
			{ once: true },
		);
		this.addEventListener('click', this.#onClick);
		// `toggle` does not bubble: heard while it goes down to the details.
		this.addEventListener('toggle', this.#onToggle, true);
		this.addEventListener('submit', this.#onSubmit);
		must<HTMLInputElement>(this, '[data-import]').addEventListener('change', this.#onImport);
		window.addEventListener('storage', this.#onStorage);
		this.#restore(loadDraft(storage()));
		this.#openFromHash();
	}

	/** `/assistant/#etape-seance` (a search result) opens that step, or the first one left to do before it. */
	#openFromHash(): void {
		const wanted = /^#etape-([a-z]+)$/.exec(window.location.hash)?.[1];
		const index = this.#steps.findIndex((step) => step.id === wanted);
		if (index < 0) return;
		const reachable = reachableSteps(this.#steps, this.#dossier);
		this.#showStep(reachable[index] ? index : reachable.lastIndexOf(true));
	}

	disconnectedCallback(): void {
		window.removeEventListener('storage', this.#onStorage);
	}

	/* ---- State ---- */

	get #steps(): readonly WizardStep[] {
		return this.#wizard?.steps ?? [];
	}

	#form(stepId: string): HTMLFormElement | null {
		return this.querySelector<HTMLFormElement>(`form[data-step-form="${stepId}"]`);
	}

	#restore(loaded: ReturnType<typeof loadDraft>): void {
		if (loaded.ok) {
			this.#draft = loaded.draft;
		} else {
			this.#draft = emptyDraft();
			this.#warnStorage(loaded.message);
			// A draft we cannot read is left as it is until the person imports or erases.
			if (loaded.reason !== 'indisponible') this.#saving = 'blocked';
		}
		const parsed = parseDossierValue(this.#draft.dossier);
		this.#dossier = parsed.ok ? parsed.dossier : emptyDossier();
		this.#fillAll(this.#draft.pending);
		const last = this.#steps.length - 1;
		this.#showStep(Math.min(Math.max(this.#draft.step, 0), last), { focus: false, save: false });
		if (loaded.ok && loaded.found && this.#draft.savedAt)
			this.#showSaved(new Date(this.#draft.savedAt));
	}

	/** Refills every form from raw values, or from the Dossier's section, or with the defaults. */
	#fillAll(pending: Draft['pending']): void {
		for (const step of this.#steps) {
			const form = this.#form(step.id);
			if (step.kind !== 'form' || !form) continue;
			const section = step.pick(this.#dossier);
			fillForm(form, pending[step.id] ?? (section === undefined ? {} : step.write(section)));
			this.#clearErrors(step.id);
		}
		this.#touched.clear();
	}

	#setDossier(next: Dossier): void {
		if (content(next) !== content(this.#dossier))
			this.#dossier = { ...next, updatedOn: isoToday() };
	}

	/* ---- Saving ---- */

	#save(): void {
		if (this.#saving !== 'on') return;
		const store = storage();
		if (changedElsewhere(store, this.#draft.revision)) {
			this.#conflict();
			return;
		}
		const saved = saveDraft(store, { ...this.#draft, dossier: this.#dossier, step: this.#index });
		if (saved.ok) {
			this.#draft = saved.draft;
			this.#showSaved(new Date(saved.draft.savedAt));
			show(must(this, '[data-alert="storage"]'), false);
		} else {
			this.#warnStorage(saved.message);
		}
	}

	#showSaved(date: Date): void {
		const text = strings.saved(date);
		const target = slot(this, 'saved');
		// Unchanged text is not announced again by the live region.
		if (target.textContent !== text) target.textContent = text;
	}

	#warnStorage(message: string): void {
		const alert = must(this, '[data-alert="storage"]');
		slot(alert, 'message').textContent = message;
		show(alert, true);
	}

	#conflict(): void {
		this.#saving = 'conflict';
		show(must(this, '[data-alert="conflict"]'), true);
	}

	/** The `storage` event only fires for changes made by other tabs: never overwrite them silently. */
	#onStorage = (event: StorageEvent): void => {
		if (event.storageArea !== storage()) return;
		if (event.key === DRAFT_KEY || event.key === null) this.#conflict();
	};

	/** Takes over the draft saved elsewhere (« Recharger »). */
	#reload(): void {
		this.#saving = 'on';
		show(must(this, '[data-alert="conflict"]'), false);
		this.#restore(loadDraft(storage()));
		must(this, '#hc-step-title').focus();
	}

	/* ---- Steps ---- */

	#showStep(index: number, { focus = true, save = true } = {}): void {
		const steps = this.#steps;
		const step = steps[index];
		if (!step) return;
		this.#index = index;
		for (const panel of all(this, 'section[data-step]'))
			show(panel, panel.dataset['step'] === step.id);
		const stepper = must(this, '[data-stepper]');
		slot(stepper, 'title').textContent = step.title;
		slot(stepper, 'state').textContent = strings.stepState(index + 1, steps.length);
		slot(stepper, 'bar').setAttribute('data-fr-current-step', String(index + 1));
		const next = steps[index + 1];
		slot(stepper, 'next').textContent = next?.title ?? '';
		show(slot(stepper, 'details'), next !== undefined);
		document.title = strings.documentTitle(
			index + 1,
			steps.length,
			step.title,
			this.dataset['pageTitle'] ?? '',
		);
		show(must(this, '[data-action="prev"]'), index > 0);
		must(this, '[data-action="next"]').textContent = next ? strings.next : strings.finish;
		this.#showLinks(index);
		this.#hideOutcomes();
		show(must(this, '[data-error-summary]'), false);
		if (step.kind === 'form') this.#prefill(step);
		const view = views[`./assistant-views/${step.id}.ts`];
		const panel = this.querySelector<HTMLElement>(`section[data-step="${step.id}"]`);
		// A form step may have a module too (« seance » installs its rules and live counts).
		if (view && panel && this.#catalogue) {
			const context = { dossier: this.#dossier, catalogue: this.#catalogue, today: isoToday() };
			panel.setAttribute('aria-busy', 'true');
			this.#ready = view()
				.then((module) => module.render(panel, context))
				.catch(() => undefined)
				.finally(() => panel.removeAttribute('aria-busy'));
		}
		this.#draft = { ...this.#draft, step: index };
		if (save) this.#save();
		if (focus) {
			const title = must(this, '#hc-step-title');
			title.focus();
			title.scrollIntoView({ block: 'start' });
		}
	}

	/** The step links (done steps, and the first left to do) and, with the last step, the recap. */
	#showLinks(index: number): void {
		const steps = this.#steps;
		const reachable = reachableSteps(steps, this.#dossier);
		steps.forEach((step, n) => {
			const item = this.querySelector(`[data-step-item="${step.id}"]`);
			if (!item) return;
			const link = n !== index && reachable[n] === true;
			show(must(item, 'a'), link);
			const text = must(item, '[data-step-text]');
			show(text, !link);
			if (n === index) text.setAttribute('aria-current', 'step');
			else text.removeAttribute('aria-current');
		});
		const recap = must(this, '[data-recap]');
		const last = index === steps.length - 1;
		show(recap, last);
		if (!last) return;
		for (const line of recapLines(steps, this.#dossier)) {
			const item = recap.querySelector(`[data-recap-item="${line.stepId}"]`);
			if (item) slot(item, 'summary').textContent = line.summary ?? strings.recapMissing;
		}
	}

	/** People entered once: a step not validated yet takes, in its empty fields, what earlier steps hold. */
	#prefill(step: WizardStep): void {
		const form = this.#form(step.id);
		if (step.kind !== 'form' || !form || step.pick(this.#dossier) !== undefined) return;
		if (prefillForm(form, prefillValues(step.id, this.#dossier))) this.#update(form);
	}

	/** « Suivant » waits for the shown step's module, whose rules may block the step. */
	#next(): void {
		void this.#ready.then(() => this.#advance());
	}

	#advance(): void {
		const step = this.#steps[this.#index];
		if (!step || !this.#wizard) return;
		if (step.kind === 'form') {
			const form = this.#form(step.id);
			if (!form) return;
			const values = readForm(form);
			const result = this.#wizard.validateStep(step.id, values, this.#dossier);
			if (!result.ok) {
				this.#showProblems(step.id, form, result.problems);
				return;
			}
			this.#setDossier(result.dossier);
			this.#draft.pending[step.id] = values;
			this.#clearErrors(step.id);
		}
		if (this.#index + 1 < this.#steps.length) {
			this.#showStep(this.#index + 1);
		} else {
			this.#save();
			this.#notify(strings.finishedTitle, strings.finishedMessage);
		}
	}

	/* ---- Editing and errors ---- */

	#onInput = (event: Event): void => {
		const target = event.target;
		if (!(target instanceof Element)) return;
		const form = target.closest<HTMLFormElement>('form[data-step-form]');
		if (!form) return;
		const name = target.getAttribute('name');
		if (name) this.#touched.add(`${form.dataset['stepForm']}:${name}`);
		this.#update(form);
	};

	/** After any change: keep the raw values, take the section when it is valid, refresh shown errors, save. */
	#update(form: HTMLFormElement): void {
		const stepId = form.dataset['stepForm'] ?? '';
		// Sections a tick calls for are built even before the rules' module has loaded.
		const values = readExpanded(form);
		if (!this.#wizard) return;
		updateVisibility(form, values);
		this.#draft.pending[stepId] = values;
		const result = this.#wizard.validateStep(stepId, values, this.#dossier);
		if (result.ok) this.#setDossier(result.dossier);
		const shown = this.#errors.get(stepId);
		if (shown) {
			for (const [field, message] of shown) {
				const now = result.ok ? undefined : result.problems.find((p) => p.field === field)?.message;
				if (now === message) continue;
				setFieldError(form, field, now);
				if (now === undefined) shown.delete(field);
				else shown.set(field, now);
			}
			this.#renderSummary(form, stepId, false);
		}
		this.#save();
	}

	#onBlur = (event: FocusEvent): void => {
		const target = event.target;
		if (!(target instanceof Element) || !this.#wizard) return;
		const form = target.closest<HTMLFormElement>('form[data-step-form]');
		const name = target.getAttribute('name');
		if (!form || !name) return;
		const stepId = form.dataset['stepForm'] ?? '';
		const shown = this.#errors.get(stepId) ?? new Map<string, string>();
		// Untouched fields are not judged on blur: tabbing through an empty form shows no error.
		if (!this.#touched.has(`${stepId}:${name}`) && !shown.has(name)) return;
		const message = this.#wizard.validateField(stepId, name, readForm(form), this.#dossier);
		if (!setFieldError(form, name, message)) return;
		if (message === undefined) shown.delete(name);
		else shown.set(name, message);
		this.#errors.set(stepId, shown);
		this.#renderSummary(form, stepId, false);
	};

	#showProblems(stepId: string, form: HTMLFormElement, problems: StepProblem[]): void {
		this.#clearErrors(stepId);
		const shown = new Map<string, string>();
		for (const problem of problems) {
			setFieldError(form, problem.field, problem.message);
			shown.set(problem.field, problem.message);
		}
		this.#errors.set(stepId, shown);
		this.#renderSummary(form, stepId, true);
	}

	#clearErrors(stepId: string): void {
		const form = this.#form(stepId);
		for (const field of this.#errors.get(stepId)?.keys() ?? [])
			if (form) setFieldError(form, field, undefined);
		this.#errors.delete(stepId);
		show(must(this, '[data-error-summary]'), false);
	}

	/** Lists the shown errors with links to their fields; `open` shows and focuses the summary. */
	#renderSummary(form: HTMLFormElement, stepId: string, open: boolean): void {
		const summary = must(this, '[data-error-summary]');
		if (!open && summary.hidden) return;
		const shown = [...(this.#errors.get(stepId) ?? new Map<string, string>())];
		showSummary(
			summary,
			strings.errorCount(shown.length),
			shown.map(([field, message]) => {
				const label = fieldLabel(form, field);
				return {
					text: label ? strings.problem(label, message) : message,
					target: fieldTarget(form, field),
				};
			}),
			{ focus: open },
		);
	}

	/* ---- Clicks ---- */

	#onClick = (event: MouseEvent): void => {
		const target = event.target;
		if (!(target instanceof Element)) return;
		// « Corriger » in the last step's checklist: back to the step that fixes the item.
		const goto = target.closest<HTMLElement>('a[data-goto-step]');
		if (goto) {
			const index = this.#steps.findIndex((step) => step.id === goto.dataset['gotoStep']);
			if (index >= 0) {
				event.preventDefault();
				const nav = goto.closest('details');
				if (nav) nav.open = false;
				this.#showStep(index);
			}
			return;
		}
		const add = target.closest<HTMLElement>('[data-repeat-add]');
		if (add) {
			const row = addRow(add.closest<HTMLElement>('[data-repeat]') ?? add);
			row.querySelector<HTMLElement>('input, select, textarea')?.focus();
			this.#rowsChanged(row);
			return;
		}
		const remove = target.closest<HTMLElement>('[data-repeat-remove]');
		if (remove) {
			const row = remove.closest<HTMLElement>('[data-repeat-item]');
			const container = row?.closest<HTMLElement>('[data-repeat]');
			if (!row || !container) return;
			removeRow(row);
			container.querySelector<HTMLElement>(':scope > [data-repeat-add]')?.focus();
			this.#rowsChanged(container);
			return;
		}
		const action = target.closest<HTMLElement>('[data-action]')?.dataset['action'];
		if (action === 'next') this.#next();
		else if (action === 'prev') this.#showStep(this.#index - 1);
		else if (action === 'export') this.#files((files, port) => files.exportDossier(port));
		else if (action === 'clear') this.#files((files) => files.askClear(this, true));
		else if (action === 'cancel-clear') this.#files((files) => files.askClear(this, false));
		else if (action === 'confirm-clear') this.#files((files, port) => files.clear(port));
		else if (action === 'confirm-import')
			this.#files((files, port) => files.confirmImport(port, true));
		else if (action === 'cancel-import')
			this.#files((files, port) => files.confirmImport(port, false));
		else if (action === 'reload') this.#reload();
		else if (action === 'print') window.print();
	};

	#rowsChanged(inside: Element): void {
		const form = inside.closest<HTMLFormElement>('form[data-step-form]');
		if (form) this.#update(form);
	}

	#onSubmit = (event: SubmitEvent): void => {
		// Enter in a field: same as « Suivant ».
		event.preventDefault();
		this.#next();
	};

	/* ---- Export, import, erase (their code loads on first use) ---- */

	#notify(title: string, message: string): void {
		show(must(this, '[data-alert="import-error"]'), false);
		const alert = must(this, '[data-alert="success"]');
		slot(alert, 'title').textContent = title;
		slot(alert, 'message').textContent = message;
		show(alert, true);
		alert.focus();
	}

	#files(run: (files: typeof import('./assistant-files'), port: FilePort) => unknown): void {
		void import('./assistant-files').then((files) => run(files, this.#port()));
	}

	#port(): FilePort {
		return {
			root: this,
			dossier: this.#dossier,
			invalidSteps: this.#steps
				.filter((step) => {
					const values = this.#draft.pending[step.id];
					return (
						values !== undefined &&
						this.#wizard?.validateStep(step.id, values, this.#dossier).ok === false
					);
				})
				.map((step) => step.title),
			notify: (title, message) => this.#notify(title, message),
			adopt: (dossier) => {
				this.#dossier = dossier;
				// An explicit import overwrites what another tab saved: take its revision so the save goes through.
				this.#draft = {
					...this.#draft,
					pending: {},
					revision: Math.max(this.#draft.revision, storedRevision()),
				};
				this.#resume();
				this.#fillAll({});
				this.#showStep(this.#index, { focus: false });
			},
			erase: () => {
				if (!clearDraft(storage())) return false;
				this.#resume();
				this.#dossier = emptyDossier();
				this.#draft = emptyDraft();
				this.#fillAll({});
				slot(this, 'saved').textContent = '';
				this.#showStep(0, { focus: false, save: false });
				return true;
			},
			warn: (message) => this.#warnStorage(message),
			hasContent: content(this.#dossier) !== content(emptyDossier()),
			locate: (path) => this.#locate(path),
		};
	}

	/** The title of the step where a Dossier path (« ccas.address.postcode ») is entered. */
	#locate(path: string): string | undefined {
		const parts = sittingPath(`sitting.${path}`);
		return this.#steps.find((step) => step.kind === 'form' && step.own(parts) !== undefined)?.title;
	}

	/** An opened « Ajouter une autre condition » builds its conditions. */
	#onToggle = (event: Event): void => {
		if (event.target instanceof HTMLDetailsElement) buildOpened(event.target);
	};

	#onImport = (event: Event): void => {
		const input = event.target as HTMLInputElement;
		// The previous import's outcome goes at once: the code and the file load asynchronously,
		// and an old « Dossier importé » must not stand for this file meanwhile.
		this.#hideOutcomes();
		this.#files((files, port) => files.importDossier(port, input));
	};

	/** Hides the last import's or action's outcome. */
	#hideOutcomes(): void {
		for (const name of ['success', 'import-error'])
			show(must(this, `[data-alert="${name}"]`), false);
	}

	/** Saving resumes after an explicit import or erasure. */
	#resume(): void {
		this.#saving = 'on';
		show(must(this, '[data-alert="conflict"]'), false);
		show(must(this, '[data-alert="storage"]'), false);
	}
}

if (!customElements.get('hc-assistant')) customElements.define('hc-assistant', HcAssistant);
