/** Filters the editor list by use case and API; the matching rule is in src/lib/editors/filter.ts. */
import { countLabel, matchesFilter, tagList } from '../lib/editors/filter';

/** <hc-editor-filter>: shows its form, then hides the rows that do not match the choices. */
class EditorFilterElement extends HTMLElement {
	connectedCallback(): void {
		const form = this.querySelector('form');
		const status = this.querySelector('[role="status"]');
		if (!form) return;
		const templates = {
			none: this.dataset['none'] ?? '',
			one: this.dataset['one'] ?? '',
			many: this.dataset['many'] ?? '',
		};
		const apply = () => {
			const data = new FormData(form);
			// Both fields are <select>s: a value is text, never a file.
			const text = (name: string) => {
				const value = data.get(name);
				return typeof value === 'string' ? value : '';
			};
			const filter = { useCase: text('useCase'), api: text('api') };
			let count = 0;
			for (const row of this.querySelectorAll<HTMLElement>('[data-use-cases]')) {
				const match = matchesFilter(
					{ useCases: tagList(row.dataset['useCases']), apis: tagList(row.dataset['apis']) },
					filter,
				);
				row.hidden = !match;
				if (match) count++;
			}
			if (status) status.textContent = countLabel(count, templates);
		};
		form.addEventListener('change', apply);
		form.addEventListener('submit', (event) => event.preventDefault());
		form.hidden = false;
	}
}

if (!customElements.get('hc-editor-filter'))
	customElements.define('hc-editor-filter', EditorFilterElement);
