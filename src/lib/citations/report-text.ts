/**
 * A citation report in words: French labels for severities, verdicts and findings (shared by the
 * /verifier/ page and the `check` command), and the report as plain text for the command line.
 */
import { formatNumberFr, frenchTypography } from '../french';
import { articleName } from './format';
import { articlePage } from './links';
import type {
	Citation,
	CitationCode,
	CitationReport,
	Finding,
	FindingKind,
	Severity,
	VerdictKind,
} from './types';

/** Each severity as a word, singular and plural (« 1 erreur », « 2 erreurs »). */
export const severityLabels: Record<Severity, { one: string; many: string }> = {
	erreur: { one: 'erreur', many: 'erreurs' },
	avertissement: { one: 'avertissement', many: 'avertissements' },
	info: { one: 'information', many: 'informations' },
};

/** Severities, most serious first: the order counts and lists follow. */
export const severityOrder: readonly Severity[] = ['erreur', 'avertissement', 'info'];

/** Each verdict in a few words, for a list item's heading. */
export const verdictLabels: Record<VerdictKind, string> = {
	'in-force': 'article en vigueur',
	abrogated: 'article abrogé',
	'not-in-corpus': 'article que nous ne suivons pas',
	'non-existent': 'article inexistant',
	mistyped: 'numéro erroné',
	misused: 'article mal employé',
	former: 'ancien numéro bien cité',
};

/** Each kind of document finding in a few words. */
export const findingLabels: Record<FindingKind, string> = {
	truncated: 'texte vérifié en partie',
	'prefecture-stamp': 'tampon de la préfecture',
	'missing-number': 'numéro d’article manquant',
	'outdated-link': 'lien Légifrance périmé',
	'missing-reference': 'référence manquante',
	'recommended-reference': 'référence recommandée',
	'unjustified-data': 'donnée non justifiée',
	'agent-power': 'pouvoir donné à un agent',
	'legal-aid-decision': 'aide légale décidée par le centre',
	'board-cap': 'plafond de membres supprimé',
	quorum: 'quorum non atteint',
	proxies: 'procurations en trop',
	retention: 'conservation à justifier',
	'wrong-subject': 'article cité pour un autre objet',
	'delegation-not-conferred': 'délégation non conférée',
};

/** « 1 erreur », « 3 avertissements », « 0 information » (French: 0 and 1 take the singular). */
export function countLabel(severity: Severity, count: number): string {
	const { one, many } = severityLabels[severity];
	return `${formatNumberFr(count)} ${count >= 2 ? many : one}`;
}

/** « 4 erreurs, 3 avertissements et 0 information ». */
export function countsSentence(counts: Record<Severity, number>): string {
	const [first, second, third] = severityOrder.map((severity) =>
		countLabel(severity, counts[severity] ?? 0),
	);
	return `${first}, ${second} et ${third}`;
}

/** A 1-based line and column (in characters) of an offset in a text. */
export interface TextPosition {
	/** Line number, from 1; a line ends at \n, \r\n or \r. */
	line: number;
	/** Column, from 1, counting characters (a character outside the BMP counts once). */
	column: number;
}

/** Where an offset falls in the text, as an editor shows it. */
export function textPosition(text: string, offset: number): TextPosition {
	const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
	const breaks = before.match(/\r\n|\r|\n/g) ?? [];
	const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
	return { line: breaks.length + 1, column: Array.from(before.slice(lineStart)).length + 1 };
}

/** What a page or a report needs to name an article of the corpus. */
export interface ArticleRef {
	/** Id in content/legal (crpa-l114-8). */
	id: string;
	/** Code of the article. */
	code: string;
	/** Article number as Légifrance writes it (L114-8). */
	article: string;
}

/** An article to cite, named as French texts write it, with our page about it. */
export interface NamedArticle {
	/** Id in content/legal. */
	id: string;
	/** « article L. 114-8 du CRPA », or the id when the corpus does not hold it. */
	name: string;
	/** Our page about it. */
	page: string;
}

/** Names a corpus article by id (« article D. 114-9-1 du CRPA ») with its page. */
export function namedArticle(id: string, legal: readonly ArticleRef[]): NamedArticle {
	const entry = legal.find((candidate) => candidate.id === id);
	return {
		id,
		name: entry ? articleName(entry.code as CitationCode, entry.article) : id,
		page: articlePage(id),
	};
}

/** Articles a citation points to instead of itself: its suggestion, then its « see also ». */
export function citationAlternatives(
	citation: Pick<Citation, 'suggestion' | 'seeAlso' | 'articleId'>,
	legal: readonly ArticleRef[],
): NamedArticle[] {
	const ids = [citation.suggestion, ...(citation.seeAlso ?? [])].filter(
		(id): id is string => typeof id === 'string' && id !== '' && id !== citation.articleId,
	);
	return [...new Set(ids)].map((id) => namedArticle(id, legal));
}

/** A link a report item offers, with words that say where it leads. */
export interface ReportLink {
	/** What the link leads to, in French (« Fiche de l’article L. 114-8 du CRPA »). */
	label: string;
	/** Our page (a path) or the official text (a URL). */
	href: string;
	/** Our page about an article, or an official text or search. */
	kind: 'page' | 'official';
}

/** The heading of a citation in a list: « « L11-8 » — numéro erroné ». */
export function citationTitle(citation: Pick<Citation, 'raw' | 'verdict'>): string {
	return frenchTypography(`« ${citation.raw} » — ${verdictLabels[citation.verdict]}`);
}

/** The heading of a finding in a list, its kind with a capital: « Référence manquante ». */
export function findingTitle(finding: Pick<Finding, 'kind'>): string {
	const label = findingLabels[finding.kind];
	return `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
}

function officialSite(url: string): string {
	return /^https:\/\/eur-lex\.europa\.eu\//.test(url) ? 'EUR-Lex' : 'Légifrance';
}

/**
 * The links of a citation: the articles to cite instead (our pages), our page about the cited
 * article when we hold it, and its official text (or a Légifrance search when we do not).
 */
export function citationLinks(citation: Citation, legal: readonly ArticleRef[]): ReportLink[] {
	const cited = articleName(citation.code, citation.article, citation.codeName);
	const links: ReportLink[] = citationAlternatives(citation, legal).map((article, index) => ({
		label: frenchTypography(
			`${index === 0 && citation.suggestion === article.id ? 'À citer' : 'Voir aussi'} : ${article.name}`,
		),
		href: article.page,
		kind: 'page',
	}));
	if (citation.link.page) {
		links.push({ label: `Fiche de l’${cited}`, href: citation.link.page, kind: 'page' });
	}
	const site = officialSite(citation.link.official);
	links.push({
		label: citation.link.page ? `L’${cited} sur ${site}` : `Rechercher l’${cited} sur ${site}`,
		href: citation.link.official,
		kind: 'official',
	});
	return links;
}

/** The links of a finding: our page about each article concerned, then any official link. */
export function findingLinks(finding: Finding, legal: readonly ArticleRef[]): ReportLink[] {
	const links: ReportLink[] = (finding.articleIds ?? []).map((id) => {
		const article = namedArticle(id, legal);
		return { label: `Fiche de l’${article.name}`, href: article.page, kind: 'page' };
	});
	const link = finding.link;
	if (link && !links.some((item) => item.href === link)) {
		links.push(
			link.startsWith('/')
				? { label: 'Fiche du site', href: link, kind: 'page' }
				: { label: `Lien à utiliser sur ${officialSite(link)}`, href: link, kind: 'official' },
		);
	}
	return links;
}

/** Options of `formatReportText`. */
export interface ReportTextOptions {
	/** The checked text, to turn offsets into line:column. */
	text: string;
	/** The corpus (id, code, article), to name suggested articles. */
	legal?: readonly ArticleRef[];
	/** The file name, for the first line. */
	source?: string;
}

const INDENT = '        ';

function position(text: string, start: number | null): string {
	if (start === null) return '—'.padEnd(7);
	const { line, column } = textPosition(text, start);
	return `${line}:${column}`.padEnd(7);
}

function citationLines(citation: Citation, options: ReportTextOptions): string[] {
	const code = citation.code === 'AUTRE' ? (citation.codeName ?? 'autre code') : citation.code;
	const head =
		`${position(options.text, citation.start)} ${citation.severity.padEnd(14)}` +
		`${citation.article}${code ? ` (${code})` : ''} — ${verdictLabels[citation.verdict]}`;
	const lines = [head, `${INDENT}${citation.message}`];
	for (const link of citationLinks(citation, options.legal ?? [])) {
		lines.push(`${INDENT}${link.label} — ${link.href}`);
	}
	return lines;
}

function findingLines(finding: Finding, options: ReportTextOptions): string[] {
	const lines = [
		`${position(options.text, finding.start)} ${finding.severity.padEnd(14)}${findingLabels[finding.kind]}`,
		`${INDENT}${finding.message}`,
	];
	for (const link of findingLinks(finding, options.legal ?? [])) {
		lines.push(`${INDENT}${link.label} — ${link.href}`);
	}
	return lines;
}

/**
 * The report as French plain text: one entry per citation (line:column, severity, article and
 * verdict, then the message and links, indented), then the document findings, then the totals.
 */
export function formatReportText(report: CitationReport, options: ReportTextOptions): string {
	const lines: string[] = [
		options.source
			? `Vérification des références juridiques : ${options.source}`
			: 'Vérification des références juridiques',
		'',
		`Références citées (${report.citations.length})`,
	];
	if (report.citations.length === 0) lines.push(`${INDENT}Aucune référence reconnue.`);
	for (const citation of report.citations) lines.push(...citationLines(citation, options));
	lines.push('', `Constats sur l’ensemble du texte (${report.findings.length})`);
	if (report.findings.length === 0) lines.push(`${INDENT}Aucun constat.`);
	for (const finding of report.findings) lines.push(...findingLines(finding, options));
	lines.push('', `Total : ${countsSentence(report.counts)}.`);
	// Typography per line: « 12:9 » stays tight (digits on both sides), URLs are left alone.
	return lines.map((line) => frenchTypography(line)).join('\n');
}
