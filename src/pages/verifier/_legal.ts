/**
 * The legal corpus as the /verifier/ page ships it to the browser: only the fields the citation
 * checker reads, so the page stays light. test/unit/cli-check.test.ts checks that the checker gives
 * the same report with these fields as with the full entries.
 */
import type { WithId } from '../../lib/catalogue/types';
import type { LegalArticle } from '../../lib/schema/catalogue';

/** A legal article reduced to what the checker reads. */
export type CheckerArticle = Pick<
	WithId<LegalArticle>,
	| 'id'
	| 'code'
	| 'article'
	| 'title'
	| 'status'
	| 'abrogatedOn'
	| 'replacedBy'
	| 'url'
	| 'legiarti'
	| 'versions'
>;

/** Keeps the checker's fields of each entry (summaries, usage and sources are left out). */
export function checkerLegal(entries: readonly WithId<LegalArticle>[]): CheckerArticle[] {
	return entries.map((entry) => ({
		id: entry.id,
		code: entry.code,
		article: entry.article,
		title: entry.title,
		status: entry.status,
		...(entry.abrogatedOn === undefined ? {} : { abrogatedOn: entry.abrogatedOn }),
		...(entry.replacedBy === undefined ? {} : { replacedBy: entry.replacedBy }),
		url: entry.url,
		legiarti: entry.legiarti,
		versions: entry.versions.map((version) => ({
			legiarti: version.legiarti,
			...(version.from === undefined ? {} : { from: version.from }),
			...(version.to === undefined ? {} : { to: version.to }),
		})),
	}));
}
