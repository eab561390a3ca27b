/** How a guide cites a legal article in running text. */
import { articleLabel } from '../catalogue/group';
import type { LegalArticle } from '../schema/catalogue';

/** « article L. 114-8 du CRPA », « article 14 du RGPD », « article 4 de la loi n° 78-17 ». */
export function legalCitation(article: Pick<LegalArticle, 'code' | 'article'>): string {
	const label = articleLabel(article);
	return article.code === 'RGPD' || article.code === 'LOI-78-17'
		? label
		: `${label} du ${article.code}`;
}

/** The citation with a capital letter, to start a sentence or a table cell. */
export function legalCitationStart(article: Pick<LegalArticle, 'code' | 'article'>): string {
	const citation = legalCitation(article);
	return `${citation.charAt(0).toUpperCase()}${citation.slice(1)}`;
}
