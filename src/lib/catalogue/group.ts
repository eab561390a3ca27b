/** Grouping and ordering helpers for catalogue pages (pure, so they are unit-tested). */
import { legalCodes } from '../schema/catalogue';
import type { LegalArticle, DataItem } from '../schema/catalogue';
import type { WithId } from './types';

/** Full French names of the codes and texts of the corpus. */
export const codeNames: Record<LegalArticle['code'], string> = {
	CASF: 'Code de l’action sociale et des familles',
	CRPA: 'Code des relations entre le public et l’administration',
	CGCT: 'Code général des collectivités territoriales',
	CJA: 'Code de justice administrative',
	RGPD: 'Règlement général sur la protection des données (UE) 2016/679',
	'LOI-78-17': 'Loi n° 78-17 du 6 janvier 1978 (informatique et libertés)',
};

/** Prefix used when citing an article of this code (« article L. 114-8 », « article 6 du RGPD »). */
export function articleLabel(article: Pick<LegalArticle, 'code' | 'article'>): string {
	if (article.code === 'RGPD') return `article ${article.article} du RGPD`;
	if (article.code === 'LOI-78-17') return `article ${article.article} de la loi n° 78-17`;
	// Légifrance writes « L. 114-8 »: letter, dot, narrow space avoided so the number never wraps.
	return `article ${article.article.replace(/^([LRDA])(\d)/, '$1. $2')}`;
}

/** Compares article numbers the way a code orders them: L before R before D, then numerically. */
export function compareArticles(a: string, b: string): number {
	const letterRank = (s: string) => ['L', 'R', 'D', 'A'].indexOf(s[0] ?? '') + 1;
	const numbers = (s: string) => (s.match(/\d+/g) ?? []).map(Number);
	const byLetter = letterRank(a) - letterRank(b);
	if (byLetter !== 0) return byLetter;
	const na = numbers(a);
	const nb = numbers(b);
	for (let i = 0; i < Math.max(na.length, nb.length); i++) {
		const diff = (na[i] ?? -1) - (nb[i] ?? -1);
		if (diff !== 0) return diff;
	}
	return a.localeCompare(b);
}

/** Articles grouped by code, codes in the corpus order, articles in code order. */
export function groupByCode<T extends Pick<LegalArticle, 'code' | 'article'>>(
	articles: T[],
): { code: LegalArticle['code']; name: string; articles: T[] }[] {
	return legalCodes
		.map((code) => ({
			code,
			name: codeNames[code],
			articles: articles
				.filter((a) => a.code === code)
				.sort((a, b) => compareArticles(a.article, b.article)),
		}))
		.filter((group) => group.articles.length > 0);
}

/** Data items grouped by API then by provider set (« CNAF, MSA »), each group in catalogue order. */
export function groupByProvider(
	items: WithId<DataItem>[],
): { api: DataItem['api']; providers: string; items: WithId<DataItem>[] }[] {
	const groups = new Map<
		string,
		{ api: DataItem['api']; providers: string; items: WithId<DataItem>[] }
	>();
	const sorted = [...items].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
	for (const item of sorted) {
		const providers = item.providers.join(', ');
		const key = `${item.api}|${providers}`;
		const group = groups.get(key) ?? { api: item.api, providers, items: [] };
		group.items.push(item);
		groups.set(key, group);
	}
	return [...groups.values()];
}

/** Display names of the APIs. */
export const apiNames: Record<DataItem['api'], string> = {
	'api-particulier': 'API Particulier',
	'api-impot-particulier': 'API Impôt particulier (DGFiP)',
};
