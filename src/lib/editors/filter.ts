/** Filtering of the editor list by use case and API (the list shows every editor without JavaScript). */

/** The choice of the filter form: a value, or '' for all. */
export interface EditorFilter {
	/** Use case id, or '' for all. */
	useCase: string;
	/** API id, or '' for all. */
	api: string;
}

/** What a row carries: its use cases and APIs. */
export interface EditorTags {
	/** Use case ids. */
	useCases: readonly string[];
	/** API ids. */
	apis: readonly string[];
}

/** Parses a space-separated list from a data-* attribute. */
export function tagList(value: string | undefined): string[] {
	return (value ?? '').split(/\s+/).filter(Boolean);
}

/** True when the editor matches the filter (an empty choice matches all). */
export function matchesFilter(tags: EditorTags, filter: EditorFilter): boolean {
	return (
		(filter.useCase === '' || tags.useCases.includes(filter.useCase)) &&
		(filter.api === '' || tags.apis.includes(filter.api))
	);
}

/** The count message from the page's templates for none, one and several ({count} is replaced). */
export function countLabel(
	count: number,
	templates: { none: string; one: string; many: string },
): string {
	const template = count === 0 ? templates.none : count === 1 ? templates.one : templates.many;
	return template.replace('{count}', String(count));
}
