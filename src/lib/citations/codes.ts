/** The codes a citation can belong to: how texts name them, and which numbers belong to which. */
import type { CitationCode, LegalCode } from './types';

/** How messages name each code of the corpus. */
export const codeLabels: Record<LegalCode, { short: string; long: string }> = {
	CASF: { short: 'CASF', long: 'code de l’action sociale et des familles' },
	CRPA: { short: 'CRPA', long: 'code des relations entre le public et l’administration' },
	CGCT: { short: 'CGCT', long: 'code général des collectivités territoriales' },
	CJA: { short: 'CJA', long: 'code de justice administrative' },
	RGPD: { short: 'RGPD', long: 'règlement général sur la protection des données (UE) 2016/679' },
	'LOI-78-17': {
		short: 'loi n° 78-17',
		long: 'loi n° 78-17 du 6 janvier 1978 (informatique et libertés)',
	},
};

/** True for a code of the corpus (not `AUTRE`). */
export function isLegalCode(code: CitationCode | null): code is LegalCode {
	return code !== null && code !== 'AUTRE';
}

/** A way texts name a code, as a regex source over folded text (case-insensitive, see fold.ts). */
interface Designator {
	/** The code, or `SAME` for « du même code ». */
	code: CitationCode | 'SAME';
	/** Regex source; non-capturing groups only, as designators are joined into one regex. */
	pattern: string;
}

// Words are joined by \s+: a code's name may run over a line break (« et \nl’administration »).
const designators: readonly Designator[] = [
	{
		code: 'CASF',
		pattern: String.raw`code\s+de\s+l(?:'\s*|\s+)action\s+sociale(?:\s+et\s+des\s+familles)?|casf\b|c\.a\.s\.f\.?`,
	},
	{
		code: 'CRPA',
		pattern: String.raw`code\s+des\s+relations\s+entre\s+le\s+public\s+et\s+l(?:'\s*|\s+)administration|crpa\b`,
	},
	{
		code: 'CGCT',
		pattern: String.raw`code\s+general\s+des\s+collectivites\s+territoriales|cgct\b`,
	},
	{ code: 'CJA', pattern: String.raw`code\s+de\s+(?:la\s+)?justice\s+administrative|cja\b` },
	{
		code: 'RGPD',
		pattern: [
			String.raw`rgpd\b|gdpr\b`,
			String.raw`reglement\s+general\s+(?:sur\s+la\s+|de\s+la\s+|relatif\s+a\s+la\s+)?protection\s+des\s+donnees`,
			String.raw`reglement\s+(?:\((?:ue|ce)\)\s+|europeen\s+|ue\s+)?(?:n[°o]\.?\s*)?2016\s*\/\s*679`,
		].join('|'),
	},
	{
		code: 'LOI-78-17',
		pattern: String.raw`loi\s+(?:n[°o]\.?\s*)?78-17\b|loi\s+(?:dite\s+)?(?:"\s*)?informatique\s+et\s+libertes|loi\s+du\s+6\s+janvier\s+1978`,
	},
	{
		code: 'SAME',
		pattern: String.raw`meme\s+code|code\s+(?:precite|susvise)|dudit\s+code|ledit\s+code`,
	},
	// Any other code: named as written, judged « not in our corpus », never guessed from its number.
	{
		code: 'AUTRE',
		pattern: String.raw`code\s+(?:de\s+la\s+|de\s+l'\s*|des\s+|du\s+|de\s+|d'\s*)?[a-z]+(?:\s+(?:et\s+)?(?:de\s+la\s+|de\s+l'\s*|des\s+|du\s+|de\s+)?(?:sociale|publique|penale|civile|habitation|etrangers|impots|famille))?`,
	},
];

// What may stand between a reference (or a list) and the code named after it: subdivisions
// (« , 1° », « alinéa 2 », « II »), a short aside (« (anciennement article R. 114-9-3) »),
// « ancien », then « du », « de la »…
const GAP = String.raw`(?:[\s,)]|\([^()\n]{1,60}\)|[a-z]\)|\d{1,2}\s?(?:°|er|eme|e)?(?![\d/a-z])|alinea|al\.|paragraphe|§|point|premier|deuxieme|troisieme|quatrieme|dernier|[iv]{1,4}(?![a-z])|ancien|anciennement|modifiee?s?|precitee?s?|susvisee?s?|et\s+suivants|et\s+s\.)*?`;
const LINK = String.raw`(?:(?:du|de\s+la|de\s+l'|des|de|d'|au)\s*)?`;

const DESIGNATOR_AFTER = new RegExp(
	`^${GAP}${LINK}(?:${designators.map((d) => `(${d.pattern})`).join('|')})`,
	'i',
);

// Not inside a word (« barcode »); the groups stay those of the designators, in order.
const DESIGNATOR_ANY = new RegExp(
	`(?<![a-z])(?:${designators.map((d) => `(${d.pattern})`).join('|')})`,
	'gi',
);

/** How far after a reference the code may be named (characters). */
const WINDOW = 90;

/** The code named right after `end` in folded text, with its name as written and its span. */
export interface NamedCode {
	/** The code, or `SAME` for « du même code ». */
	code: CitationCode | 'SAME';
	/** Offset of the code's name in the text. */
	start: number;
	/** Offset just after it. */
	end: number;
}

/** Every code named in the text (« du même code » included), by position. */
export function codesNamed(folded: string): NamedCode[] {
	const found: NamedCode[] = [];
	for (const match of folded.matchAll(DESIGNATOR_ANY)) {
		const index = match.slice(1).findIndex((group) => group !== undefined);
		const designator = designators[index];
		if (!designator) continue;
		found.push({ code: designator.code, start: match.index, end: match.index + match[0].length });
	}
	return found;
}

/** Index of the last name ending at or before `offset` (names are sorted and disjoint), or -1. */
function lastIndexBefore(named: readonly NamedCode[], offset: number): number {
	let low = 0;
	let high = named.length - 1;
	let found = -1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		if ((named[middle]?.end ?? Infinity) <= offset) {
			found = middle;
			low = middle + 1;
		} else high = middle - 1;
	}
	return found;
}

/** The last code (a code, not a regulation or a loi) named before `offset`, for « du même code ». */
export function lastCodeBefore(named: readonly NamedCode[], offset: number): NamedCode | null {
	for (let i = lastIndexBefore(named, offset); i >= 0; i--) {
		const candidate = named[i];
		if (!candidate || candidate.end > offset) continue;
		if (candidate.code !== 'SAME' && isCodeProper(candidate.code)) return candidate;
	}
	return null;
}

function isCodeProper(code: CitationCode): boolean {
	return code !== 'RGPD' && code !== 'LOI-78-17';
}

// « Vu le code X, et notamment ses articles … », « … en son article … »: the code named first.
const LINK_BEFORE =
	/^\)?[\s,]*(?:et\s+)?(?:(?:notamment|en\s+particulier|plus\s+particulierement)\s*,?\s*)?(?:en\s+)?(?:son|ses)\s+(?:articles?|art\.)\s*(?:n[°o]\s*)?$/i;
// « Règlement (UE) 2016/679 … (article 14) »: a regulation or loi, then its article in brackets.
// A title may run over line breaks, not over a blank line or a semicolon.
const BRACKET_BEFORE = /^(?:(?!\n\s*\n)[^;]){0,400}\(\s*(?:articles?|art\.)\s*(?:n[°o]\s*)?$/i;
// « la loi n° 78-17 du 6 janvier 1978 relative à …, et notamment son article 4 »: a long title.
const TITLE_BEFORE =
	/^(?:(?!\n\s*\n)[^;]){0,400}[\s,](?:son|ses)\s+(?:articles?|art\.)\s*(?:n[°o]\s*)?$/i;

/**
 * The code named before a reference that starts at `start`, when the text names the code first
 * (« le code de la santé publique, et notamment son article R. 2324-17 », « le règlement (UE)
 * 2016/679 … (article 14) »), or null.
 */
export function codeNamedBefore(
	folded: string,
	named: readonly NamedCode[],
	start: number,
): NamedCode | null {
	for (let i = lastIndexBefore(named, start); i >= 0; i--) {
		const candidate = named[i];
		if (!candidate) continue;
		if (start - candidate.end > 420) return null;
		if (candidate.code === 'SAME') return null;
		const between = folded.slice(candidate.end, start);
		if (LINK_BEFORE.test(between)) return candidate;
		if (
			!isCodeProper(candidate.code) &&
			(BRACKET_BEFORE.test(between) || TITLE_BEFORE.test(between))
		)
			return candidate;
		return null;
	}
	return null;
}

/** Finds the code named just after offset `end` of `folded`, or null when none is. */
export function codeNamedAfter(folded: string, end: number): NamedCode | null {
	// A bounded window keeps the lazy gap linear whatever the text.
	const window = folded.slice(end, end + WINDOW);
	const match = DESIGNATOR_AFTER.exec(window);
	if (!match) return null;
	const index = match.slice(1).findIndex((group) => group !== undefined);
	const designator = designators[index];
	const name = match[index + 1];
	if (!designator || name === undefined) return null;
	const nameEnd = end + match[0].length;
	return { code: designator.code, start: nameEnd - name.length, end: nameEnd };
}

/** A range of article numbers that belongs to one code when no code is named. */
interface NumberRange {
	/** The code. */
	code: LegalCode;
	/** Letters of the parts it covers (L législative, R and D réglementaire). */
	letters: string;
	/** First segments of the numbers (123 for L123-5). */
	firsts: readonly string[];
}

// The chapters CCAS deliberations cite. Ambiguous numbers (CRPA also has an L123-1) go to the
// code a CCAS means; the message then asks to name the code.
const ranges: readonly NumberRange[] = [
	{ code: 'CASF', letters: 'LRD', firsts: ['123', '133', '312'] },
	{ code: 'CRPA', letters: 'LRD', firsts: ['100', '113', '114'] },
	{ code: 'CGCT', letters: 'LRD', firsts: ['2121', '2131'] },
	{ code: 'CJA', letters: 'R', firsts: ['414', '421'] },
];

/** The code an article number belongs to when no code is named (L114-8 → CRPA), or null. */
export function codeOfRange(article: string): LegalCode | null {
	const match = /^([LRDA])(\d+)-/.exec(article);
	if (!match) return null;
	const [, letter = '', first = ''] = match;
	const range = ranges.find((r) => r.letters.includes(letter) && r.firsts.includes(first));
	return range ? range.code : null;
}

/** True when the text speaks of the GDPR or of personal data (for « article 5-1-c) » alone). */
export function mentionsPersonalData(folded: string): boolean {
	return /\b(?:rgpd|gdpr|donnees|2016\s*\/\s*679)\b/i.test(folded);
}
