/** Document-level findings: the prefecture stamp, outdated Légifrance links, missing references, unjustified data. */
import { isAboutStoppingDataAccess, mentionsFacultativeAid } from './context';
import type { CorpusIndex, LegalEntry } from './corpus';
import { dataTerms, isJustified } from './data-terms';
import { articleNumber, dateFr, entryName, listFr, quoted } from './format';
import { articlePage, legifranceLinks } from './links';
import { findPrefectureStamps, natureLabels } from './stamp';
import type { Citation, Finding } from './types';

/** What the findings need to know about the text. */
export interface FindingContext {
	/** The analysed text (at most MAX_TEXT_LENGTH characters). */
	text: string;
	/** Its folded copy. */
	folded: string;
	/** The corpus. */
	corpus: CorpusIndex;
	/** The judged references. */
	citations: readonly Citation[];
	/** The text is about access to data. */
	aboutDataAccess: boolean;
	/** Justified data labels, when the caller passed them. */
	justifiedData: readonly string[] | undefined;
}

/** Builds a finding; a span, articles and link are optional (null or empty when absent). */
export function finding(
	kind: Finding['kind'],
	severity: Finding['severity'],
	message: string,
	extra: Partial<Pick<Finding, 'start' | 'end' | 'articleIds' | 'link'>> = {},
): Finding {
	return {
		kind,
		severity,
		message,
		start: extra.start ?? null,
		end: extra.end ?? null,
		articleIds: extra.articleIds ?? [],
		link: extra.link ?? null,
	};
}

/** The prefecture stamps, as information: the act has already left. */
export function stampFindings(folded: string): Finding[] {
	return findPrefectureStamps(folded).map((stamp) => {
		const nature = natureLabels[stamp.nature] ?? `nature ${stamp.nature}`;
		return finding(
			'prefecture-stamp',
			'info',
			`Tampon de la préfecture reconnu (${quoted(`ID : ${stamp.id}`)}) : l’acte (${nature}) a été ` +
				'transmis au contrôle de légalité. Sa date de transmission est celle de l’accusé de ' +
				'réception, pas la date que porte l’identifiant. Pour le modifier, il faut une nouvelle ' +
				'délibération.',
			{ start: stamp.start, end: stamp.end },
		);
	});
}

function period(from: string | undefined, to: string | undefined): string {
	if (from && to) return ` (version en vigueur du ${dateFr(from)} au ${dateFr(to)})`;
	if (to) return ` (version en vigueur jusqu’au ${dateFr(to)})`;
	return '';
}

/** Légifrance links of the text that point to an outdated version or to an abrogated article. */
export function linkFindings(text: string, corpus: CorpusIndex): Finding[] {
	const findings: Finding[] = [];
	for (const link of legifranceLinks(text)) {
		const entry = corpus.entries.find(
			(candidate) =>
				candidate.legiarti === link.legiarti ||
				(candidate.versions ?? []).some((version) => version.legiarti === link.legiarti),
		);
		if (!entry) continue;
		const version = (entry.versions ?? []).find((v) => v.legiarti === link.legiarti);
		const span = { start: link.start, end: link.end };
		const head = `Le lien Légifrance vers ${quoted(link.legiarti)}`;
		if (entry.status === 'abrogé') {
			const successor = entry.replacedBy ? corpus.byId.get(entry.replacedBy) : undefined;
			const since = entry.abrogatedOn ? ` depuis le ${dateFr(entry.abrogatedOn)}` : '';
			const fix = successor
				? ` Remplacez-le par le lien de l’${entryName(successor)} : ${successor.url}`
				: ' Retirez ce lien.';
			findings.push(
				finding(
					'outdated-link',
					'erreur',
					`${head} pointe vers l’${entryName(entry)}${period(version?.from, version?.to)}, abrogé${since}.${fix}`,
					{
						...span,
						articleIds: successor ? [entry.id, successor.id] : [entry.id],
						link: successor ? successor.url : articlePage(entry.id),
					},
				),
			);
			continue;
		}
		// A version that ended, or any version other than the current one we know, is outdated.
		const outdated =
			link.legiarti !== entry.legiarti && (version?.to !== undefined || entry.legiarti !== null);
		if (!outdated) continue;
		findings.push(
			finding(
				'outdated-link',
				'avertissement',
				`${head} pointe vers une ancienne version de l’${entryName(entry)}${period(version?.from, version?.to)}. ` +
					`Remplacez-le par le lien de la version en vigueur : ${entry.url}`,
				{ ...span, articleIds: [entry.id], link: entry.url },
			),
		);
	}
	return findings;
}

/** Ids the text cites, counting a flagged typo or abrogated article as its correction. */
function coveredIds(citations: readonly Citation[]): Set<string> {
	const covered = new Set<string>();
	for (const citation of citations) {
		if (citation.articleId && (citation.verdict === 'in-force' || citation.verdict === 'misused')) {
			covered.add(citation.articleId);
		}
		// « R. 114-9-5 à R. 114-9-7 » cites R. 114-9-6 too.
		for (const id of citation.impliedIds ?? []) covered.add(id);
		// The reference is already flagged with its correction: asking for it again would be noise.
		if (
			citation.suggestion &&
			(citation.verdict === 'mistyped' || citation.verdict === 'abrogated')
		) {
			covered.add(citation.suggestion);
		}
	}
	return covered;
}

/** Why each required reference matters, as the end of « qui … ». */
const requiredReasons: Record<string, string> = {
	'crpa-l114-8':
		'fonde l’échange de données entre administrations (« Dites-le-nous une fois ») et donc l’accès à l’API Particulier',
	'casf-l123-5':
		'permet au CCAS d’agir par des prestations remboursables ou non, base des aides facultatives',
	'casf-r123-2':
		'précise que le CCAS intervient par des prestations en espèces, remboursables ou non, et en nature',
};

/** Data-exchange articles a deliberation should cite as well (recommendation). */
const recommended: readonly string[] = [
	'crpa-d114-9-1',
	'crpa-r114-9-5',
	'crpa-r114-9-6',
	'crpa-r114-9-7',
];

function nameOf(id: string, corpus: CorpusIndex): string {
	const entry: LegalEntry | undefined = corpus.byId.get(id);
	return entry ? `l’${entryName(entry)}` : id;
}

/** References a deliberation on data access should have and this text lacks. */
export function missingFindings(context: FindingContext): Finding[] {
	// A deliberation that stops using the API needs no basis for using it.
	if (!context.aboutDataAccess || isAboutStoppingDataAccess(context.folded)) return [];
	const covered = coveredIds(context.citations);
	const required = ['crpa-l114-8'];
	if (mentionsFacultativeAid(context.folded)) required.push('casf-l123-5', 'casf-r123-2');
	const findings: Finding[] = [];
	for (const id of required) {
		if (covered.has(id)) continue;
		const because = id.startsWith('casf-')
			? 'Le texte parle d’aides facultatives mais ne'
			: 'Le texte ne';
		findings.push(
			finding(
				'missing-reference',
				'avertissement',
				`${because} cite pas ${nameOf(id, context.corpus)}, qui ${requiredReasons[id] ?? ''} : ajoutez-le aux visas.`,
				{ articleIds: [id], link: articlePage(id) },
			),
		);
	}
	const absent = recommended.filter((id) => !covered.has(id));
	if (absent.length > 0) {
		const numbers = absent.map((id) => {
			const entry = context.corpus.byId.get(id);
			return entry ? articleNumber(entry.article) : id;
		});
		const articles = absent.length === 1 ? 'l’article' : 'les articles';
		findings.push(
			finding(
				'recommended-reference',
				'avertissement',
				`Recommandé : citez aussi ${articles} ${listFr(numbers)} du CRPA, qui désignent les ` +
					'administrations fournissant les données et encadrent les échanges (traçabilité, ' +
					'sécurité, conservation des traces).',
				{ articleIds: absent, link: articlePage(absent[0] ?? '') },
			),
		);
	}
	return findings;
}

/** Data named in the text that no justified label covers (only when labels are given). */
export function dataFindings(context: FindingContext): Finding[] {
	const justified = context.justifiedData;
	if (!Array.isArray(justified)) return [];
	const found: Finding[] = [];
	for (const term of dataTerms) {
		const match = term.pattern.exec(context.folded);
		if (!match || isJustified(term, justified)) continue;
		const raw = context.text.slice(match.index, match.index + match[0].length);
		found.push(
			finding(
				'unjustified-data',
				'avertissement',
				`Le texte mentionne ${quoted(raw.replace(/\s+/g, ' '))} (${term.label}), mais aucune ` +
					'condition d’attribution du dossier ne justifie cette donnée : retirez-la, ou ajoutez ' +
					'la condition qui l’exige.',
				{ start: match.index, end: match.index + match[0].length },
			),
		);
	}
	return found.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}
