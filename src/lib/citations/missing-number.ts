/** « l’article L du CGCT »: a reference whose number was left out. */
import { codeNamedAfter } from './codes';
import { codeTag, quoted } from './format';
import { finding } from './findings';
import type { Finding } from './types';

// « article L », « l’article R. », followed by « du », « de la »…: a letter and no number.
const LETTER_ONLY = /(?<![A-Za-z])articles?\s+([LRD])\.?(?=\s+(?:du|de|des|d')(?![a-z]))/gi;

/** A « numéro manquant » note for each reference that names a part and a code but no number. */
export function missingNumberFindings(folded: string, source: string): Finding[] {
	const findings: Finding[] = [];
	for (const match of folded.matchAll(LETTER_ONLY)) {
		const end = match.index + match[0].length;
		const code = codeNamedAfter(folded, end);
		if (!code || code.code === 'SAME') continue;
		const codeName =
			code.code === 'AUTRE' ? source.slice(code.start, code.end).replace(/\s+/g, ' ') : null;
		const raw = source.slice(match.index, code.end).replace(/\s+/g, ' ');
		findings.push(
			finding(
				'missing-number',
				'avertissement',
				`${quoted(raw)} (${codeTag(code.code, codeName)}) : le numéro de l’article manque ; ` +
					'complétez la référence avec le numéro de l’article visé.',
				{ start: match.index, end },
			),
		);
		if (findings.length >= 50) break;
	}
	return findings;
}
