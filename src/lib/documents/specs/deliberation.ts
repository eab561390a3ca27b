/**
 * The board deliberation, built from the DocumentContext and templates/deliberation.md: first the
 * projet sent with the notice (attendance, quorum and vote left blank), then the act adopted at the
 * sitting. One Doc that the HTML preview, the DOCX and the PDF all render. Refuses (with French
 * messages) when a section is missing or the sitting breaks a CASF rule.
 */
import type { Block, Doc, Run } from '../../document/model';
import { doc, p, table, signature, t, b } from '../../document/builders';
import {
	formatDateFr,
	formatNumberFr,
	formatTimeFr,
	numberToWords,
	sittingOpening,
} from '../../french';
import { conditionsSentence } from '../../minimise/condition-text';
import type { Dossier, DossierAid } from '../../schema/dossier';
import type { Sitting } from '../../schema/sitting';
import { atStep } from '../../steps';
import type { SittingCounts } from '../../sitting/check';
import type { ListItem } from '../../templates/render';
import type { FieldProblem } from '../../zod-issues';
import type { DocumentContext } from '../context';
import { deciderBeyondCeiling, effectiveDelegation } from '../decision';
import { documentFiles } from '../files';
import {
	deciderLabels,
	delegateLabels,
	frenchList,
	legalAuthorityLabels,
	lowerFirst,
	memberLabel,
	membersWith,
	personLabel,
	presidentRoleLabel,
	presidentTitle,
	toPhrase,
} from '../labels';
import type { DocumentSpec } from '../spec';
import { renderDocumentTemplate } from '../text';
import { frenchDoc } from '../typography';

/** The deliberation, or why it cannot be written yet. */
export type DeliberationResult =
	| { ok: true; doc: Doc; counts: SittingCounts | undefined }
	| { ok: false; problems: FieldProblem[] };

/** Which text: the projet sent with the notice, or the act after the sitting. */
export interface DeliberationOptions {
	projet?: boolean;
}

const informationLabels = {
	poster: 'une affiche à l’accueil du centre',
	form: 'une mention sur le formulaire de demande',
	website: 'une page du site internet de la commune',
} as const;

/** A blank to fill by hand in the projet. */
const BLANK = '…………';

/** Sections the deliberation needs, each with the step that fills it (the projet needs no sitting). */
export function missingSections(
	dossier: Dossier,
	options: DeliberationOptions = {},
): FieldProblem[] {
	const missing: FieldProblem[] = [];
	if (!dossier.ccas)
		missing.push({ path: 'ccas', message: `Renseignez d’abord votre CCAS (${atStep('ccas')}).` });
	if (!dossier.aids || dossier.aids.length === 0)
		missing.push({
			path: 'aids',
			message: `Choisissez au moins une aide et ses conditions (${atStep('aides')}).`,
		});
	if (!dossier.processing)
		missing.push({
			path: 'processing',
			message: `Indiquez la conservation, les destinataires et l’information des usagers (${atStep('traitement')}).`,
		});
	if (!dossier.sitting && !options.projet)
		missing.push({
			path: 'sitting',
			message: `Décrivez la séance du conseil (${atStep('seance')}).`,
		});
	return missing;
}

/** What stops the deliberation: a missing section, or a sitting that breaks a CASF rule. */
export function deliberationProblems(
	ctx: DocumentContext,
	options: DeliberationOptions = {},
): FieldProblem[] {
	const missing = missingSections(ctx.dossier, options);
	if (missing.length > 0 || options.projet) return missing;
	return ctx.sitting?.problems ?? [];
}

/** Builds the deliberation or its projet (typography applied), or says why it cannot be written yet. */
export function buildDeliberation(
	ctx: DocumentContext,
	options: DeliberationOptions = {},
): DeliberationResult {
	const problems = deliberationProblems(ctx, options);
	if (problems.length > 0) return { ok: false, problems };
	return {
		ok: true,
		counts: options.projet ? undefined : ctx.sitting?.counts,
		doc: frenchDoc(deliberationDoc(ctx, options)),
	};
}

/** « 12 voix pour », « 1 abstention », « aucune abstention ». */
function voices(count: number, singular: string, plural = singular): string {
	if (count === 0) return `aucune ${singular}`;
	return `${count} ${count > 1 ? plural : singular}`;
}

/** « 1er », « 2 », « 3 »: how French acts number their articles. */
function articleNumber(n: number): string {
	return n === 1 ? '1er' : String(n);
}

/** The deciding authority of a legal aid, as the deliberation names it. */
function authorityOf(aid: DossierAid): string {
	return legalAuthorityLabels[aid.authority ?? 'departement'];
}

/** One aid as the exposé lists it: its conditions in plain French, and who decides. */
function aidItem(aid: DossierAid, ctx: DocumentContext): Run[] {
	const criteria = new Map(ctx.catalogue.criteria.map((c) => [c.id, c]));
	const logic = conditionsSentence(aid, (condition) =>
		condition.criterionId ? criteria.get(condition.criterionId) : undefined,
	);
	if (aid.nature === 'légale')
		return [
			b(aid.label),
			t(
				` (aide sociale légale) : instruction de la demande et transmission du dossier ${toPhrase(authorityOf(aid))}, qui décide. Éléments vérifiés pour constituer le dossier : ${logic}.`,
			),
		];
	const delegation = effectiveDelegation(aid);
	const board = deciderLabels[aid.decidedBy];
	const delegate = delegation
		? (delegateLabels[delegation.to as keyof typeof delegateLabels] ?? board)
		: board;
	const decision = !delegation
		? `Décision : ${board}`
		: delegation.qfMax === undefined
			? `Décision : ${delegate}, par délégation du conseil`
			: `Décision : jusqu’à un quotient familial de ${formatNumberFr(delegation.qfMax)}\u00a0€, ${delegate}, par délégation du conseil ; au-delà, ${deciderBeyondCeiling(aid)}`;
	return [b(aid.label), t(` (aide facultative) : ${logic}. ${decision}.`)];
}

/** The delegation articles' items (one per aid whose attribution the board delegates). */
function delegationItems(aids: readonly DossierAid[]): ListItem[] {
	return aids.flatMap((aid) => {
		const delegation = effectiveDelegation(aid);
		if (!delegation) return [];
		const delegate = delegateLabels[delegation.to as keyof typeof delegateLabels];
		if (!delegate) return [];
		return [
			{
				values: {
					delegue_a: toPhrase(delegate),
					delegue_sujet: delegate.charAt(0).toLocaleUpperCase('fr') + delegate.slice(1),
					aide: aid.label,
					plafond:
						delegation.qfMax === undefined
							? ''
							: `, pour les foyers dont le quotient familial est inférieur ou égal à ${formatNumberFr(delegation.qfMax)}\u00a0€ ; au-delà, la décision revient à ${deciderBeyondCeiling(aid)}`,
				},
				flags: { signature_directeur: delegation.directorSigns },
			},
		];
	});
}

/** The act's values of the sitting (or blanks for the projet). */
function sittingValues(sitting: Sitting | undefined, counts: SittingCounts | undefined) {
	if (!sitting || !counts)
		return {
			date_seance: BLANK,
			date_convocation: BLANK,
			lieu: `en ${BLANK}`,
			president_seance: BLANK,
			en_exercice: BLANK,
			quorum: BLANK,
		};
	const holderLabel = (name: string) => memberLabel(sitting.members, name);
	const vote = sitting.vote;
	return {
		date_seance: formatDateFr(sitting.date),
		numero: sitting.number,
		ouverture:
			sitting.dateStyle === 'lettres'
				? sittingOpening(sitting.date, sitting.time)
				: `Le ${formatDateFr(sitting.date)} à ${formatTimeFr(sitting.time)}`,
		date_convocation: formatDateFr(sitting.noticeDate),
		lieu: sitting.place,
		president_seance: holderLabel(sitting.presidentOfSitting),
		qualite_president: lowerFirst(presidentRoleLabel(sitting)),
		en_exercice: String(counts.inOffice),
		en_exercice_lettres: numberToWords(counts.inOffice),
		presents: membersWith(sitting.members, 'présent'),
		absents: membersWith(sitting.members, 'absent'),
		secretaire: sitting.secretary,
		nombre_presents: String(counts.present),
		quorum: String(counts.quorum),
		date_premiere_seance: sitting.firstSittingDate ? formatDateFr(sitting.firstSittingDate) : BLANK,
		mode_vote:
			vote.kind === 'unanimité'
				? 'au scrutin public et à l’unanimité des membres présents et représentés'
				: `au scrutin public, par ${voices(vote.for, 'voix pour')}, ${voices(vote.against, 'voix contre')} et ${voices(vote.abstentions, 'abstention', 'abstentions')}${counts.castingVoteUsed ? ', la voix du président de séance étant prépondérante' : ''}`,
	};
}

/** The deliberation's Document, before the typography pass. */
function deliberationDoc(ctx: DocumentContext, options: DeliberationOptions = {}): Doc {
	const { ccas, aids, processing } = ctx.dossier;
	if (!ccas || !aids || !processing)
		throw new Error('Délibération : une section du dossier manque (appelez buildDeliberation).');
	const projet = options.projet === true;
	const sitting = ctx.dossier.sitting;
	const counts = ctx.sitting?.counts;
	const { result } = ctx;
	const justified = result.data.filter((item) => item.reasons.length > 0);
	const information = (Object.keys(informationLabels) as (keyof typeof informationLabels)[])
		.filter((key) => processing.information[key])
		.map((key) => informationLabels[key]);
	const rules = ccas.aidRules;
	const sensitive = justified.filter((item) => item.specialCategory);
	const number = sitting?.number ?? BLANK;

	const values: Record<string, string> = {
		numero: number,
		...sittingValues(sitting, counts),
		api_utilisees: result.apis.includes('api-impot-particulier')
			? 'l’API Particulier et de l’API Impôt particulier'
			: 'l’API Particulier',
		moyens_information: frenchList(information),
		president_titre: presidentTitle(ccas),
		mode_publication:
			ccas.population === 'moins-de-3500'
				? 'selon le mode de publicité choisi par la commune'
				: 'sous forme électronique sur le site internet de la commune',
		reglement_aides: rules
			? `${rules.kind === 'règlement' ? 'le règlement des aides' : 'la délibération'}${rules.number ? ` n° ${rules.number}` : ''} du conseil d’administration du ${formatDateFr(rules.date)}`
			: '',
		donnees_sensibles_liste: frenchList(sensitive.map((item) => `« ${lowerFirst(item.label)} »`)),
	};
	if (projet) {
		// The projet is dated and numbered once the sitting is known; the rest is left blank.
		values['president_seance'] = sitting
			? memberLabel(sitting.members, sitting.presidentOfSitting)
			: BLANK;
	}

	const holderLabel = (name: string) => memberLabel(sitting?.members ?? [], name);
	const proxies = (sitting?.members ?? []).filter(
		(m) => m.attendance === 'représenté' && m.proxyTo,
	);
	const blocks: Record<string, Block[]> = {
		comptes: counts
			? [
					table({
						caption: 'Membres du conseil',
						header: ['En exercice', 'Présents', 'Représentés', 'Votants'],
						rows: [
							[
								String(counts.inOffice),
								String(counts.present),
								String(counts.represented),
								String(counts.votants),
							],
						],
					}),
				]
			: [],
		procurations: [
			{
				kind: 'list',
				ordered: false,
				items: proxies.map((m) => [
					{ text: `${personLabel(m)} a donné procuration à ${holderLabel(m.proxyTo ?? '')}` },
				]),
			},
		],
		aides: [{ kind: 'list', ordered: false, items: aids.map((aid) => aidItem(aid, ctx)) }],
		donnees: [
			table({
				caption: 'Données obtenues et conditions qui les justifient',
				header: ['Donnée', 'Fournie par', 'Condition qui la justifie'],
				rows: justified.map((item) => [
					item.label,
					item.providers.join(', '),
					[
						...new Set(
							item.reasons.map(
								(r) =>
									`${r.aidLabel} : ${r.conditionText}${r.alternative ? ' (l’une des conditions possibles)' : ''}`,
							),
						),
					].join(' ; '),
				]),
				widths: [3, 2, 5],
			}),
		],
		preuves: [
			{
				kind: 'list',
				ordered: false,
				items: result.manualConditions.map((m) => [b(m.label), t(` (${m.aidLabel}) : ${m.proof}`)]),
			},
		],
		vote: counts
			? [
					table({
						caption: 'Résultat du vote',
						header: ['Votants', 'Pour', 'Contre', 'Abstentions'],
						rows: [
							[
								String(counts.votants),
								String(counts.for),
								String(counts.against),
								String(counts.abstentions),
							],
						],
					}),
				]
			: [],
		signature:
			sitting && !projet
				? [
						p(`Fait à ${ccas.commune}, le ${formatDateFr(sitting.date)}.`),
						signature(
							undefined,
							{ role: presidentRoleLabel(sitting), name: holderLabel(sitting.presidentOfSitting) },
							{ role: 'Secrétaire de séance', name: sitting.secretary },
						),
					]
				: [],
	};
	const delegations = delegationItems(aids);
	const body = renderDocumentTemplate(ctx, 'deliberation.md', {
		values,
		flags: {
			projet,
			seconde_convocation: sitting?.secondNotice ?? false,
			procurations: proxies.length > 0,
			delegation: delegations.length > 0,
			signature_directeur: delegations.some((item) => item.flags?.['signature_directeur']),
			gestion_essms: ccas.managesSocialServices,
			// A commission permanente exists and decides only as the règlement intérieur provides
			// (CASF R. 123-19): the act names that source wherever it lets one decide.
			commission_permanente: aids.some(
				(aid) => aid.nature === 'facultative' && aid.decidedBy === 'commission-permanente',
			),
			reglement_aides: rules !== undefined,
			repli_quotient: justified.some((item) => item.id === 'quotient-familial'),
		},
		blocks,
		lists: { delegations },
		counters: { article: articleNumber },
	});
	const title = projet ? `Projet de délibération n° ${number}` : `Délibération n° ${number}`;
	return doc({
		title: `${title} – ${ccas.name}`,
		author: ccas.name,
		subject: 'Utilisation de l’API Particulier pour l’instruction des aides du CCAS',
		keywords: [
			projet ? 'projet de délibération' : 'délibération',
			'API Particulier',
			'CCAS',
			`ACTES ${sitting?.actesCode ?? '8.2'}`,
		],
		header: `${ccas.name} – ${lowerFirst(title)}`,
		footer: projet
			? 'Projet joint à la convocation, à compléter après la séance'
			: `Nomenclature ACTES ${sitting?.actesCode ?? '8.2'}`,
		blocks: body,
	});
}

/** The names templates/deliberation.md may use besides the shared ones. */
const deliberationNames = {
	values: [
		'ouverture',
		'date_convocation',
		'lieu',
		'president_seance',
		'qualite_president',
		'en_exercice',
		'en_exercice_lettres',
		'presents',
		'absents',
		'secretaire',
		'nombre_presents',
		'quorum',
		'date_premiere_seance',
		'mode_vote',
		'api_utilisees',
		'moyens_information',
		'president_titre',
		'mode_publication',
		'reglement_aides',
		'donnees_sensibles_liste',
		'article',
		// The items of @chaque(delegations).
		'delegue_a',
		'delegue_sujet',
		'aide',
		'plafond',
	],
	flags: [
		'projet',
		'seconde_convocation',
		'procurations',
		'delegation',
		'signature_directeur',
		'gestion_essms',
		'commission_permanente',
		'reglement_aides',
		'repli_quotient',
	],
	blocks: ['comptes', 'procurations', 'aides', 'donnees', 'preuves', 'vote', 'signature'],
	lists: ['delegations'],
} as const;

/** The deliberation in the pack (the act: the pack is filed after the sitting). */
export const deliberationSpec: DocumentSpec = {
	kind: 'doc',
	id: 'deliberation',
	title: 'Délibération du conseil d’administration',
	templates: { 'deliberation.md': deliberationNames },
	files: [
		{ path: documentFiles.deliberationDocx, format: 'docx' },
		{ path: documentFiles.deliberationPdf, format: 'pdf' },
	],
	problems: (ctx) => deliberationProblems(ctx),
	build: (ctx) => deliberationDoc(ctx),
};
