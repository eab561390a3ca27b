/**
 * Kinds of search entries and what a result shows. Kept free of imports so the browser code that
 * renders results does not pull the catalogue schemas (and zod) into its bundle.
 */

/** Kinds of entries the search covers, in the order the search page lists them. */
export const searchKinds = ['guide', 'legal', 'data', 'criterion', 'aid', 'editor'] as const;
/** One kind of entry. */
export type SearchKind = (typeof searchKinds)[number];

/** French names of each kind: singular for a result's label, plural for a group's heading. */
export const kindLabels: Record<SearchKind, { one: string; many: string }> = {
	guide: { one: 'Guide', many: 'Guides' },
	legal: { one: 'Article', many: 'Articles du cadre juridique' },
	data: { one: 'Donnée', many: 'Données' },
	criterion: { one: 'Condition', many: 'Conditions d’attribution' },
	aid: { one: 'Aide', many: 'Aides' },
	editor: { one: 'Éditeur', many: 'Éditeurs' },
};

/** What a result shows: kind, title, where it leads, and a line of context. */
export interface SearchHit {
	/** Unique id (kind and entry id, plus the section anchor for guides). */
	id: string;
	/** Kind of entry. */
	kind: SearchKind;
	/** Title shown in the list. */
	title: string;
	/** Path of the page (with #anchor for a guide section). */
	url: string;
	/** One line of context (guide title, code name, provider…). */
	context: string;
}
