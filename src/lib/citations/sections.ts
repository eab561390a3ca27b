/**
 * Sections whose articles we list completely: a number inside one that is not on the list does
 * not exist. Only sections checked against a source go here; everywhere else we cannot tell.
 */
import type { LegalCode } from './types';

/** A section of a code whose article list is complete. */
export interface CompleteSection {
	/** The code. */
	code: LegalCode;
	/** Letter of the part (L, R, D), empty for a text numbered 1, 2, 3 (the GDPR). */
	letter: string;
	/** First segment shared by its numbers (123 for L123-5), empty when numbers have one segment. */
	chapter: string;
	/** Smallest and largest numbers of the section (the segment after the chapter). */
	from: number;
	to: number;
	/** True when no article of the chapter comes after `to`: a higher number does not exist. */
	endsChapter: boolean;
	/** Every article of the section, normalised (L123-4-1). */
	articles: readonly string[];
	/** How messages name the section. */
	title: string;
	/** Id of the article to cite in most cases where a number of this section is wrong. */
	advice: string | null;
	/** What to do, in French, when a number of this section does not exist. */
	adviceText: string;
	/** Where the list comes from, and when it was checked. */
	source: string;
}

/** The table of complete sections. */
export const completeSections: readonly CompleteSection[] = [
	{
		code: 'CASF',
		letter: 'L',
		chapter: '123',
		from: 4,
		to: 9,
		endsChapter: true,
		articles: ['L123-4', 'L123-4-1', 'L123-5', 'L123-6', 'L123-7', 'L123-8', 'L123-9'],
		title:
			'la section du CASF consacrée aux centres communaux et intercommunaux d’action sociale (articles L. 123-4 à L. 123-9, chapitre qui s’arrête à L. 123-9)',
		advice: 'casf-l123-5',
		adviceText:
			'Pour fonder les aides facultatives, citez l’article L. 123-5 du CASF (et l’article R. 123-2 pour les prestations en espèces ou en nature).',
		source:
			'Plan du CASF, livre Ier, titre II, chapitre III « Organisation administrative » : section 1 (L123-1 à L123-3), ' +
			'section 2 (L123-4 à L123-9), puis titre III (L131-1) ; L123-4-1 créé par la loi n° 2015-991 du 7 août 2015, ' +
			'art. 79 (Légifrance) ; shared/reference/legal.md : « L123-21 does not exist ». Vérifié le 2026-11-23.',
	},
	{
		code: 'RGPD',
		letter: '',
		chapter: '',
		from: 1,
		to: 99,
		endsChapter: true,
		articles: Array.from({ length: 99 }, (_, i) => String(i + 1)),
		title: 'le RGPD (articles 1 à 99)',
		advice: null,
		adviceText: 'Vérifiez le numéro sur EUR-Lex.',
		source: 'Règlement (UE) 2016/679, JO UE L 119 du 4 mai 2016 (EUR-Lex) : articles 1 à 99.',
	},
];

/** What the table says about an article: listed, absent from a complete section, or unknown. */
export type SectionAnswer =
	| { kind: 'listed'; section: CompleteSection }
	| { kind: 'absent'; section: CompleteSection }
	| { kind: 'unknown' };

/** Looks `article` (normalised, e.g. L123-21) of `code` up in the table of complete sections. */
export function lookUpSection(code: LegalCode, article: string): SectionAnswer {
	const match = /^([LRDA]?)(\d+)((?:-\d+)*)$/.exec(article);
	if (!match) return { kind: 'unknown' };
	const [, letter = '', first = '', rest = ''] = match;
	const segments = [first, ...rest.split('-').filter((s) => s !== '')];
	for (const section of completeSections) {
		if (section.code !== code || section.letter !== letter) continue;
		// The number the section range is about: the one after the chapter, or the only one.
		const keyIndex = section.chapter === '' ? 0 : 1;
		if (section.chapter !== '' && segments[0] !== section.chapter) continue;
		const key = segments[keyIndex];
		if (key === undefined) continue;
		const number = Number(key);
		if (number > section.to && section.endsChapter) return { kind: 'absent', section };
		if (number < section.from || number > section.to) continue;
		return section.articles.includes(article)
			? { kind: 'listed', section }
			: { kind: 'absent', section };
	}
	return { kind: 'unknown' };
}
