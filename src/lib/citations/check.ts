/** The citation checker: every reference of a text judged against the corpus, plus document findings. */
import type { Catalogue } from '../catalogue/types';
import { formatNumberFr, frenchTypography } from '../french';
import { isAboutDataAccess, sentenceSpans } from './context';
import { findArticle, indexCorpus } from './corpus';
import { extractFromFolded } from './extract';
import {
	dataFindings,
	finding,
	linkFindings,
	missingFindings,
	stampFindings,
	type FindingContext,
} from './findings';
import { foldForMatching } from './fold';
import { MAX_CITATIONS, MAX_TEXT_LENGTH } from './limits';
import { legifranceLinks } from './links';
import { missingNumberFindings } from './missing-number';
import { powerFindings } from './powers';
import { retentionFindings } from './retention';
import { sittingFindings } from './sitting';
import { topicFindings } from './topics';
import { impliedArticles, surroundingsOf } from './surroundings';
import { properBasis } from './misuse';
import { judge } from './verdict';
import {
	findingKinds,
	type CheckOptions,
	type Citation,
	type CitationReport,
	type Finding,
	type Severity,
} from './types';

function truncationFindings(length: number, citations: number): Finding[] {
	const findings: Finding[] = [];
	if (length > MAX_TEXT_LENGTH) {
		findings.push(
			finding(
				'truncated',
				'avertissement',
				`Le texte dépasse ${formatNumberFr(MAX_TEXT_LENGTH)} caractères : seuls les ` +
					`${formatNumberFr(MAX_TEXT_LENGTH)} premiers ont été vérifiés. Vérifiez la suite séparément.`,
			),
		);
	}
	if (citations >= MAX_CITATIONS) {
		findings.push(
			finding(
				'truncated',
				'avertissement',
				`Le texte contient plus de ${formatNumberFr(MAX_CITATIONS)} références : seules les ` +
					`${formatNumberFr(MAX_CITATIONS)} premières ont été vérifiées.`,
			),
		);
	}
	return findings;
}

function byKindThenPosition(a: Finding, b: Finding): number {
	return (
		findingKinds.indexOf(a.kind) - findingKinds.indexOf(b.kind) ||
		(a.start ?? Infinity) - (b.start ?? Infinity)
	);
}

/**
 * Checks every legal reference of `text` against the corpus: verdict, severity, French message,
 * links; then document-level findings: prefecture stamp, outdated Légifrance links, missing
 * references, unjustified data, powers given to agents, legal aid decided by the centre, the
 * obsolete cap on the board, quorum and proxies, a retention DataPass asks to justify, an article
 * cited for a subject it does not treat. Deterministic; never throws, whatever the input.
 */
export function checkCitations(
	text: string,
	catalogue: Pick<Catalogue, 'legal'>,
	options: CheckOptions = {},
): CitationReport {
	const whole = typeof text === 'string' ? text : '';
	const source = whole.length > MAX_TEXT_LENGTH ? whole.slice(0, MAX_TEXT_LENGTH) : whole;
	const folded = foldForMatching(source);
	const corpus = indexCorpus((catalogue as Partial<Pick<Catalogue, 'legal'>> | null)?.legal);
	const extracted = extractFromFolded(source, folded);
	const aboutDataAccess = isAboutDataAccess(folded);
	const citesProperBasis = extracted.some((cited) => {
		const entry = findArticle(corpus, cited.code, cited.article);
		return entry !== undefined && entry.status === 'en vigueur' && properBasis.includes(entry.id);
	});
	const context = { corpus, folded, aboutDataAccess, citesProperBasis };
	const around = surroundingsOf(extracted, folded, corpus, legifranceLinks(source));
	const citations: Citation[] = extracted.map((cited, index) => {
		const citation = judge(cited, context, around[index]);
		return {
			...citation,
			message: frenchTypography(citation.message),
			impliedIds: impliedArticles(cited, corpus),
		};
	});

	const findingContext: FindingContext = {
		text: source,
		folded,
		corpus,
		citations,
		aboutDataAccess,
		justifiedData: Array.isArray(options?.justifiedData) ? options.justifiedData : undefined,
	};
	// Cut once into sentences for the producers that read sentence by sentence.
	const sentences = sentenceSpans(folded);
	const findings = [
		...truncationFindings(whole.length, extracted.length),
		...stampFindings(folded),
		...missingNumberFindings(folded, source),
		...linkFindings(source, corpus),
		...missingFindings(findingContext),
		...dataFindings(findingContext),
		...powerFindings(source, folded, sentences),
		...sittingFindings(source, folded),
		...retentionFindings(source, folded, sentences),
		...topicFindings(folded, citations),
	]
		.map((item) => ({ ...item, message: frenchTypography(item.message) }))
		// Stable sort: findings of one kind keep the order their producer gave.
		.sort(byKindThenPosition);

	const counts: Record<Severity, number> = { erreur: 0, avertissement: 0, info: 0 };
	for (const item of [...citations, ...findings]) counts[item.severity] += 1;
	return { citations, findings, counts, hasError: counts.erreur > 0 };
}
