import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	dateInWords,
	formatDateFr,
	formatNumberFr,
	formatTimeFr,
	frenchTypography,
	numberToWords,
	sittingOpening,
	timeInWords,
	yearInWords,
} from '../../src/lib/french.ts';

// Known spellings (traditional, pre-1990), checked against Grevisse's rules.
const KNOWN: ReadonlyArray<readonly [number, string]> = [
	[0, 'zéro'],
	[1, 'un'],
	[2, 'deux'],
	[10, 'dix'],
	[11, 'onze'],
	[16, 'seize'],
	[17, 'dix-sept'],
	[18, 'dix-huit'],
	[19, 'dix-neuf'],
	[20, 'vingt'],
	[21, 'vingt et un'],
	[22, 'vingt-deux'],
	[30, 'trente'],
	[31, 'trente et un'],
	[39, 'trente-neuf'],
	[41, 'quarante et un'],
	[50, 'cinquante'],
	[51, 'cinquante et un'],
	[60, 'soixante'],
	[61, 'soixante et un'],
	[69, 'soixante-neuf'],
	[70, 'soixante-dix'],
	[71, 'soixante et onze'],
	[72, 'soixante-douze'],
	[77, 'soixante-dix-sept'],
	[79, 'soixante-dix-neuf'],
	[80, 'quatre-vingts'],
	[81, 'quatre-vingt-un'],
	[82, 'quatre-vingt-deux'],
	[89, 'quatre-vingt-neuf'],
	[90, 'quatre-vingt-dix'],
	[91, 'quatre-vingt-onze'],
	[97, 'quatre-vingt-dix-sept'],
	[99, 'quatre-vingt-dix-neuf'],
	[100, 'cent'],
	[101, 'cent un'],
	[111, 'cent onze'],
	[121, 'cent vingt et un'],
	[171, 'cent soixante et onze'],
	[180, 'cent quatre-vingts'],
	[181, 'cent quatre-vingt-un'],
	[200, 'deux cents'],
	[201, 'deux cent un'],
	[280, 'deux cent quatre-vingts'],
	[300, 'trois cents'],
	[399, 'trois cent quatre-vingt-dix-neuf'],
	[580, 'cinq cent quatre-vingts'],
	[999, 'neuf cent quatre-vingt-dix-neuf'],
	[1000, 'mille'],
	[1001, 'mille un'],
	[1021, 'mille vingt et un'],
	[1080, 'mille quatre-vingts'],
	[1100, 'mille cent'],
	[1200, 'mille deux cents'],
	[1789, 'mille sept cent quatre-vingt-neuf'],
	[1980, 'mille neuf cent quatre-vingts'],
	[1999, 'mille neuf cent quatre-vingt-dix-neuf'],
	[2000, 'deux mille'],
	[2001, 'deux mille un'],
	[2021, 'deux mille vingt et un'],
	[2026, 'deux mille vingt-six'],
	[2080, 'deux mille quatre-vingts'],
	[2200, 'deux mille deux cents'],
	[3071, 'trois mille soixante et onze'],
	[5000, 'cinq mille'],
	[7777, 'sept mille sept cent soixante-dix-sept'],
	[8080, 'huit mille quatre-vingts'],
	[9999, 'neuf mille neuf cent quatre-vingt-dix-neuf'],
	[21_000, 'vingt et un mille'],
	[80_000, 'quatre-vingt mille'],
	[81_000, 'quatre-vingt-un mille'],
	[200_000, 'deux cent mille'],
	[201_000, 'deux cent un mille'],
	[1_000_000, 'un million'],
	[1_000_001, 'un million un'],
	[1_080_000, 'un million quatre-vingt mille'],
	[2_000_000, 'deux millions'],
	[200_000_000, 'deux cents millions'],
	[280_000_000, 'deux cent quatre-vingts millions'],
	[
		999_999_999,
		'neuf cent quatre-vingt-dix-neuf millions ' +
			'neuf cent quatre-vingt-dix-neuf mille ' +
			'neuf cent quatre-vingt-dix-neuf',
	],
];

const SMALL: Record<string, number> = {
	zéro: 0,
	un: 1,
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	six: 6,
	sept: 7,
	huit: 8,
	neuf: 9,
	dix: 10,
	onze: 11,
	douze: 12,
	treize: 13,
	quatorze: 14,
	quinze: 15,
	seize: 16,
	trente: 30,
	quarante: 40,
	cinquante: 50,
	soixante: 60,
};

/** Independent reader of French number words, written for the parse-back test only. */
function wordsToNumber(words: string): number {
	let total = 0;
	let group = 0;
	let previous = '';
	for (const token of words.split(/[ -]/)) {
		if (token === 'et') {
			previous = token;
			continue;
		}
		if (token === 'vingt' || token === 'vingts') {
			// « quatre-vingt »: the four already added becomes eighty.
			group += previous === 'quatre' ? 76 : 20;
		} else if (token === 'cent' || token === 'cents') {
			group = (group === 0 ? 1 : group) * 100;
		} else if (token === 'mille') {
			total += (group === 0 ? 1 : group) * 1000;
			group = 0;
		} else if (token === 'million' || token === 'millions') {
			total += group * 1_000_000;
			group = 0;
		} else {
			const value = SMALL[token];
			if (value === undefined) throw new Error(`unknown word ${token} in ${words}`);
			group += value;
		}
		previous = token;
	}
	return total + group;
}

const UP_TO_9999 = Array.from({ length: 10_000 }, (_, n) => n);

describe('numberToWords', () => {
	it.each(KNOWN)('%i → %s', (n, words) => {
		expect(numberToWords(n)).toBe(words);
	});

	it('reads back every number from 0 to 9 999, all spellings distinct', () => {
		const seen = new Set<string>();
		for (const n of UP_TO_9999) {
			const words = numberToWords(n);
			expect(wordsToNumber(words)).toBe(n);
			seen.add(words);
		}
		expect(seen.size).toBe(10_000);
	});

	it('reads back random numbers up to 999 999 999', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
				expect(wordsToNumber(numberToWords(n))).toBe(n);
			}),
			{ numRuns: 2000 },
		);
	});

	it('follows the traditional rules over 0..9 999', () => {
		const hyphenated = /^(dix|vingt|trente|quarante|cinquante|soixante|quatre)-/;
		for (const n of UP_TO_9999) {
			const words = numberToWords(n);
			expect(words).not.toMatch(/\bun mille\b/);
			expect(words).not.toMatch(/\bun cent/);
			// Plural only when nothing follows.
			expect(words.endsWith('quatre-vingts') || !words.includes('quatre-vingts')).toBe(true);
			expect(words.endsWith('cents') || !words.includes('cents')).toBe(true);
			expect(words).not.toMatch(/\bmilles\b/);
			// Hyphens only inside a tens-units compound below one hundred.
			for (const token of words.split(' ')) {
				if (token.includes('-')) {
					expect(token).toMatch(hyphenated);
					expect(wordsToNumber(token)).toBeLessThan(100);
				}
			}
			// « et » only for 21, 31, 41, 51, 61 and 71.
			for (const match of words.matchAll(/(\S+) et (\S+)/g)) {
				expect(['vingt', 'trente', 'quarante', 'cinquante', 'soixante']).toContain(match[1]);
				expect(match[1] === 'soixante' ? ['un', 'onze'] : ['un']).toContain(match[2]);
			}
		}
		expect(numberToWords(80)).toBe('quatre-vingts');
		expect(numberToWords(200)).toBe('deux cents');
	});

	it('rejects what it cannot spell', () => {
		for (const n of [-1, 1.5, 1_000_000_000, Number.NaN]) {
			expect(() => numberToWords(n)).toThrow(RangeError);
		}
	});
});

describe('dates and hours in words', () => {
	it('spells dates, with « premier » for the first', () => {
		expect(dateInWords('2026-11-23')).toBe('le vingt-trois novembre');
		expect(dateInWords('2026-03-01')).toBe('le premier mars');
		expect(dateInWords('2026-12-31')).toBe('le trente et un décembre');
		expect(dateInWords('2026-08-21')).toBe('le vingt et un août');
		expect(dateInWords('2028-02-29')).toBe('le vingt-neuf février');
	});

	it('spells years', () => {
		expect(yearInWords('2026-11-23')).toBe('deux mille vingt-six');
		expect(yearInWords(2026)).toBe('deux mille vingt-six');
		expect(yearInWords(1999)).toBe('mille neuf cent quatre-vingt-dix-neuf');
	});

	it.each([
		['18:00', 'à dix-huit heures'],
		['18:30', 'à dix-huit heures trente'],
		['18:01', 'à dix-huit heures une'],
		['18:21', 'à dix-huit heures vingt et une'],
		['12:00', 'à midi'],
		['00:00', 'à minuit'],
		['12:15', 'à douze heures quinze'],
		['01:00', 'à une heure'],
		['01:31', 'à une heure trente et une'],
		['21:00', 'à vingt et une heures'],
		['09:45', 'à neuf heures quarante-cinq'],
	])('%s → %s', (time, words) => {
		expect(timeInWords(time)).toBe(words);
	});

	it('opens a sitting record', () => {
		expect(sittingOpening('2026-11-23', '18:00')).toBe(
			'L’an deux mille vingt-six, le vingt-trois novembre, à dix-huit heures',
		);
		expect(sittingOpening('2026-03-01', '21:30')).toBe(
			'L’an deux mille vingt-six, le premier mars, à vingt et une heures trente',
		);
	});

	it('rejects malformed or impossible dates and hours', () => {
		for (const date of ['2026-02-30', '2026-13-01', '23/11/2026', '2026-1-5', '']) {
			expect(() => dateInWords(date)).toThrow(RangeError);
			expect(() => formatDateFr(date)).toThrow(RangeError);
		}
		for (const time of ['24:00', '18:60', '8:30', '18h30']) {
			expect(() => timeInWords(time)).toThrow(RangeError);
			expect(() => formatTimeFr(time)).toThrow(RangeError);
		}
	});
});

describe('numeric formats', () => {
	it('formats dates', () => {
		expect(formatDateFr('2026-11-23')).toBe('23 novembre 2026');
		expect(formatDateFr('2026-03-01')).toBe('1er mars 2026');
		expect(formatDateFr('2026-02-02')).toBe('2 février 2026');
	});

	it('formats hours', () => {
		expect(formatTimeFr('18:30')).toBe('18 h 30');
		expect(formatTimeFr('09:05')).toBe('9 h 05');
		expect(formatTimeFr('18:00')).toBe('18 h');
	});

	it('formats numbers with U+202F between thousands', () => {
		expect(formatNumberFr(12345.5)).toBe('12\u202F345,5');
		expect(formatNumberFr(1234567)).toBe('1\u202F234\u202F567');
		// ICU puts a no-break space before %, narrow or not depending on its version.
		expect(formatNumberFr(0.25, { style: 'percent' })).toMatch(/^25[\u00A0\u202F]%$/);
	});
});

describe('frenchTypography', () => {
	const N = '\u202F';

	it.each([
		["l'avis d'un membre", 'l’avis d’un membre'],
		['Bonjour !', `Bonjour${N}!`],
		['Bonjour!', `Bonjour${N}!`],
		['Bonjour\u00A0!', `Bonjour${N}!`],
		[`Bonjour${N}!`, `Bonjour${N}!`],
		['Bonjour   !', `Bonjour${N}!`],
		['Quoi ?!', `Quoi${N}?!`],
		['Article 3 : objet ; suite', `Article 3${N}: objet${N}; suite`],
		['« texte »', `«${N}texte${N}»`],
		['«texte»', `«${N}texte${N}»`],
		['« vraiment » ?', `«${N}vraiment${N}»${N}?`],
		['« ! »', `«${N}!${N}»`],
		['à 18:30 précises', 'à 18:30 précises'],
		['ratio 3:2', 'ratio 3:2'],
		["Voir https://example.fr/a?b=1;c:d'e !", `Voir https://example.fr/a?b=1;c:d'e${N}!`],
		['Écrire à mailto:ccas@example.fr?subject=x', 'Écrire à mailto:ccas@example.fr?subject=x'],
		['ligne\n: suite', 'ligne\n: suite'],
		['', ''],
	])('%j → %j', (input, output) => {
		expect(frenchTypography(input)).toBe(output);
	});

	it('is idempotent and never puts two spaces before punctuation', () => {
		const alphabet = fc.constantFrom(
			'a',
			'1',
			' ',
			'\u00A0',
			'\u202F',
			'\n',
			"'",
			'«',
			'»',
			';',
			':',
			'!',
			'?',
			'https://x.fr/',
		);
		fc.assert(
			fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
				const once = frenchTypography(parts.join(''));
				expect(frenchTypography(once)).toBe(once);
				if (!parts.includes('https://x.fr/')) expect(once).not.toContain("'");
				expect(once).not.toMatch(/[^\s\u00A0\u202F][ \t\u00A0\u202F]{2}[;:!?]/);
			}),
			{ numRuns: 1000 },
		);
	});
});
