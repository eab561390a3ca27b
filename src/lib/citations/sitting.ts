/**
 * The sitting as the text reports it: the quorum (R. 123-17 of the CASF, majority of the members in
 * office attending; proxies do not count) and the proxies (R. 123-16, one per administrator at
 * most). Only what the text states in figures or in a list of named members is read; a text that
 * gives neither is not judged. The same rules as the assistant's (src/lib/sitting/check.ts), read
 * from words instead of fields.
 */
import { formatNumberFr } from '../french';
import { finding } from './findings';
import { articlePage } from './links';
import type { Finding } from './types';

// « Membres en exercice : 13 », « Le nombre d'administrateurs en exercice est de 17 »,
// « en exercice : treize (13) », « 17 membres en exercice ».
const IN_OFFICE = [
	/\ben\s+exercice\s*(?::|=|est\s+de|sont\s+au\s+nombre\s+de)?\s*(?:[a-z-]+\s+)?\(?(\d{1,3})\)?(?!\s*(?:%|\d))/i,
	/\b(\d{1,3})\s+(?:membres|administrateurs|conseillers)\s+en\s+exercice\b/i,
];
// « Présents : 6 », « Nombre de présents : 6 », « 9 membres présents ».
const PRESENT_COUNT = [
	/\b(?:nombre\s+de\s+(?:membres\s+)?)?presents?\s*(?::|=)\s*(\d{1,3})\b/i,
	/\b(\d{1,3})\s+(?:membres\s+|administrateurs\s+)?presents?\b/i,
];
// « Présents : Mme A, M. B… » or « Présents au début de la séance : » and the names below.
const PRESENT_LIST =
	/\bpresents?(?:\s+au\s+debut\s+de\s+la\s+seance|\s+a\s+l'\s*ouverture\s+de\s+la\s+seance|\s+lors\s+de\s+la\s+seance)?\s*:/i;
// Where a list of present members stops: the next heading of the attendance, or a full stop at the
// end of a line (not that of « M. » when a name wraps).
const LIST_END =
	/\n\s*(?:absents?|excuses?|pouvoirs?|procurations?|representes?|secretaire|objet|le\s+quorum|ont\s+donne|etai(?:en)?t\s+absents?)\b|(?<![^a-z][a-z])\.\s*\n/i;
const CIVILITY = /\b(?:mme|mmes|mlle|madame|mademoiselle|monsieur|messieurs|mr|m\.)\s+\S/gi;
// « M. A a donné procuration à Mme B », « donne pouvoir à M. C », « représenté par Mme D ».
const PROXY_HOLDER =
	/\b(?:(?:a\s+donne|donne|ayant\s+donne|a\s+remis)\s+(?:une\s+)?(?:procuration|pouvoir|mandat)|represente(?:e)?)\s+(?:a|par)\s+((?:mme|mlle|madame|mademoiselle|monsieur|mr|m\.)\s*[^\n,;.()]{2,60})/gi;
// A second convocation, where the board deliberates whatever the number present.
const SECOND_NOTICE =
	/\b(?:seconde|deuxieme|nouvelle)\s+convocation\b|\ba\s+nouveau\s+convoquee?\b|\bsans\s+condition\s+de\s+quorum\b|\bquel\s+que\s+soit\s+le\s+nombre\s+(?:de\s+|des\s+)?(?:membres\s+)?presents\b/i;

/** A count the text gives, and where it gives it. */
interface Count {
	value: number;
	start: number;
	end: number;
}

function firstNumber(folded: string, patterns: readonly RegExp[]): Count | undefined {
	for (const pattern of patterns) {
		const match = pattern.exec(folded);
		if (match?.[1] !== undefined)
			return { value: Number(match[1]), start: match.index, end: match.index + match[0].length };
	}
	return undefined;
}

/** The members named after « Présents : », counted by their civility; undefined without a list. */
function listedPresent(folded: string): Count | undefined {
	const head = PRESENT_LIST.exec(folded);
	if (!head) return undefined;
	const after = folded.slice(head.index + head[0].length, head.index + head[0].length + 2000);
	const stop = after.search(LIST_END);
	const block = stop < 0 ? after : after.slice(0, stop);
	const count = block.match(CIVILITY)?.length ?? 0;
	return count > 0
		? { value: count, start: head.index, end: head.index + head[0].length }
		: undefined;
}

/** The people holding proxies, as written (civility and name), in order. */
function proxyHolders(
	folded: string,
	text: string,
): { key: string; name: string; start: number; end: number }[] {
	return [...folded.matchAll(PROXY_HOLDER)].map((match) => {
		const start = match.index + match[0].length - (match[1]?.length ?? 0);
		const end = match.index + match[0].length;
		const name = text.slice(start, end).replace(/\s+/g, ' ').trim();
		const key = (match[1] ?? '')
			.toLowerCase()
			.replace(/^(?:mme|mlle|madame|mademoiselle|monsieur|mr|m\.)\s*/, '')
			.replace(/\s+/g, ' ')
			.trim();
		return { key, name, start, end };
	});
}

const plural = (count: number, one: string, many: string): string =>
	`${formatNumberFr(count)} ${count >= 2 ? many : one}`;

/** Quorum not reached without a second convocation; an administrator holding two proxies or more. */
export function sittingFindings(text: string, folded: string): Finding[] {
	const findings: Finding[] = [];
	const holders = proxyHolders(folded, text);
	// Each holder once, pointed at the second proxy the text gives it, the first one too many.
	const byHolder = new Map<string, { name: string; count: number; start: number; end: number }>();
	for (const holder of holders) {
		const seen = byHolder.get(holder.key);
		if (seen === undefined) {
			byHolder.set(holder.key, { ...holder, count: 1 });
			continue;
		}
		seen.count += 1;
		if (seen.count === 2) {
			seen.start = holder.start;
			seen.end = holder.end;
		}
	}
	for (const { name, count, start, end } of byHolder.values()) {
		if (count < 2) continue;
		findings.push(
			finding(
				'proxies',
				'erreur',
				`${name} détient ${plural(count, 'procuration', 'procurations')} : un administrateur ne ` +
					'peut détenir qu’une seule procuration (article R. 123-16 du CASF). Les votes des ' +
					'procurations en trop ne peuvent pas être comptés : vérifiez la liste et le décompte des ' +
					'votants.',
				{ start, end, articleIds: ['casf-r123-16'], link: articlePage('casf-r123-16') },
			),
		);
	}

	const inOffice = firstNumber(folded, IN_OFFICE);
	const present = firstNumber(folded, PRESENT_COUNT) ?? listedPresent(folded);
	if (
		inOffice === undefined ||
		present === undefined ||
		inOffice.value < 1 ||
		present.value > inOffice.value
	)
		return findings;
	const quorum = Math.floor(inOffice.value / 2) + 1;
	if (present.value >= quorum || SECOND_NOTICE.test(folded)) return findings;
	const proxies = holders.length;
	const withProxies =
		proxies > 0 && present.value + proxies >= quorum
			? ` Les ${plural(proxies, 'procuration', 'procurations')} ne comptent pas : l’article exige que ` +
				'la majorité des membres en exercice assiste à la séance.'
			: '';
	findings.push(
		finding(
			'quorum',
			'erreur',
			`Quorum non atteint : ${plural(present.value, 'membre présent', 'membres présents')} sur ` +
				`${formatNumberFr(inOffice.value)} en exercice, il en faut au moins ${formatNumberFr(quorum)} ` +
				`(article R. 123-17 du CASF).${withProxies} Sans quorum, le conseil est convoqué à nouveau ` +
				'et délibère alors quel que soit le nombre de présents ; la délibération le dit en ' +
				'mentionnant la première séance.',
			{
				start: present.start,
				end: present.end,
				articleIds: ['casf-r123-17'],
				link: articlePage('casf-r123-17'),
			},
		),
	);
	return findings;
}
