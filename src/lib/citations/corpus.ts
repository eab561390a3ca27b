/** The legal corpus indexed for look-ups by code and article number. */
import { legalId } from '../catalogue/legal-id';
import type { WithId } from '../catalogue/types';
import type { LegalArticle } from '../schema/catalogue';
import type { CitationCode } from './types';

/** A corpus article with its id. */
export type LegalEntry = WithId<LegalArticle>;

/** The corpus, by id and by (code, article) key. */
export interface CorpusIndex {
	/** Every entry, in the catalogue's order. */
	entries: readonly LegalEntry[];
	/** Entries by id (crpa-l114-8). */
	byId: ReadonlyMap<string, LegalEntry>;
	/** Entries by the id their code and bare article number give (R123-21 1° → casf-r123-21). */
	byKey: ReadonlyMap<string, LegalEntry>;
}

/** The article number without its « 1° » subdivision (R123-21 1° → R123-21). */
export function bareArticle(article: string): string {
	return article.replace(/ \d+°$/, '');
}

/** Indexes the corpus; tolerates a missing or malformed list (returns an empty index). */
export function indexCorpus(legal: unknown): CorpusIndex {
	const entries = Array.isArray(legal)
		? (legal as unknown[]).filter(
				(entry): entry is LegalEntry =>
					typeof entry === 'object' &&
					entry !== null &&
					typeof (entry as LegalEntry).id === 'string' &&
					typeof (entry as LegalEntry).code === 'string' &&
					typeof (entry as LegalEntry).article === 'string',
			)
		: [];
	const byId = new Map<string, LegalEntry>();
	const byKey = new Map<string, LegalEntry>();
	for (const entry of entries) {
		byId.set(entry.id, entry);
		byKey.set(legalId(entry.code, bareArticle(entry.article)), entry);
	}
	return { entries, byId, byKey };
}

/** The corpus entry for an article of a code, or undefined when the corpus does not hold it. */
export function findArticle(
	index: CorpusIndex,
	code: CitationCode | null,
	article: string,
): LegalEntry | undefined {
	if (code === null || code === 'AUTRE') return undefined;
	return index.byKey.get(legalId(code, article));
}
