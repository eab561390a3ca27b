/** Grouping of search entries for the search page, which lists everything without JavaScript. */
import { searchKinds, type SearchHit, type SearchKind } from './kinds';

/** The entries of one kind, in index order. */
export interface KindGroup<T extends SearchHit> {
	/** The kind. */
	kind: SearchKind;
	/** Its entries. */
	hits: T[];
}

/** Groups entries by kind, kinds in `searchKinds` order, empty kinds left out. */
export function groupByKind<T extends SearchHit>(hits: readonly T[]): KindGroup<T>[] {
	return searchKinds
		.map((kind) => ({ kind, hits: hits.filter((hit) => hit.kind === kind) }))
		.filter((group) => group.hits.length > 0);
}

/** A guide and its sections, from the guide entries in index order (the guide's own entry first). */
export interface GuideGroup<T extends SearchHit> {
	/** The guide's own entry. */
	guide: T;
	/** Its sections. */
	sections: T[];
}

/** Nests guide sections (ids `guide:<id>#<anchor>`) under their guide (id `guide:<id>`). */
export function groupGuides<T extends SearchHit>(hits: readonly T[]): GuideGroup<T>[] {
	const groups: GuideGroup<T>[] = [];
	for (const hit of hits) {
		if (hit.kind !== 'guide') continue;
		const [guideId] = hit.id.split('#');
		const group = groups.find((candidate) => candidate.guide.id === guideId);
		if (group) group.sections.push(hit);
		else if (guideId === hit.id) groups.push({ guide: hit, sections: [] });
	}
	return groups;
}
