/** How a citation [[id]] reads inside a sentence: « L. 114-8 » for codes, the bare number for the GDPR and the law. */
import type { LegalArticle } from '../schema/catalogue';
import type { WithId } from '../catalogue/types';

/** Builds the citation formatter for a corpus; an unknown id is kept visible (the build check forbids it). */
export function citationFormatter(
	legal: WithId<Pick<LegalArticle, 'code' | 'article'>>[],
): (id: string) => string {
	const byId = new Map(legal.map((article) => [article.id, article]));
	return (id) => {
		const article = byId.get(id);
		if (!article) return `[[${id}]]`;
		if (article.code === 'RGPD' || article.code === 'LOI-78-17') return article.article;
		// Légifrance's form « L. 114-8 », with a no-break space so the number never leaves its letter.
		return article.article.replace(/^([LRDA])(\d)/, '$1.\u00a0$2');
	};
}
