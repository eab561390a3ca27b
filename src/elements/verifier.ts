/**
 * The only verifier code a page loads up front (about half a kilobyte compressed): <hc-verifier> wires its button
 * and file field, and imports the checker (src/elements/verifier-run.ts) on first use.
 */

type Run = typeof import('./verifier-run');

/** The citation checker widget (markup and strings in src/components/Verifier.astro). */
class VerifierElement extends HTMLElement {
	#run: Promise<Run> | undefined;
	#controller: ReturnType<Run['createVerifier']> | undefined;

	connectedCallback(): void {
		const button = this.querySelector<HTMLButtonElement>('[data-slot="run"]');
		const file = this.querySelector<HTMLInputElement>('[data-slot="file"]');
		if (!button || !file) return;
		// Start fetching the checker as soon as the user reaches the widget, so the click is instant.
		this.addEventListener('focusin', () => void this.#load().catch(() => undefined), {
			once: true,
		});
		button.addEventListener('click', () => void this.#use((verifier) => verifier.check()));
		file.addEventListener('change', () => {
			const chosen = file.files?.[0];
			if (chosen) void this.#use((verifier) => verifier.readFile(chosen));
		});
	}

	#load(): Promise<Run> {
		this.#run ??= import('./verifier-run');
		return this.#run;
	}

	async #use(action: (verifier: ReturnType<Run['createVerifier']>) => unknown): Promise<void> {
		let run: Run;
		try {
			run = await this.#load();
		} catch {
			// A failed download (offline, new deployment): say so, and let the next click retry.
			this.#run = undefined;
			const messages = this.querySelector('[data-slot="text-messages"]');
			const template = this.querySelector<HTMLTemplateElement>(
				'template[data-template="message-error"]',
			);
			const line = template?.content.firstElementChild?.cloneNode(true);
			if (messages && line instanceof Element) {
				// Shown under the field, whose message group is a live region: seen and heard.
				line.textContent = this.dataset['loadError'] ?? '';
				messages.replaceChildren(line);
			}
			return;
		}
		this.#controller ??= run.createVerifier(this);
		await action(this.#controller);
	}
}

if (!customElements.get('hc-verifier')) customElements.define('hc-verifier', VerifierElement);
