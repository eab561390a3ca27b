/** How messages write articles, codes and dates (French usage: « l’article L. 114-8 du CRPA »). */
import { formatDateFr } from '../french';
import { codeLabels, isLegalCode } from './codes';
import type { LegalEntry } from './corpus';
import type { CitationCode } from './types';

/** « L. 114-8 » for L114-8, « 6 » for 6: the way French texts write an article number. */
export function articleNumber(article: string): string {
	return article.replace(/^([LRDA])(?=\d)/, '$1. ');
}

/** « article L. 114-8 du CRPA », « article 6 du RGPD », « article 4 de la loi n° 78-17 ». */
export function articleName(
	code: CitationCode | null,
	article: string,
	codeName: string | null = null,
): string {
	const number = `article ${articleNumber(article)}`;
	if (code === 'LOI-78-17') return `${number} de la loi n° 78-17`;
	if (isLegalCode(code)) return `${number} du ${codeLabels[code].short}`;
	if (code === 'AUTRE' && codeName) return `${number} du ${codeName}`;
	return number;
}

/** The article name of a corpus entry. */
export function entryName(entry: LegalEntry): string {
	return articleName(entry.code, entry.article);
}

/** The code as a message tags a reference: « CRPA », « code de la sécurité sociale », « code non précisé ». */
export function codeTag(code: CitationCode | null, codeName: string | null): string {
	if (isLegalCode(code)) return codeLabels[code].short;
	if (code === 'AUTRE') return codeName ?? 'autre code';
	return 'code non précisé';
}

/** « 16 mai 2023 » for 2023-05-16; the input as written when it is not a valid date. */
export function dateFr(isoDate: string): string {
	try {
		return formatDateFr(isoDate);
	} catch {
		return isoDate;
	}
}

/** « A, B et C » (French list, no serial comma). */
export function listFr(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} et ${items[items.length - 1] ?? ''}`;
}

/** « « L11-8 » » with the quotes French typography wants (spaces fixed by frenchTypography). */
export function quoted(text: string): string {
	return `« ${text} »`;
}

/** « de » joined to a phrase as French wants it: « du RGPD », « des articles », « de la section », « de l’article ». */
export function ofFr(phrase: string): string {
	if (/^le\s/i.test(phrase)) return `du ${phrase.slice(3)}`;
	if (/^les\s/i.test(phrase)) return `des ${phrase.slice(4)}`;
	if (/^[aeiouyàâéèêîïôûh]/i.test(phrase)) return `d’${phrase}`;
	return `de ${phrase}`;
}
