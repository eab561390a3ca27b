/**
 * The catalogue ids a guide's body cites through its components (LegalRef, LegalTable, DataTable,
 * EditorTable), checked against the catalogue so a dangling id fails the build and the tests.
 */
import { apiIds, useCases } from '../schema/catalogue';

/** A citation of a catalogue entry inside a guide body. */
export interface GuideReference {
	/** Component that cites it. */
	component: string;
	/** Cited legal article id, API id or use case. */
	id: string;
}

const TAG = /<(LegalRef|LegalTable|DataTable|EditorTable)\b([^<>]*)\/?>/g;
const ATTRIBUTE = /([\w-]+)="([^"]*)"/g;

/** Every catalogue id cited by a component in an MDX body, in order of appearance. */
export function guideReferences(body: string): GuideReference[] {
	const references: GuideReference[] = [];
	for (const tag of body.matchAll(TAG)) {
		const component = tag[1] ?? '';
		for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE)) {
			const [, name, value = ''] = attribute;
			if (name === 'id' || name === 'ids' || name === 'api' || name === 'useCase') {
				for (const id of value.split(/\s+/).filter(Boolean)) references.push({ component, id });
			}
		}
	}
	return references;
}

/**
 * Problems with a guide's citations, in French: an article that does not exist, an article cited
 * in the body but missing from `relatedArticles` (so the list of texts at the end stays complete),
 * an unknown API or use case.
 */
export function checkGuideReferences(
	body: string,
	relatedArticles: readonly string[],
	legalIds: ReadonlySet<string>,
): string[] {
	const problems: string[] = [];
	for (const { component, id } of guideReferences(body)) {
		if (component === 'LegalRef' || component === 'LegalTable') {
			if (!legalIds.has(id))
				problems.push(`${component} : « ${id} » ne correspond à aucun article de content/legal.`);
			else if (!relatedArticles.includes(id))
				problems.push(`${component} : « ${id} » est cité mais absent de relatedArticles.`);
		} else if (component === 'DataTable' && !(apiIds as readonly string[]).includes(id)) {
			problems.push(`DataTable : API « ${id} » inconnue (${apiIds.join(', ')}).`);
		} else if (component === 'EditorTable' && !(useCases as readonly string[]).includes(id)) {
			problems.push(`EditorTable : cas d’usage « ${id} » inconnu (${useCases.join(', ')}).`);
		}
	}
	return [...new Set(problems)];
}
