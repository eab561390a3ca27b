/** French formatting: numbers and dates in words (traditional spelling), hours, typography. */

const UNITS = [
	'zéro',
	'un',
	'deux',
	'trois',
	'quatre',
	'cinq',
	'six',
	'sept',
	'huit',
	'neuf',
	'dix',
	'onze',
	'douze',
	'treize',
	'quatorze',
	'quinze',
	'seize',
] as const;

// Index = tens digit; 7 and 9 reuse 6 and 8 plus ten-something, as French counts in scores there.
const TENS = ['', 'dix', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'] as const;

const MONTHS = [
	'janvier',
	'février',
	'mars',
	'avril',
	'mai',
	'juin',
	'juillet',
	'août',
	'septembre',
	'octobre',
	'novembre',
	'décembre',
] as const;

/** Largest integer `numberToWords` spells. */
export const MAX_NUMBER_IN_WORDS = 999_999_999;

function unit(n: number): string {
	return UNITS[n] ?? '';
}

/** 1..99. `final`: nothing follows, so « quatre-vingts » takes its s. */
function belowHundred(n: number, final: boolean): string {
	if (n <= 16) return unit(n);
	if (n < 20) return `dix-${unit(n - 10)}`;
	const tens = Math.floor(n / 10);
	const units = n % 10;
	if (tens === 7 || tens === 9) {
		const base = tens === 7 ? 'soixante' : 'quatre-vingt';
		// « et » is used for 71 only: 91 is « quatre-vingt-onze ».
		if (tens === 7 && units === 1) return 'soixante et onze';
		return `${base}-${belowHundred(10 + units, false)}`;
	}
	if (tens === 8) {
		if (units === 0) return final ? 'quatre-vingts' : 'quatre-vingt';
		return `quatre-vingt-${unit(units)}`;
	}
	const word = TENS[tens] ?? '';
	if (units === 0) return word;
	if (units === 1) return `${word} et un`;
	return `${word}-${unit(units)}`;
}

/** 1..999. `final`: nothing or a noun (million) follows, so « cents » and « vingts » agree. */
function belowThousand(n: number, final: boolean): string {
	const hundreds = Math.floor(n / 100);
	const rest = n % 100;
	const parts: string[] = [];
	if (hundreds > 0) {
		if (hundreds === 1) parts.push('cent');
		else parts.push(`${unit(hundreds)} ${rest === 0 && final ? 'cents' : 'cent'}`);
	}
	if (rest > 0) parts.push(belowHundred(rest, final));
	return parts.join(' ');
}

/**
 * Spells an integer from 0 to 999 999 999 in French words, traditional (pre-1990) spelling:
 * hyphens only between tens and units, « mille » invariable, « cents » and « quatre-vingts »
 * agreed.
 */
export function numberToWords(n: number): string {
	if (!Number.isInteger(n) || n < 0 || n > MAX_NUMBER_IN_WORDS) {
		throw new RangeError(`Nombre hors limites pour l’écriture en lettres : ${n}`);
	}
	if (n === 0) return 'zéro';
	const millions = Math.floor(n / 1_000_000);
	const thousands = Math.floor(n / 1000) % 1000;
	const rest = n % 1000;
	const parts: string[] = [];
	if (millions > 0) {
		// « million » is a noun: the number before it agrees (« deux cents millions »).
		parts.push(millions === 1 ? 'un million' : `${belowThousand(millions, true)} millions`);
	}
	if (thousands > 0) {
		// « mille » is an adjective: no « un mille »; « cent », « quatre-vingt » stay bare before it.
		parts.push(thousands === 1 ? 'mille' : `${belowThousand(thousands, false)} mille`);
	}
	if (rest > 0) parts.push(belowThousand(rest, true));
	return parts.join(' ');
}

/** Feminine form, for hours and minutes: « une heure », « vingt et une heures ». */
function feminineWords(n: number): string {
	const words = numberToWords(n);
	return words.endsWith('un') && n % 10 === 1 ? `${words}e` : words;
}

interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

/** Parses `YYYY-MM-DD` strictly (rejects 2026-02-30) without time zone drift. */
function parseIsoDate(isoDate: string): CalendarDate {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
	if (match) {
		const year = Number(match[1]);
		const month = Number(match[2]);
		const day = Number(match[3]);
		const check = new Date(Date.UTC(year, month - 1, day));
		if (
			check.getUTCFullYear() === year &&
			check.getUTCMonth() === month - 1 &&
			check.getUTCDate() === day
		) {
			return { year, month, day };
		}
	}
	throw new RangeError(`Date invalide (attendu AAAA-MM-JJ) : ${isoDate}`);
}

/** Parses `HH:MM` (00:00 to 23:59). */
function parseTime(time: string): { hours: number; minutes: number } {
	const match = /^(\d{2}):(\d{2})$/.exec(time);
	const hours = Number(match?.[1]);
	const minutes = Number(match?.[2]);
	if (!match || hours > 23 || minutes > 59) {
		throw new RangeError(`Heure invalide (attendu HH:MM) : ${time}`);
	}
	return { hours, minutes };
}

function monthName(month: number): string {
	return MONTHS[month - 1] ?? '';
}

/** « le vingt-trois novembre », « le premier mars » for `YYYY-MM-DD`. */
export function dateInWords(isoDate: string): string {
	const { month, day } = parseIsoDate(isoDate);
	return `le ${day === 1 ? 'premier' : numberToWords(day)} ${monthName(month)}`;
}

/** « deux mille vingt-six » for a year number or a `YYYY-MM-DD` date. */
export function yearInWords(yearOrIsoDate: number | string): string {
	const year = typeof yearOrIsoDate === 'number' ? yearOrIsoDate : parseIsoDate(yearOrIsoDate).year;
	return numberToWords(year);
}

/**
 * « à dix-huit heures », « à dix-huit heures trente », « à une heure », « à midi », « à minuit ».
 * Noon and midnight are named only on the hour; with minutes, the 24-hour count reads better in
 * a record.
 */
export function timeInWords(time: string): string {
	const { hours, minutes } = parseTime(time);
	if (minutes === 0 && hours === 12) return 'à midi';
	if (minutes === 0 && hours === 0) return 'à minuit';
	const hourWords = `${feminineWords(hours)} ${hours >= 2 ? 'heures' : 'heure'}`;
	return minutes === 0 ? `à ${hourWords}` : `à ${hourWords} ${feminineWords(minutes)}`;
}

/**
 * Opening of a sitting record:
 * « L’an deux mille vingt-six, le vingt-trois novembre, à dix-huit heures ».
 */
export function sittingOpening(isoDate: string, time: string): string {
	return `L’an ${yearInWords(isoDate)}, ${dateInWords(isoDate)}, ${timeInWords(time)}`;
}

/** « 23 novembre 2026 », « 1er mars 2026 » for `YYYY-MM-DD`. */
export function formatDateFr(isoDate: string): string {
	const { year, month, day } = parseIsoDate(isoDate);
	return `${day === 1 ? '1er' : String(day)} ${monthName(month)} ${year}`;
}

/** « 18 h 30 », « 9 h » for `HH:MM`. */
export function formatTimeFr(time: string): string {
	const { hours, minutes } = parseTime(time);
	return minutes === 0 ? `${hours} h` : `${hours} h ${String(minutes).padStart(2, '0')}`;
}

// Building an Intl.NumberFormat costs far more than formatting with it: a pack formats thousands
// of numbers (condition sentences in every document), so one formatter per set of options is kept.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Number with French separators (`Intl` fr-FR: U+202F between thousands, comma for decimals). */
export function formatNumberFr(n: number, options?: Intl.NumberFormatOptions): string {
	const key = options === undefined ? '' : JSON.stringify(options);
	let format = numberFormats.get(key);
	if (format === undefined) {
		format = new Intl.NumberFormat('fr-FR', options);
		numberFormats.set(key, format);
	}
	return format.format(n);
}

const NNBSP = '\u202F';
// Spaces a writer may have typed around punctuation; newlines are kept.
const SPACE = '[ \\t\\u00A0\\u202F]';
// One pass, URLs first, so nothing inside a URL is touched and offsets stay those of the input.
const TYPOGRAPHY = new RegExp(
	[
		String.raw`(?:\b[a-z][a-z0-9+.-]*:\/\/|\bmailto:|\bwww\.)[^\s«»]+`,
		"'",
		`«${SPACE}*`,
		`${SPACE}*»`,
		`(${SPACE}*)([;:!?]+)`,
	].join('|'),
	'gi',
);
const ONE_SPACE = new RegExp(`^${SPACE}$`);

function highPunctuation(
	match: string,
	spaces: string,
	marks: string,
	offset: number,
	text: string,
): string {
	const before = text[offset - 1];
	// Nothing to attach to at the start of a line.
	if (before === undefined || before === '\n') return match;
	// The space before was already turned into U+202F by the quote rule (« !).
	if (spaces === '' && (before === '«' || ONE_SPACE.test(before))) return marks;
	// A time or ratio such as 18:30 keeps its colon tight.
	const after = text[offset + match.length] ?? '';
	if (spaces === '' && marks === ':' && /\d/.test(before) && /\d/.test(after)) return match;
	return NNBSP + marks;
}

/**
 * French typography: ’ for ', U+202F before ; : ! ? and inside « », without doubling spaces the
 * writer typed; URLs and times such as 18:30 are left as they are. Idempotent.
 */
export function frenchTypography(text: string): string {
	return text.replace(
		TYPOGRAPHY,
		(match: string, spaces: string | undefined, marks: string | undefined, offset: number) => {
			if (match === "'") return '’';
			if (match.startsWith('«')) return `«${NNBSP}`;
			if (match.endsWith('»')) return `${NNBSP}»`;
			if (marks !== undefined) return highPunctuation(match, spaces ?? '', marks, offset, text);
			return match;
		},
	);
}
