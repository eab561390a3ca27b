/**
 * Retention periods a text gives for the data it obtains, against DataPass's rule: above 36 months,
 * the request must justify the period (../shared/reference/datapass.md). A warning, not an error:
 * a longer period may be justified (a control by the CAF), and the text may speak of other records.
 */
import { formatNumberFr } from '../french';
import { RETENTION_JUSTIFY_ABOVE_MONTHS, retentionNeedsJustification } from '../rules/datapass';
import type { SentenceSpan } from './context';
import { finding } from './findings';
import type { Finding } from './types';

// Simple numbers in words; compound ones (« quarante-huit ») are not read.
const WORDS: Record<string, number> = {
	un: 1,
	une: 1,
	deux: 2,
	trois: 3,
	quatre: 4,
	cinq: 5,
	six: 6,
	sept: 7,
	huit: 8,
	neuf: 9,
	dix: 10,
	douze: 12,
	quinze: 15,
	vingt: 20,
	trente: 30,
};
const AMOUNT = String.raw`(\d{1,3}|${Object.keys(WORDS).join('|')})`;
// « conservées 10 ans », « conservées pendant cinq ans », « durée de conservation : 48 mois ».
const PERIOD = new RegExp(
	String.raw`\b(?:conserve(?:e|es|s|nt|r|ra|ront)?|duree\s+de\s+conservation(?:\s+des\s+donnees)?(?:\s+est\s+(?:de|fixee\s+a))?\s*:?)\s+(?:pendant\s+|durant\s+|pour\s+une\s+duree\s+de\s+|au\s+plus\s+|au\s+maximum\s+)?${AMOUNT}\s+(ans?|annees?|mois)\b`,
	'gi',
);
// The text speaks of data obtained from other administrations, not only of its own archives.
const ABOUT_DATA = /\b(?:donnees|informations|justificatifs?|api)\b/i;
// The sentence gives its reason: the period is justified where it is set.
const JUSTIFIED = /\bjustifiee?s?\s+par\b|\bjustification\b|\ben\s+raison\s+d|\bcompte\s+tenu\s+d/i;

/** Retention periods above DataPass's limit, each period once, as warnings. */
export function retentionFindings(
	text: string,
	folded: string,
	sentences: readonly SentenceSpan[],
): Finding[] {
	const findings: Finding[] = [];
	const seen = new Set<number>();
	for (const { start, end } of sentences) {
		const sentence = folded.slice(start, end);
		if (!ABOUT_DATA.test(sentence) || JUSTIFIED.test(sentence)) continue;
		for (const match of sentence.matchAll(PERIOD)) {
			const amount = match[1] ?? '';
			const count = /^\d/.test(amount) ? Number(amount) : (WORDS[amount.toLowerCase()] ?? 0);
			const months = /^mois$/i.test(match[2] ?? '') ? count : count * 12;
			// The same period said again is the same point.
			if (!retentionNeedsJustification(months) || seen.has(months)) continue;
			seen.add(months);
			const at = start + match.index;
			findings.push(
				finding(
					'retention',
					'avertissement',
					`Durée de conservation de ${formatNumberFr(months)} mois (${text.slice(at, at + match[0].length).replace(/\s+/g, ' ')}) : ` +
						`au-delà de ${RETENTION_JUSTIFY_ABOVE_MONTHS} mois, DataPass demande de justifier la durée ` +
						'(par exemple un contrôle possible de la CAF). Si ces données viennent de l’API, ' +
						'justifiez la durée dans la demande, ou réduisez-la.',
					{ start: at, end: at + match[0].length },
				),
			);
		}
	}
	return findings;
}
