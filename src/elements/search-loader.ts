/**
 * The only search code a page loads up front (a few hundred bytes): it gives the header field its
 * combobox semantics and, on first focus, imports the combobox and its index.
 */

/** The header search box (<hc-search>): a plain form until focused, then a combobox with suggestions. */
class SearchBoxElement extends HTMLElement {
	connectedCallback(): void {
		const input = this.querySelector('input');
		const list = this.querySelector<HTMLElement>('[role="listbox"]');
		if (!input || !list) return;
		input.setAttribute('role', 'combobox');
		input.setAttribute('aria-autocomplete', 'list');
		input.setAttribute('aria-expanded', 'false');
		input.setAttribute('aria-controls', list.id);
		this.addEventListener(
			'focusin',
			() => {
				void import('./search-ui').then(({ enhance }) => enhance(this, input, list));
			},
			{ once: true },
		);
	}
}

if (!customElements.get('hc-search')) customElements.define('hc-search', SearchBoxElement);
