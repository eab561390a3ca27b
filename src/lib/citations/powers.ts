/**
 * Who decides, as the text says it: a power given to an agent (a social worker, an instructor, a
 * commission of agents), an aide sociale légale decided by the CCAS, a board size presented as
 * capped. These are what real deliberations get wrong beyond their references (see
 * ../shared/reference/legal.md: R. 123-21, R. 123-23, L. 123-5, R. 123-5, R. 123-7 after 2023).
 *
 * Each rule reads one sentence of the folded text and asks for a precise form (a verb and its
 * object, « délègue à » and its beneficiary), never for words merely found together: a finding
 * here is an error a jurist would correct, and the texts the engine writes must raise none.
 */
import type { SentenceSpan } from './context';
import { finding } from './findings';
import { quoted } from './format';
import { articlePage } from './links';
import type { Finding } from './types';

// People and bodies who instruct and propose but may never decide nor receive a delegation.
const AGENT = String.raw`(?:travailleu(?:r|se)s?\s+socia(?:l|ux|le|les)|assistant(?:e)?s?\s+(?:socia(?:l|le|les|ux)|de\s+service\s+social)|conseill(?:er|ere)s?\s+en\s+economie\s+sociale(?:\s+et)?\s+familiale|agents?(?:\s+(?:instruct(?:eur|rice)s?|du\s+(?:ccas|centre|service)|d'\s*accueil|sociaux|administratifs?|habilites?))?|instruct(?:eur|rice)s?|referent(?:e)?s?\s+socia(?:l|ux|le|les)|commission\s+(?:d'\s*agents|technique|administrative)|services?\s+(?:socia(?:l|ux)|instructeurs?|d'\s*action\s+sociale))\b`;
const ARTICLE = String.raw`(?:l'\s*|la\s+|le\s+|les\s+|un\s+|une\s+|des\s+|ses\s+|son\s+|sa\s+)?`;
// « à Mme Dupont, assistante sociale », « aux travailleurs sociaux », « à l'agent instructeur ».
const TO_AGENT = new RegExp(
	String.raw`\b(?:a|au|aux)\s+${ARTICLE}(?:(?:mme|mlle|m|madame|mademoiselle|monsieur|mr)\.?\s+[^,;]{1,40}?,\s*${ARTICLE})?${AGENT}`,
	'i',
);
// « délègue », « déléguer », « délégation », but not the titles « vice-président délégué » or
// « délégué à la protection des données », nor a « délégation de service public ».
const DELEGATION =
	/(?<!vice-?\s?presidente?\s)\b(?:delegu(?:e|ee|es|ees|ent|er|ons|ez)|delegation|subdelegu\w*)\b(?!\s+(?:a\s+la\s+protection|de\s+service\s+public|du\s+prefet))/gi;
// After these words the agent named instructs, proposes or is controlled: not the beneficiary.
const NOT_BENEFICIARY =
	/\b(?:sur\s+(?:la\s+)?proposition|apres\s+(?:avis|instruction|enquete|examen)|instrui\w*|propos\w*|rend(?:ra)?\s+compte|sous\s+(?:le\s+)?controle)\b/i;
// « l'aide est accordée par le travailleur social », « la décision est prise par un agent ».
const DECIDED_BY_AGENT = new RegExp(
	String.raw`\b(?:(?:accordee?s?|attribuee?s?|decidee?s?|octroyee?s?)\s+(?:directement\s+)?|(?:la\s+)?decision\s+(?:est\s+|sera\s+)?prise\s+)par\s+${ARTICLE}${AGENT}`,
	'gi',
);
// « le travailleur social décide », « les agents du CCAS attribuent ».
const AGENT_DECIDES = new RegExp(
	String.raw`\b(?:le|la|les|l'|un|une)\s*${AGENT}(?:\s+(?:du\s+(?:ccas|centre)|lui-meme|elle-meme|eux-memes|seule?s?))?\s+(?:decident|decide|accordent|accorde|attribuent|attribue|octroient|octroie|statuent|statue)\b`,
	'gi',
);
// « autorise les travailleurs sociaux à accorder… », « les agents sont habilités à attribuer… ».
const GRANT_VERB = String.raw`(?:accorder|attribuer|octroyer|decider|statuer)`;
const AGENT_EMPOWERED = new RegExp(
	String.raw`\b(?:autoris\w*\s+${ARTICLE}${AGENT}(?:\s+(?:du\s+(?:ccas|centre)))?\s+a\s+${GRANT_VERB}|${AGENT}(?:\s+(?:du\s+(?:ccas|centre)))?\s+(?:est|sont|sera|seront)\s+(?:habilitee?s?|autorisee?s?|competente?s?)\s+(?:a|pour)\s+${GRANT_VERB})\b`,
	'gi',
);
const NEGATION = /\b(?:ne|n'|jamais|non|nullement)\b|n'\s*(?:est|sont)/i;

const LEGAL_AID = String.raw`aides?\s+(?:sociales?\s+)?legales?`;
// A verb of decision and its object, the legal aid: « attribue les aides légales », « décide de
// l'attribution de l'aide sociale légale », « statue sur les aides légales ».
const DECIDES_LEGAL_AID = new RegExp(
	String.raw`\b(?:attribu(?:e|ent|er|era)|octroi(?:e|ent|er)|accord(?:e|ent|er)|decid(?:e|ent|er)|statu(?:e|ent|er))\s+(?:de\s+|sur\s+)?(?:l'\s*|les\s+|la\s+|des\s+|d'\s*)?(?:(?:attribution|octroi)\s+(?:des|de\s+l'|de\s+la|d')\s*)?${LEGAL_AID}`,
	'gi',
);
// « les aides légales sont attribuées par le conseil d'administration ».
const LEGAL_AID_GRANTED_BY_CCAS = new RegExp(
	String.raw`\b${LEGAL_AID}(?:\s+et\s+(?:les\s+)?(?:aides?\s+)?facultatives)?\s+(?:sont|est|seront|sera)\s+(?:attribuee?s?|accordee?s?|decidee?s?|octroyee?s?)\s+par\s+(?:le|la|l'|les)\s*(?:ccas|centre|conseil\s+d'\s*administration|president(?!\s+du\s+conseil\s+departemental)|vice-?\s?president|commission|${AGENT})`,
	'gi',
);
// « délègue au président l'attribution des aides légales ».
const DELEGATES_LEGAL_AID = new RegExp(
	String.raw`\bdelegu\w*[^.;]{0,80}?\b(?:attribution|octroi)\s+(?:des|de\s+l'|de\s+la|d')\s*${LEGAL_AID}`,
	'gi',
);
// « instruit les demandes d'aide sociale légale et décide de leur attribution ».
const AND_DECIDES_THEM = new RegExp(
	String.raw`\b${LEGAL_AID}[^.;]{0,80}?\bet\s+(?:decide|statue)\s+(?:de|sur)\s+(?:leur|son)\s+(?:attribution|octroi)`,
	'gi',
);
// The authority that does decide, named in the sentence: then the sentence is right.
const DECIDING_AUTHORITY =
	/\b(?:departement\w*|prefet|prefecture|autorite|etat|conseil\s+departemental)\b/i;

// « au plus huit membres », « ne peut excéder seize membres », « dans la limite de 8 élus ».
const CAP =
	/\b(?:au\s+plus|au\s+maximum|maximum\s+de|ne\s+(?:peut|peuvent|saurait|sauraient)\s+(?:pas\s+)?(?:exceder|depasser|etre\s+superieure?s?\s+a)|dans\s+la\s+limite\s+de|plafonnee?s?\s+a|limitee?s?\s+a)\s+(?:de\s+)?(?:8|huit|16|seize|17|dix-sept)\b/i;
// …and the number is the board's: « huit membres élus », « le nombre des administrateurs ».
const BOARD_SIZE =
	/\b(?:8|huit|16|seize|17|dix-sept)\s+(?:membres|administrateurs|elus|nommes)\b|\bnombre\s+(?:des\s+|de\s+ses\s+|d'\s*)?(?:membres|administrateurs)\b|\bconseil\s+d'\s*administration\s+(?:comprend|compte|est\s+compose)/i;

// A decision said to be taken under the board's delegation (not a delegation of signature, which
// the president confers by his own act, R. 123-23).
const UNDER_DELEGATION =
	/\b(?:par|sur)\s+delegation(?!\s+de\s+signature)(?:\s+du\s+conseil(?:\s+d'\s*administration)?)?\b/i;
// What confers a delegation: an article « DÉLÈGUE au président… », « donne délégation », or an
// earlier deliberation cited for it (« la délibération du … portant délégation »).
const CONFERS =
	/\bdelegu(?:e|ent)\s+(?:au|aux|a\s+(?:son|sa|ses|la|le|l'|m\.?|mme|monsieur|madame))\b|\b(?:donne|accorde|confere|consent)\s+(?:une\s+)?delegation\b|\bdecide\s+de\s+deleguer\b|\bdeliberation\b[^.;]{0,120}?\b(?:portant|donnant|accordant|conferant)\s+delegation\b|\bdelegation\s+(?:consentie|accordee|donnee|conferee)\s+par\s+(?:la\s+)?deliberation\b/i;

/** The original words of a span, on one line and at most 140 characters. */
function excerpt(text: string, start: number, end: number): string {
	const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
	return words.length > 140 ? `${words.slice(0, 139)}…` : words;
}

const DELEGATION_REACH = 300;

/** The agent named as a delegate, from a delegation word to the end of its sentence. */
function delegationToAgent(sentence: string): { at: number; length: number } | undefined {
	for (const match of sentence.matchAll(DELEGATION)) {
		// A delegation names its beneficiary within a few lines; the bound keeps a long run linear.
		const after = sentence.slice(match.index, match.index + DELEGATION_REACH);
		const stop = after.search(NOT_BENEFICIARY);
		const slot = stop < 0 ? after : after.slice(0, stop);
		const target = TO_AGENT.exec(slot);
		if (target) return { at: match.index, length: target.index + target[0].length };
	}
	return undefined;
}

function agentFinding(text: string, start: number, end: number, delegated: boolean): Finding {
	const what = delegated ? 'Délégation à un agent' : 'Décision confiée à un agent';
	return finding(
		'agent-power',
		'erreur',
		`${what} : ${quoted(excerpt(text, start, end))}. Un travailleur social, un agent ou une ` +
			'commission d’agents instruit la demande et propose une décision, sans jamais décider. Le ' +
			'conseil d’administration décide, ou délègue l’attribution des aides à son président ou à un ' +
			'vice-président par un article de la délibération (article R. 123-21 du CASF) ; le président ' +
			'ne peut déléguer sa signature qu’aux vice-présidents et au directeur (article R. 123-23 du ' +
			'CASF). Écrivez par exemple : « DÉLÈGUE au président l’attribution de l’aide …, dans les ' +
			'conditions suivantes ; le travailleur social instruit la demande et propose une décision ».',
		{ start, end, articleIds: ['casf-r123-21', 'casf-r123-23'], link: articlePage('casf-r123-21') },
	);
}

function legalAidFinding(text: string, start: number, end: number): Finding {
	return finding(
		'legal-aid-decision',
		'erreur',
		`Aide sociale légale décidée par le centre : ${quoted(excerpt(text, start, end))}. Le CCAS ne ` +
			'décide pas l’aide sociale légale : il reçoit la demande, mène l’enquête sociale, constitue ' +
			'le dossier et le transmet avec son avis à l’autorité qui statue, le président du conseil ' +
			'départemental ou le préfet (articles L. 123-5 et R. 123-5 du CASF). Écrivez « instruction de ' +
			'la demande et transmission du dossier », sans attribution, ni plafond, ni délégation.',
		{ start, end, articleIds: ['casf-l123-5', 'casf-r123-5'], link: articlePage('casf-r123-5') },
	);
}

function capFinding(text: string, start: number, end: number): Finding {
	return finding(
		'board-cap',
		'avertissement',
		`Plafond du nombre d’administrateurs : ${quoted(excerpt(text, start, end))}. Le plafond de ` +
			'huit membres élus et huit membres nommés n’existe plus depuis la loi 3DS et le décret ' +
			'n° 2023-632 du 20 juillet 2023 : le conseil municipal fixe librement le nombre, à parité ' +
			'entre élus et nommés, avec au moins quatre membres nommés pour les sièges réservés aux ' +
			'associations (articles L. 123-6 et R. 123-7 du CASF). Ne le présentez pas comme une règle.',
		{ start, end, articleIds: ['casf-l123-6', 'casf-r123-7'], link: articlePage('casf-r123-7') },
	);
}

function unconferredFinding(text: string, start: number, end: number): Finding {
	return finding(
		'delegation-not-conferred',
		'avertissement',
		`Délégation décrite sans être conférée : le texte parle de décisions prises ` +
			`${quoted(excerpt(text, start, end))}, mais aucun de ses articles ne confère de délégation. ` +
			'Une délégation du conseil d’administration n’existe que par un article de délibération ' +
			'(« DÉLÈGUE au président l’attribution de l’aide …, dans les conditions suivantes », article ' +
			'R. 123-21 du CASF) ; la décrire dans l’exposé ne confère rien. Si une autre délibération ' +
			'l’a conférée, citez-la dans les visas.',
		{ start, end, articleIds: ['casf-r123-21', 'casf-r123-22'], link: articlePage('casf-r123-21') },
	);
}

/** The first match of any pattern in `sentence`, not negated just before it. */
function affirmed(sentence: string, patterns: readonly RegExp[]): RegExpExecArray | undefined {
	for (const pattern of patterns) {
		for (const match of sentence.matchAll(pattern)) {
			const before = sentence.slice(Math.max(0, match.index - 25), match.index);
			if (!NEGATION.test(before) && !NEGATION.test(match[0])) return match;
		}
	}
	return undefined;
}

/**
 * Powers given to agents, legal aid decided by the CCAS, a board presented as capped, a delegation
 * described but conferred by no article.
 */
export function powerFindings(
	text: string,
	folded: string,
	sentences: readonly SentenceSpan[],
): Finding[] {
	const findings: Finding[] = [];
	for (const { start, end } of sentences) {
		const sentence = folded.slice(start, end);
		const delegated = delegationToAgent(sentence);
		const decided = delegated
			? undefined
			: affirmed(sentence, [DECIDED_BY_AGENT, AGENT_DECIDES, AGENT_EMPOWERED]);
		if (delegated)
			findings.push(
				agentFinding(text, start + delegated.at, start + delegated.at + delegated.length, true),
			);
		else if (decided)
			findings.push(
				agentFinding(text, start + decided.index, start + decided.index + decided[0].length, false),
			);
		const granted =
			affirmed(sentence, [LEGAL_AID_GRANTED_BY_CCAS, DELEGATES_LEGAL_AID]) ??
			(DECIDING_AUTHORITY.test(sentence)
				? undefined
				: affirmed(sentence, [DECIDES_LEGAL_AID, AND_DECIDES_THEM]));
		if (granted)
			findings.push(
				legalAidFinding(text, start + granted.index, start + granted.index + granted[0].length),
			);
		const cap = CAP.exec(sentence);
		if (cap && BOARD_SIZE.test(sentence))
			findings.push(capFinding(text, start + cap.index, start + cap.index + cap[0].length));
	}
	const under = UNDER_DELEGATION.exec(folded);
	if (under && !CONFERS.test(folded))
		findings.push(unconferredFinding(text, under.index, under.index + under[0].length));
	// The same words found again are the same point (a text pasted twice, a repeated clause).
	const messages = new Set<string>();
	return findings.filter((item) => {
		if (messages.has(item.message)) return false;
		messages.add(item.message);
		return true;
	});
}
