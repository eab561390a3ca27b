/**
 * The editor submission form (<hc-editor-form>): on submit, validates with the collection's schema
 * (loaded on first use) and shows either French messages by field or the entry file and the email.
 * Nothing is sent anywhere: the file is a Blob URL, the email a mailto: link.
 */
import type { FieldError, SubmissionResult } from '../lib/editors/form';

type FormModule = typeof import('../lib/editors/form');

/** <hc-editor-form>: the form, its error summary and its success panel. */
class EditorFormElement extends HTMLElement {
	#module: Promise<FormModule> | undefined;
	#fileUrl: string | undefined;

	connectedCallback(): void {
		const form = this.querySelector('form');
		if (!form) return;
		// The validation code (the schemas) loads as soon as the user starts filling the form.
		this.addEventListener('focusin', () => void this.#load(), { once: true });
		form.addEventListener('change', () => this.#showEvidence(form));
		this.#showEvidence(form);
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
		for (const block of this.querySelectorAll<HTMLElement>('[data-evidence]')) {
			block.hidden = block.dataset['evidence'] !== kind;
		}
	}

	async #submit(form: HTMLFormElement): Promise<void> {
		let result: SubmissionResult;
		try {
			const { prepareSubmission, submissionFromForm } = await this.#load();
			result = prepareSubmission(
				submissionFromForm(new FormData(form).entries()),
				new Date(),
				this.#text('maintainers'),
			);
		} catch {
			this.#showSummary([], this.#text('failure'));
			return;
		}
		this.#clearErrors();
		if (result.ok) this.#showSuccess(result);
		else this.#showSummary(result.errors);
	}

	#clearErrors(): void {
		for (const group of this.querySelectorAll<HTMLElement>('[data-field]')) {
			group.classList.remove(...this.#classes('groupError'), ...this.#classes('fieldsetError'));
			for (const control of group.querySelectorAll('input, textarea')) {
				control.removeAttribute('aria-invalid');
				control.classList.remove(...this.#classes('inputError'));
			}
			group.querySelector('[data-messages]')?.replaceChildren();
		}
	}

	#showSummary(errors: FieldError[], failure?: string): void {
		const summary = this.querySelector<HTMLElement>('[data-summary]');
		const title = summary?.querySelector('[data-summary-title]');
		const list = summary?.querySelector('[data-summary-list]');
		const success = this.querySelector<HTMLElement>('[data-success]');
		if (!summary || !title || !list) return;
		if (success) success.hidden = true;
		const links: HTMLElement[] = [];
		for (const error of errors) {
			const group = this.querySelector<HTMLElement>(`[data-field="${error.field}"]`);
			if (!group) continue;
			const isFieldset = group instanceof HTMLFieldSetElement;
			group.classList.add(...this.#classes(isFieldset ? 'fieldsetError' : 'groupError'));
			const controls = group.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
				'input, textarea',
			);
			for (const control of controls) {
				control.setAttribute('aria-invalid', 'true');
				if (!isFieldset) control.classList.add(...this.#classes('inputError'));
			}
			const message = document.createElement('p');
			message.className = this.#text('messageClass');
			message.textContent = error.message;
			group.querySelector('[data-messages]')?.append(message);
			// Each summary line links to its field (the first control of a group of boxes).
			const item = document.createElement('li');
			const link = document.createElement('a');
			const target = controls[0];
			link.href = `#${target?.id ?? ''}`;
			link.textContent = `${this.#label(group)}\u202f: ${error.message}`;
			link.addEventListener('click', (event) => {
				event.preventDefault();
				target?.focus();
			});
			item.append(link);
			links.push(item);
		}
		title.textContent =
			failure ??
			(errors.length === 1
				? this.#text('summaryOne')
				: this.#text('summaryMany').replace('{count}', String(errors.length)));
		list.replaceChildren(...links);
		summary.hidden = false;
		summary.focus();
	}

	/** The visible name of a field: its label or legend, without its hint. */
	#label(group: HTMLElement): string {
		const label = group.querySelector('legend, label');
		const clone = label?.cloneNode(true);
		if (!(clone instanceof HTMLElement)) return '';
		for (const hint of clone.querySelectorAll('[data-hint]')) hint.remove();
		return (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
	}

	#showSuccess(result: Extract<SubmissionResult, { ok: true }>): void {
		const summary = this.querySelector<HTMLElement>('[data-summary]');
		const success = this.querySelector<HTMLElement>('[data-success]');
		if (summary) summary.hidden = true;
		if (!success) return;
		if (this.#fileUrl) URL.revokeObjectURL(this.#fileUrl);
		this.#fileUrl = URL.createObjectURL(new Blob([result.yaml], { type: 'application/yaml' }));
		const download = success.querySelector<HTMLAnchorElement>('[data-download]');
		if (download) {
			download.href = this.#fileUrl;
			download.download = result.fileName;
		}
		const fileName = success.querySelector('[data-file-name]');
		if (fileName) fileName.textContent = result.fileName;
		const mail = success.querySelector<HTMLAnchorElement>('[data-mailto]');
		if (mail) mail.href = result.mailto;
		const yaml = success.querySelector('[data-yaml]');
		if (yaml) yaml.textContent = result.yaml;
		success.hidden = false;
		success.focus();
	}
}

if (!customElements.get('hc-editor-form'))
	customElements.define('hc-editor-form', EditorFormElement);
