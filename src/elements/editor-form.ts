/**
 * The editor submission form (<hc-editor-form>): on submit, validates with the collection's schema
 * (loaded on first use) and shows either French messages by field, in the shared error summary, or
 * the ways to send the entry (the forge's prefilled new-file page, an e-mail, the file itself).
 * Nothing is sent from here: the file is a Blob URL, the e-mail a mailto: link, the forge a link.
 */
import type { FieldError, SubmissionResult } from '../lib/editors/form';
import { all, must, show } from './dom';
import { fileSizeFr, saveFile } from './download';
import { showSummary } from './error-summary';

type FormModule = typeof import('../lib/editors/form');

/** <hc-editor-form>: the form, its error summary and its success panel. */
class EditorFormElement extends HTMLElement {
	#module: Promise<FormModule> | undefined;
	/** The entry last made, saved when the link is followed. */
	#entry: { yaml: string; fileName: string } | undefined;

	connectedCallback(): void {
		const form = this.querySelector('form');
		if (!form) return;
		// The validation code (the schemas) loads as soon as the user starts filling the form.
		this.addEventListener('focusin', () => void this.#load(), { once: true });
		form.addEventListener('change', () => this.#showEvidence(form));
		this.#showEvidence(form);
		// One download path for the whole site (download.ts): the link saves the entry last made.
		this.querySelector('[data-download]')?.addEventListener('click', (event) => {
			if (!this.#entry) return;
			event.preventDefault();
			saveFile(this.#entry.yaml, 'application/yaml', this.#entry.fileName);
		});
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.#submit(form);
		});
	}

	#load(): Promise<FormModule> {
		this.#module ??= import('../lib/editors/form');
		this.#module.catch(() => {
			this.#module = undefined;
		});
		return this.#module;
	}

	#text(name: string): string {
		return this.dataset[name] ?? '';
	}

	/** Class names passed in a data-* attribute (none when it is absent). */
	#classes(name: string): string[] {
		return this.#text(name).split(/\s+/).filter(Boolean);
	}

	/** Shows the evidence block that matches the chosen kind of evidence. */
	#showEvidence(form: HTMLFormElement): void {
		const kind = new FormData(form).get('evidence.kind');
		for (const block of all(this, '[data-evidence]'))
			block.hidden = block.dataset['evidence'] !== kind;
	}

	async #submit(form: HTMLFormElement): Promise<void> {
		let result: SubmissionResult;
		try {
			const { prepareSubmission, submissionFromForm } = await this.#load();
			result = prepareSubmission(submissionFromForm(new FormData(form).entries()), new Date(), {
				contactEmail: this.#text('contactEmail') || undefined,
				repositoryUrl: this.#text('repositoryUrl') || undefined,
				repositoryBranch: this.#text('repositoryBranch') || 'main',
			});
		} catch {
			this.#showErrors([], this.#text('failure'));
			return;
		}
		this.#clearErrors();
		if (result.ok) this.#showSuccess(result);
		else this.#showErrors(result.errors);
	}

	#clearErrors(): void {
		for (const group of all(this, '[data-field]')) {
			group.classList.remove(...this.#classes('groupError'), ...this.#classes('fieldsetError'));
			for (const control of group.querySelectorAll('input, textarea')) {
				control.removeAttribute('aria-invalid');
				control.classList.remove(...this.#classes('inputError'));
			}
			group.querySelector('[data-messages]')?.replaceChildren();
		}
	}

	#showErrors(errors: FieldError[], failure?: string): void {
		show(must(this, '[data-success]'), false);
		const lines = errors.flatMap((error) => {
			const group = this.querySelector<HTMLElement>(`[data-field="${error.field}"]`);
			if (!group) return [];
			const isFieldset = group instanceof HTMLFieldSetElement;
			group.classList.add(...this.#classes(isFieldset ? 'fieldsetError' : 'groupError'));
			const controls = all<HTMLInputElement | HTMLTextAreaElement>(group, 'input, textarea');
			for (const control of controls) {
				control.setAttribute('aria-invalid', 'true');
				if (!isFieldset) control.classList.add(...this.#classes('inputError'));
			}
			const message = document.createElement('p');
			message.className = this.#text('messageClass');
			message.textContent = error.message;
			group.querySelector('[data-messages]')?.append(message);
			// Each summary line leads to its field (the first control of a group of boxes).
			return [{ text: `${this.#label(group)}\u202f: ${error.message}`, target: controls[0] }];
		});
		const title =
			failure ??
			(errors.length === 1
				? this.#text('summaryOne')
				: this.#text('summaryMany').replace('{count}', String(errors.length)));
		showSummary(must(this, '[data-error-summary]'), title, lines, {
			focus: true,
			...(failure === undefined ? {} : { intro: '' }),
		});
	}

	/** The visible name of a field: its label or legend, without its hint. */
	#label(group: HTMLElement): string {
		const label = group.querySelector('legend, label');
		const clone = label?.cloneNode(true);
		if (!(clone instanceof HTMLElement)) return '';
		for (const hint of clone.querySelectorAll('[data-hint]')) hint.remove();
		return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
	}

	/** Shows a way of sending with its link, or the sentence saying it is not available. */
	#way(root: HTMLElement, name: string, link: string, href: string | undefined): void {
		if (href) must<HTMLAnchorElement>(root, link).href = href;
		show(must(root, `[data-way="${name}"]`), href !== undefined);
		show(must(root, `[data-way-missing="${name}"]`), href === undefined);
	}

	#showSuccess(result: Extract<SubmissionResult, { ok: true }>): void {
		show(must(this, '[data-error-summary]'), false);
		const success = must(this, '[data-success]');
		this.#entry = { yaml: result.yaml, fileName: result.fileName };
		must<HTMLAnchorElement>(success, '[data-download]').download = result.fileName;
		must(success, '[data-file-name]').textContent = result.fileName;
		const size = new Blob([result.yaml]).size;
		must(success, '[data-file-size]').textContent = `YAML, ${fileSizeFr(size)}`;
		// A way whose setting is missing is replaced by the sentence that says so.
		this.#way(success, 'mail', '[data-mailto]', result.mailto);
		this.#way(success, 'forge', '[data-new-file]', result.newFile);
		const address = success.querySelector('[data-contact-address]');
		if (address) address.textContent = this.#text('contactEmail');
		must(success, '[data-yaml]').textContent = result.yaml;
		show(success, true);
		success.focus();
	}
}

if (!customElements.get('hc-editor-form'))
	customElements.define('hc-editor-form', EditorFormElement);
