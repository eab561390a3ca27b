/**
 * The board deliberation, built from the DocumentContext and templates/deliberation.md: one Doc that
 * the HTML preview, the DOCX and the PDF all render. Refuses (with French messages) when a section
 * is missing or the sitting breaks a CASF rule.
 */
import type { Block, Doc } from '../../document/model';
import { doc, p, table, signature, t, b } from '../../document/builders';
import {
	formatDateFr,
	formatNumberFr,
	formatTimeFr,
	numberToWords,
	sittingOpening,
} from '../../french';
import { conditionText } from '../../minimise/condition-text';
import type { Dossier } from '../../schema/dossier';
import { atStep } from '../../steps';
import type { SittingCounts } from '../../sitting/check';
import type { FieldProblem } from '../../zod-issues';
import type { DocumentContext } from '../context';
import { documentFiles } from '../files';
import {
	deciderLabels,
	frenchList,
	lowerFirst,
	memberLabel,
	membersWith,
	personLabel,
	presidentTitle,
} from '../labels';
import type { DocumentSpec } from '../spec';
import { renderDocumentTemplate } from '../text';
import { frenchDoc } from '../typography';

/** The deliberation, or why it cannot be written yet. */
export type DeliberationResult =
	{ ok: true; doc: Doc; counts: SittingCounts } | { ok: false; problems: FieldProblem[] };

const informationLabels = {
	poster: 'une affiche à l’accueil du centre',
	form: 'une mention sur le formulaire de demande',
	website: 'une page du site internet de la commune',
} as const;

/** Sections the deliberation needs, each with the step that fills it. */
export function missingSections(dossier: Dossier): FieldProblem[] {
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
	if (!dossier.sitting)
		missing.push({
			path: 'sitting',
			message: `Décrivez la séance du conseil (${atStep('seance')}).`,
		});
	return missing;
}

/** What stops the deliberation: a missing section, or a sitting that breaks a CASF rule. */
export function deliberationProblems(ctx: DocumentContext): FieldProblem[] {
	const missing = missingSections(ctx.dossier);
	return missing.length > 0 ? missing : (ctx.sitting?.problems ?? []);
}

/** Builds the deliberation (typography applied), or says why it cannot be written yet. */
export function buildDeliberation(ctx: DocumentContext): DeliberationResult {
	const problems = deliberationProblems(ctx);
	const { ccas, aids, processing, sitting } = ctx.dossier;
	const check = ctx.sitting;
	if (problems.length > 0 || !ccas || !aids || !processing || !sitting || !check)
		return { ok: false, problems };
	return { ok: true, counts: check.counts, doc: frenchDoc(deliberationDoc(ctx)) };
}

/** The deliberation's Document, before the typography pass; the sections must be present. */
function deliberationDoc(ctx: DocumentContext): Doc {
	const { ccas, aids, processing, sitting } = ctx.dossier;
	const check = ctx.sitting;
	if (!ccas || !aids || !processing || !sitting || !check)
		throw new Error('Délibération : une section du dossier manque (appelez buildDeliberation).');
	const counts = check.counts;
	const { result, catalogue } = ctx;
	const criteria = new Map(catalogue.criteria.map((c) => [c.id, c]));
	const justified = result.data.filter((item) => item.reasons.length > 0);
	const proxies = sitting.members.filter((m) => m.attendance === 'représenté' && m.proxyTo);
	const holderLabel = (name: string) => memberLabel(sitting.members, name);
	const information = (Object.keys(informationLabels) as (keyof typeof informationLabels)[])
		.filter((key) => processing.information[key])
		.map((key) => informationLabels[key]);
	const vote = sitting.vote;
	const modeVote =
		vote.kind === 'unanimité'
			? 'au scrutin public et à l’unanimité des membres présents et représentés'
			: `au scrutin public, par ${voices(vote.for, 'voix pour')}, ${voices(vote.against, 'voix contre')} et ${voices(vote.abstentions, 'abstention', 'abstentions')}${counts.castingVoteUsed ? ', la voix du président de séance étant prépondérante' : ''}`;

	const values: Record<string, string> = {
		ouverture:
			sitting.dateStyle === 'lettres'
				? sittingOpening(sitting.date, sitting.time)
				: `Le ${formatDateFr(sitting.date)} à ${formatTimeFr(sitting.time)}`,
		date_convocation: formatDateFr(sitting.noticeDate),
		lieu: sitting.place,
		president_seance: holderLabel(sitting.presidentOfSitting),
		qualite_president: lowerFirst(sitting.presidentRole),
		en_exercice: String(counts.inOffice),
		en_exercice_lettres: numberToWords(counts.inOffice),
		presents: membersWith(sitting.members, 'présent'),
		absents: membersWith(sitting.members, 'absent'),
		secretaire: sitting.secretary,
		mode_vote: modeVote,
		api_utilisees: result.apis.includes('api-impot-particulier')
			? 'l’API Particulier et de l’API Impôt particulier'
			: 'l’API Particulier',
		moyens_information: frenchList(information),
		president_titre: presidentTitle(ccas),
		mode_publication:
			ccas.population === 'moins-de-3500'
				? 'selon le mode de publicité choisi par la commune'
				: 'sous forme électronique sur le site internet de la commune',
	};

	const blocks: Record<string, Block[]> = {
		comptes: [
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
		],
		procurations: [
			{
				kind: 'list',
				ordered: false,
				items: proxies.map((m) => [
					{ text: `${personLabel(m)} a donné procuration à ${holderLabel(m.proxyTo ?? '')}` },
				]),
			},
		],
		aides: [
			{
				kind: 'list',
				ordered: false,
				items: aids.map((aid) => {
					const conditions = aid.conditions.map((condition) =>
						lowerFirst(
							conditionText(
								condition,
								condition.criterionId ? criteria.get(condition.criterionId) : undefined,
							),
						),
					);
					const decision = aid.delegation
						? `décision : ${deciderLabels[aid.decidedBy]} ; jusqu’à un quotient familial de ${formatNumberFr(aid.delegation.qfMax)}\u00a0€, ${deciderLabels[aid.delegation.to]} décide seul par délégation`
						: `décision : ${deciderLabels[aid.decidedBy]}`;
					return [
						b(aid.label),
						t(` (aide ${aid.nature}) : ${conditions.join(' ; ')} ; ${decision}.`),
					];
				}),
			},
		],
		donnees: [
			table({
				caption: 'Données obtenues et conditions qui les justifient',
				header: ['Donnée', 'Fournie par', 'Condition qui la justifie'],
				rows: justified.map((item) => [
					item.label,
					item.providers.join(', '),
					[...new Set(item.reasons.map((r) => `${r.aidLabel} : ${r.conditionText}`))].join(' ; '),
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
		vote: [
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
		],
		signature: [
			p(`Fait à ${ccas.commune}, le ${formatDateFr(sitting.date)}.`),
			signature(
				undefined,
				{ role: sitting.presidentRole, name: holderLabel(sitting.presidentOfSitting) },
				{ role: 'Secrétaire de séance', name: sitting.secretary },
			),
		],
	};

	const blocksOut = renderDocumentTemplate(ctx, 'deliberation.md', {
		values,
		flags: {
			seconde_convocation: sitting.secondNotice,
			procurations: proxies.length > 0,
			delegation: aids.some((aid) => aid.delegation !== undefined),
		},
		blocks,
	});
	return doc({
		title: `Délibération n° ${sitting.number} – ${ccas.name}`,
		author: ccas.name,
		subject: 'Utilisation de l’API Particulier pour l’instruction des aides du CCAS',
		keywords: ['délibération', 'API Particulier', 'CCAS', `ACTES ${sitting.actesCode}`],
		header: `${ccas.name} – délibération n° ${sitting.number}`,
		footer: `Nomenclature ACTES ${sitting.actesCode}`,
		blocks: blocksOut,
	});
}

/** The deliberation in the pack. */
export const deliberationSpec: DocumentSpec = {
	kind: 'doc',
	id: 'deliberation',
	title: 'Délibération du conseil d’administration',
	templates: {
		'deliberation.md': {
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
				'mode_vote',
				'api_utilisees',
				'moyens_information',
				'president_titre',
				'mode_publication',
			],
			flags: ['seconde_convocation', 'procurations', 'delegation'],
			blocks: ['comptes', 'procurations', 'aides', 'donnees', 'preuves', 'vote', 'signature'],
		},
	},
	files: [
		{ path: documentFiles.deliberationDocx, format: 'docx' },
		{ path: documentFiles.deliberationPdf, format: 'pdf' },
	],
	problems: deliberationProblems,
	build: deliberationDoc,
};

/** « 12 voix pour », « 1 abstention », « aucune abstention ». */
function voices(count: number, singular: string, plural = singular): string {
	if (count === 0) return `aucune ${singular}`;
	return `${count} ${count > 1 ? plural : singular}`;
}
