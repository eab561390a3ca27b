/**
 * Builds the board deliberation from the Dossier and the template: one Doc that the HTML preview,
 * the DOCX and the PDF all render. Refuses (with French messages) when a section is missing or the
 * sitting breaks a CASF rule.
 */
import type { Catalogue } from '../catalogue/types';
import type { Block, Doc } from '../document/model';
import { doc, p, table, signature, t, b } from '../document/builders';
import {
	formatDateFr,
	formatNumberFr,
	formatTimeFr,
	frenchTypography,
	numberToWords,
	sittingOpening,
} from '../french';
import { minimise } from '../minimise';
import { conditionText } from '../minimise/condition-text';
import type { Dossier } from '../schema/dossier';
import { checkSitting, type SittingCounts } from '../sitting/check';
import { renderTemplate, type TemplateContext } from '../templates/render';
import type { FieldProblem } from '../zod-issues';
import { citationFormatter } from './cite';
import { deciderLabels, frenchList, membersWith, personLabel, presidentTitle } from './labels';

/** The catalogue parts the deliberation reads. */
export type DeliberationCatalogue = Pick<Catalogue, 'data' | 'criteria' | 'legal' | 'editors'>;

/** The deliberation, or why it cannot be written yet. */
export type DeliberationResult =
	{ ok: true; doc: Doc; counts: SittingCounts } | { ok: false; problems: FieldProblem[] };

const informationLabels = {
	poster: 'une affiche à l’accueil du centre',
	form: 'une mention sur le formulaire de demande',
	website: 'une page du site internet de la commune',
} as const;

/** Sections the deliberation needs, with the step that fills each. */
export function missingSections(dossier: Dossier): FieldProblem[] {
	const missing: FieldProblem[] = [];
	if (!dossier.ccas)
		missing.push({
			path: 'ccas',
			message: 'Renseignez d’abord votre CCAS (étape « Votre CCAS »).',
		});
	if (!dossier.aids || dossier.aids.length === 0)
		missing.push({
			path: 'aids',
			message:
				'Choisissez au moins une aide et ses conditions (étape « Vos aides et leurs conditions »).',
		});
	if (!dossier.processing)
		missing.push({
			path: 'processing',
			message:
				'Indiquez la conservation, les destinataires et l’information des usagers (étape « Conservation, destinataires, information »).',
		});
	if (!dossier.sitting)
		missing.push({
			path: 'sitting',
			message: 'Décrivez la séance du conseil (étape « Séance du conseil »).',
		});
	return missing;
}

/** Builds the deliberation Doc from a Dossier, the catalogue and the template source. */
export function buildDeliberation(
	dossier: Dossier,
	catalogue: DeliberationCatalogue,
	template: string,
): DeliberationResult {
	const missing = missingSections(dossier);
	const { ccas, aids, processing, sitting } = dossier;
	if (missing.length > 0 || !ccas || !aids || !processing || !sitting)
		return { ok: false, problems: missing };
	const check = checkSitting(sitting);
	if (check.problems.length > 0) return { ok: false, problems: check.problems };
	const counts = check.counts;
	const result = minimise(dossier, catalogue);
	const criteria = new Map(catalogue.criteria.map((c) => [c.id, c]));
	const justified = result.data.filter((item) => item.reasons.length > 0);
	const editor = ccas.software?.editorId
		? catalogue.editors.find((e) => e.id === ccas.software?.editorId)
		: undefined;
	const software = editor ? `${editor.solution} (${editor.name})` : (ccas.software?.other ?? '');
	const natures = [...new Set(aids.map((aid) => aid.nature))].sort();
	const proxies = sitting.members.filter((m) => m.attendance === 'représenté' && m.proxyTo);
	const memberByName = new Map(
		sitting.members.map((m) => [m.name.trim().toLocaleLowerCase('fr'), m]),
	);
	const holderLabel = (name: string) => {
		const holder = memberByName.get(name.trim().toLocaleLowerCase('fr'));
		return holder ? personLabel(holder) : name;
	};
	const information = (Object.keys(informationLabels) as (keyof typeof informationLabels)[])
		.filter((key) => processing.information[key])
		.map((key) => informationLabels[key]);
	const vote = sitting.vote;
	const modeVote =
		vote.kind === 'unanimité'
			? 'au scrutin public et à l’unanimité des membres présents et représentés'
			: `au scrutin public, par ${voices(vote.for, 'voix pour')}, ${voices(vote.against, 'voix contre')} et ${voices(vote.abstentions, 'abstention', 'abstentions')}${counts.castingVoteUsed ? ', la voix du président de séance étant prépondérante' : ''}`;

	const values: Record<string, string> = {
		ccas_nom: ccas.name,
		date_seance: formatDateFr(sitting.date),
		numero: sitting.number,
		ouverture:
			sitting.dateStyle === 'lettres'
				? sittingOpening(sitting.date, sitting.time)
				: `Le ${formatDateFr(sitting.date)} à ${formatTimeFr(sitting.time)}`,
		date_convocation: formatDateFr(sitting.noticeDate),
		lieu: sitting.place,
		president_seance: holderLabel(sitting.presidentOfSitting),
		qualite_president:
			sitting.presidentRole.charAt(0).toLocaleLowerCase('fr') + sitting.presidentRole.slice(1),
		en_exercice: String(counts.inOffice),
		en_exercice_lettres: numberToWords(counts.inOffice),
		presents: membersWith(sitting.members, 'présent'),
		absents: membersWith(sitting.members, 'absent'),
		secretaire: sitting.secretary,
		nature_aides:
			natures.length === 2
				? 'légales et facultatives'
				: natures[0] === 'légale'
					? 'légales'
					: 'facultatives',
		logiciel: software,
		mode_vote: modeVote,
		api_utilisees: result.apis.includes('api-impot-particulier')
			? 'l’API Particulier et de l’API Impôt particulier'
			: 'l’API Particulier',
		liste_donnees:
			frenchList(
				justified.map((item) => item.label.charAt(0).toLocaleLowerCase('fr') + item.label.slice(1)),
			) || 'aucune',
		duree_conservation: `${numberToWords(processing.retentionMonths)} mois`,
		agents: frenchList(
			processing.authorisedAgents.map(
				(agent) => `${agent.role.toLocaleLowerCase('fr')} (${agent.count})`,
			),
		),
		destinataires: frenchList(
			processing.recipients.map((r) => r.charAt(0).toLocaleLowerCase('fr') + r.slice(1)),
		),
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
						conditionText(
							condition,
							condition.criterionId ? criteria.get(condition.criterionId) : undefined,
						).replace(/^./, (c) => c.toLocaleLowerCase('fr')),
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

	const context: TemplateContext = {
		values,
		flags: {
			seconde_convocation: sitting.secondNotice,
			procurations: proxies.length > 0,
			aide_legale: aids.some((aid) => aid.nature === 'légale'),
			delegation: aids.some((aid) => aid.delegation !== undefined),
			preuves_manuelles: result.manualConditions.length > 0,
			donnees_fiscales: result.apis.includes('api-impot-particulier'),
			logiciel: software !== '',
		},
		blocks,
		cite: citationFormatter(catalogue.legal),
	};
	const body = typography(renderTemplate(template, context));
	return {
		ok: true,
		counts,
		doc: doc({
			title: `Délibération n° ${sitting.number} – ${ccas.name}`,
			author: ccas.name,
			subject: 'Utilisation de l’API Particulier pour l’instruction des aides du CCAS',
			keywords: ['délibération', 'API Particulier', 'CCAS', `ACTES ${sitting.actesCode}`],
			header: `${ccas.name} – délibération n° ${sitting.number}`,
			footer: `Nomenclature ACTES ${sitting.actesCode}`,
			blocks: body,
		}),
	};
}

/** « 12 voix pour », « 1 abstention », « aucune abstention ». */
function voices(count: number, singular: string, plural = singular): string {
	if (count === 0) return `aucune ${singular}`;
	return `${count} ${count > 1 ? plural : singular}`;
}

/** Applies French typography to every text of the rendered blocks (template and user text alike). */
function typography(blocks: Block[]): Block[] {
	const fix = (text: string) => frenchTypography(text);
	return blocks.map((block): Block => {
		switch (block.kind) {
			case 'paragraph':
				return { ...block, runs: block.runs.map((run) => ({ ...run, text: fix(run.text) })) };
			case 'list':
				return {
					...block,
					items: block.items.map((item) => item.map((run) => ({ ...run, text: fix(run.text) }))),
				};
			case 'note':
				return {
					...block,
					paragraphs: block.paragraphs.map((item) =>
						item.map((run) => ({ ...run, text: fix(run.text) })),
					),
				};
			case 'heading':
				return { ...block, text: fix(block.text) };
			case 'table':
				return {
					...block,
					rows: block.rows.map((row) =>
						row.map((cell) => cell.map((run) => ({ ...run, text: fix(run.text) }))),
					),
				};
			default:
				return block;
		}
	});
}
