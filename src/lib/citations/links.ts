/** Links: our article pages, Légifrance searches, and the Légifrance links a text contains. */
import { codeLabels, isLegalCode } from './codes';
import type { CitationCode } from './types';

/** Our page for a corpus article. */
export function articlePage(id: string): string {
	return `/cadre-juridique/${id}/`;
}

// Search strings are built from our own ASCII article numbers and code names; this guard only
// keeps a lone surrogate, should one ever get there, from making encodeURIComponent throw.
function encode(value: string): string {
	return encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ''));
}

/** EUR-Lex page of the GDPR: Légifrance does not publish EU regulations. */
const GDPR_URL = 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679';

/** Where to check an article we do not hold: a Légifrance code search (EUR-Lex for the GDPR). */
export function searchLink(
	code: CitationCode | null,
	article: string,
	codeName: string | null,
): string {
	if (code === 'RGPD') return GDPR_URL;
	const name = isLegalCode(code) ? codeLabels[code].long : (codeName ?? '');
	// Légifrance's search matches the plain apostrophe of its own titles.
	const query = `${article} ${name}`.replace(/’/g, "'").trim();
	return `https://www.legifrance.gouv.fr/search/code?query=${encode(query)}`;
}

/** A Légifrance link found in the text, with the article version it points to. */
export interface LegifranceLink {
	/** The URL as written. */
	url: string;
	/** Offset of the URL in the text. */
	start: number;
	/** Offset just after it. */
	end: number;
	/** The LEGIARTI id of the version it points to. */
	legiarti: string;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"«»()[\]{}]+/gi;

/** Spans of every URL in the text, by position (references inside them are not references). */
export function urlSpans(text: string): { start: number; end: number; url: string }[] {
	const spans: { start: number; end: number; url: string }[] = [];
	for (const match of text.matchAll(URL_PATTERN)) {
		spans.push({ start: match.index, end: match.index + match[0].length, url: match[0] });
	}
	return spans;
}

/** Légifrance links of the text that name an article version (idArticle=LEGIARTI… or …/LEGIARTI…). */
export function legifranceLinks(text: string): LegifranceLink[] {
	const links: LegifranceLink[] = [];
	for (const span of urlSpans(text)) {
		if (!/^https?:\/\/(?:[a-z0-9-]+\.)*legifrance\.gouv\.fr(?:[/:?#;]|$)/i.test(span.url)) continue;
		// idArticle names the article of an old-style link; its #anchor repeats it.
		const id =
			/[?&;]idArticle=(LEGIARTI\d{12})(?!\d)/i.exec(span.url)?.[1] ??
			/(LEGIARTI\d{12})(?!\d)/i.exec(span.url)?.[1];
		if (id !== undefined) links.push({ ...span, legiarti: id.toUpperCase() });
	}
	return links;
}
