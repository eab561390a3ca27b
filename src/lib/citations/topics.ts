/**
 * Articles real texts cite for a subject they do not treat (../shared/reference/legal.md): the
 * quorum is not in R. 123-19 (règlement intérieur) but in R. 123-17; L. 123-7 is not about the
 * board's composition, which L. 123-6 and R. 123-7 set. A reference is judged by the sentence it
 * stands in: the same article cited for its own subject raises nothing.
 */
import { sentenceAround } from './context';
import { finding } from './findings';
import { articleName, quoted } from './format';
import { articlePage } from './links';
import type { Citation, Finding, LegalCode } from './types';

interface Confusion {
	code: LegalCode;
	article: string;
	/** The subject the article is wrongly cited for, in the folded sentence. */
	subject: RegExp;
	/** What the article is about, or is not about, as the message says it. */
	what: string;
	/** The articles to cite for that subject (ids of content/legal). */
	right: readonly string[];
	rightNames: string;
}

const confusions: readonly Confusion[] = [
	{
		code: 'CASF',
		article: 'R123-19',
		subject: /\bquorum\b/i,
		what: 'porte sur le règlement intérieur du conseil et la commission permanente, pas sur le quorum',
		right: ['casf-r123-17'],
		rightNames: 'l’article R. 123-17 du CASF (majorité des membres en exercice présents)',
	},
	{
		code: 'CASF',
		article: 'L123-7',
		subject:
			/\bcomposition\b|\bnombre\s+(?:des\s+|de\s+ses\s+)?(?:membres|administrateurs)\b|\bmembres\s+(?:elus|nommes)\b/i,
		what: 'ne traite pas de la composition du conseil d’administration',
		right: ['casf-l123-6', 'casf-r123-7'],
		rightNames:
			'l’article L. 123-6 du CASF (membres élus et nommés en nombre égal) et l’article R. 123-7 (nombre fixé par le conseil municipal)',
	},
];

/** References cited for a subject another article treats. */
export function topicFindings(folded: string, citations: readonly Citation[]): Finding[] {
	const findings: Finding[] = [];
	const found = new Set<Confusion>();
	for (const citation of citations) {
		const confusion = confusions.find(
			(item) => item.code === citation.code && item.article === citation.article,
		);
		// One finding per confusion: the same article cited again for the same subject says nothing new.
		if (!confusion || found.has(confusion)) continue;
		if (!confusion.subject.test(sentenceAround(folded, citation.start, citation.end))) continue;
		found.add(confusion);
		findings.push(
			finding(
				'wrong-subject',
				'erreur',
				`L’${articleName(citation.code, citation.article)}, cité ici sous la forme ` +
					`${quoted(citation.raw.replace(/\s+/g, ' '))}, ${confusion.what}. Citez ${confusion.rightNames}.`,
				{
					start: citation.start,
					end: citation.end,
					articleIds: [...confusion.right],
					link: articlePage(confusion.right[0] ?? ''),
				},
			),
		);
	}
	return findings;
}
