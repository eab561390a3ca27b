/** The search page's results (<hc-search-results>): with a query in ?q=, loads the search and lists ranked results. */

/** <hc-search-results>: shows ranked results for ?q= above the full listing. */
class SearchResultsElement extends HTMLElement {
	connectedCallback(): void {
		const query = new URLSearchParams(window.location.search).get('q')?.trim() ?? '';
		if (!query) return;
		const field = document.getElementById(this.dataset['input'] ?? '');
		if (field instanceof HTMLInputElement) field.value = query;
		void import('./search-ui').then(({ showResults }) => showResults(this, query));
	}
}

if (!customElements.get('hc-search-results'))
	customElements.define('hc-search-results', SearchResultsElement);
