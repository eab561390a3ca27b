/**
 * The AIPD draft, in the order of the CNIL method (context, fundamental principles, risks, action
 * plan, DPO opinion): the nine WP29 criteria reasoned from the dossier, the three risks with their
 * impacts, threats, sources, measures, gravity and likelihood, and a conclusion « AIPD requise /
 * recommandée / non requise » with its reason. The DPO finishes it in Word or in the CNIL's PIA tool.
 */
import { doc, table } from '../../document/builders';
import type { Block, Doc } from '../../document/model';
import { formatNumberFr } from '../../french';
import type { PackContext } from '../context';
import { documentFiles } from '../files';
import { frenchList, lowerFirst } from '../labels';
import {
	falseNegativeData,
	justifiedData,
	profileLines,
	recipientsOf,
	specialCategoryData,
	type ProtectionContext,
} from '../protection';
import type { DocumentSpec } from '../spec';
import { renderDocumentTemplate } from '../text';

/** How a criterion applies. */
export type AipdStatus = 'rempli' | 'non rempli';

/** One WP29 criterion, how it applies to this processing, and why. */
export interface AipdCriterion {
	id: string;
	label: string;
	status: AipdStatus;
	reason: string;
}

/** The nine criteria, in the order of the guidelines. */
export const wp29Criteria = [
	{ id: 'evaluation', label: 'Évaluation ou notation' },
	{ id: 'decision-automatisee', label: 'Décision automatisée avec effet juridique ou similaire' },
	{ id: 'surveillance', label: 'Surveillance systématique' },
	{ id: 'donnees-sensibles', label: 'Données sensibles ou à caractère hautement personnel' },
	{ id: 'grande-echelle', label: 'Traitement à grande échelle' },
	{ id: 'croisement', label: 'Croisement ou combinaison de données' },
	{ id: 'personnes-vulnerables', label: 'Personnes vulnérables' },
	{ id: 'usage-innovant', label: 'Usage innovant ou nouvelle solution technique' },
	{ id: 'exclusion', label: 'Exclusion du bénéfice d’un droit, d’un service ou d’un contrat' },
] as const;

/** Two criteria met or more: a DPIA is required (WP29 guidelines, taken up by the CNIL). */
export const AIPD_THRESHOLD = 2;

/**
 * Persons concerned at once from which this pre-analysis calls the processing large scale. No text
 * sets a figure: this is the tool's stated convention, for the DPO to confirm or replace.
 */
export const LARGE_SCALE_PERSONS = 10_000;

/** Persons whose data the CCAS holds at once: a year's requests over the retention period. */
export function personsHeld(ctx: Pick<ProtectionContext, 'dossier'>): number {
	const yearly = ctx.dossier.request?.volumetry ?? 0;
	const months = ctx.dossier.processing?.retentionMonths ?? 0;
	return Math.round(yearly * (1 + months / 12));
}

/** How each criterion applies, with the reason drawn from the dossier. */
export function aipdCriteria(ctx: ProtectionContext): AipdCriterion[] {
	const special = specialCategoryData(ctx);
	const providers = [...new Set(justifiedData(ctx).flatMap((item) => item.providers))];
	const held = personsHeld(ctx);
	const yearly = ctx.dossier.request?.volumetry ?? 0;
	const negatives = falseNegativeData(ctx);
	const reasons: Record<(typeof wp29Criteria)[number]['id'], [AipdStatus, string]> = {
		evaluation: [
			'non rempli',
			'le centre vérifie des conditions fixées par son règlement, sans établir de profil ni de score.',
		],
		'decision-automatisee': [
			'non rempli',
			'un agent ou une instance du centre prend chaque décision ; l’API ne fait que fournir une information.',
		],
		surveillance: [
			'non rempli',
			'l’API n’est consultée que pour instruire une demande présentée par la famille.',
		],
		'donnees-sensibles':
			special.length > 0
				? [
						'rempli',
						`${frenchList(special.map((item) => lowerFirst(item.label)))} ${special.length > 1 ? 'révèlent' : 'révèle'} une information de santé ou de handicap (article 9 du RGPD).`,
					]
				: [
						'rempli',
						'les ressources et le quotient familial ne sont pas des données sensibles au sens de l’article 9 du RGPD, mais ils révèlent la situation financière et sociale du foyer : des données à caractère hautement personnel.',
					],
		'grande-echelle': [
			held >= LARGE_SCALE_PERSONS ? 'rempli' : 'non rempli',
			`environ ${formatNumberFr(yearly)} demandes par an, conservées ${ctx.dossier.processing?.retentionMonths ?? 0} mois après la clôture, soit au plus ${formatNumberFr(held)} personnes dont le centre détient les données à un moment donné ; seuil retenu par cette pré-analyse : ${formatNumberFr(LARGE_SCALE_PERSONS)} personnes (aucun texte ne fixe de chiffre : le délégué le confirme ou le remplace).`,
		],
		croisement: [
			'rempli',
			`le centre rapproche des informations venues d’administrations différentes (${frenchList(providers)}) de celles que la famille déclare.`,
		],
		'personnes-vulnerables': [
			'rempli',
			'les personnes qui demandent une aide sociale sont, par leur situation, en position de faiblesse face au centre qui décide de l’aide.',
		],
		'usage-innovant': [
			'non rempli',
			'l’échange de données entre administrations est un procédé établi, encadré par le code des relations entre le public et l’administration.',
		],
		exclusion: [
			'rempli',
			`le traitement sert à décider d’une aide : une information fausse ou absente peut en priver une famille qui y a droit${negatives.length > 0 ? `, d’autant que l’API peut répondre « dossier absent » pour un vrai bénéficiaire (${frenchList(negatives.map((item) => lowerFirst(item.label)))})` : ''}. La procédure de repli réduit ce risque sans le supprimer.`,
		],
	};
	return wp29Criteria.map((criterion) => {
		const [status, reason] = reasons[criterion.id];
		return { ...criterion, status, reason };
	});
}

/** Number of criteria met. */
export function aipdMetCount(criteria: readonly AipdCriterion[]): number {
	return criteria.filter((criterion) => criterion.status === 'rempli').length;
}

/** The conclusion: required from two criteria, recommended with one, not required with none. */
export function aipdConclusion(
	met: number,
): 'AIPD requise' | 'AIPD recommandée' | 'AIPD non requise' {
	if (met >= AIPD_THRESHOLD) return 'AIPD requise';
	return met === 1 ? 'AIPD recommandée' : 'AIPD non requise';
}

/** One of the three risks of the CNIL method, assessed for this dossier. */
export interface AipdRisk {
	title: string;
	impacts: string;
	threats: string;
	sources: string;
	measures: string;
	gravity: 'négligeable' | 'limitée' | 'importante' | 'maximale';
	likelihood: 'négligeable' | 'limitée' | 'importante' | 'maximale';
}

/** The three risks: illegitimate access, unwanted modification, disappearance of the data. */
export function aipdRisks(ctx: ProtectionContext): AipdRisk[] {
	const special = specialCategoryData(ctx).length > 0;
	const negatives = falseNegativeData(ctx).length > 0;
	return [
		{
			title: 'Accès illégitime aux données',
			impacts:
				'la situation sociale, financière' +
				(special ? ', de santé ou de handicap' : '') +
				' d’une famille est connue de personnes qui n’ont pas à la connaître : atteinte à la vie privée, stigmatisation, pression.',
			threats:
				'consultation par un agent non habilité ou pour un autre dossier que celui qu’il instruit ; poste laissé ouvert ; export ou impression hors du dossier ; compte compromis.',
			sources:
				'agents et élus sans besoin d’en connaître, personne extérieure qui usurpe un compte, prestataire.',
			measures:
				'comptes personnels, profils d’accès limités aux dossiers instruits, liste nominative des agents avec engagement de confidentialité, traces des appels conservées trente-six mois et revues, contrat de sous-traitance.',
			gravity: special ? 'maximale' : 'importante',
			likelihood: 'limitée',
		},
		{
			title: 'Modification non désirée des données',
			impacts:
				'une information fausse (identité mal saisie, quotient d’un autre foyer) conduit à refuser ou à mal calculer une aide.',
			threats:
				'erreur de saisie de l’identité, réponse d’un autre foyer, donnée mise à jour entre deux appels' +
				(negatives ? ', réponse « dossier absent » pour un vrai bénéficiaire' : '') +
				'.',
			sources: 'agent qui saisit, défaut de la chaîne d’échange, caisse qui ne répond pas.',
			measures:
				'vérification de la saisie et seconde tentative, justificatif accepté dans tous les cas, règle de repli adoptée par le conseil, contrôle annuel sur échantillon, droit de rectification rappelé aux familles.',
			gravity: 'importante',
			likelihood: negatives ? 'importante' : 'limitée',
		},
		{
			title: 'Disparition des données',
			impacts:
				'un dossier incomplet retarde une aide ; la famille doit redonner ses justificatifs.',
			threats: 'panne, suppression par erreur, perte d’un poste, fin du contrat avec l’éditeur.',
			sources: 'panne matérielle, agent, prestataire, logiciel malveillant.',
			measures:
				'sauvegardes du logiciel ou du service informatique, réversibilité prévue au contrat, justificatif toujours possible.',
			gravity: 'limitée',
			likelihood: 'limitée',
		},
	];
}

/** A list block, or nothing when empty. */
function list(items: readonly string[]): Block[] {
	return items.length === 0
		? []
		: [{ kind: 'list', ordered: false, items: items.map((text) => [{ text }]) }];
}

/** Builds the AIPD draft. */
export function buildAipd(ctx: PackContext): Doc {
	const { dossier } = ctx;
	const criteria = aipdCriteria(ctx);
	const met = aipdMetCount(criteria);
	const risks = aipdRisks(ctx);
	const conclusion = aipdConclusion(met);
	const body = renderDocumentTemplate(ctx, 'aipd.md', {
		values: {
			nombre_criteres: String(met),
			conclusion,
		},
		flags: { aipd_requise: met >= AIPD_THRESHOLD },
		blocks: {
			destinataires_liste: list(recipientsOf(ctx)),
			profils: list(profileLines(ctx)),
			criteres: [
				table({
					caption: 'Les neuf critères des lignes directrices du G29',
					header: ['Critère', 'Appréciation', 'Raison tirée du dossier'],
					rows: criteria.map((criterion) => [criterion.label, criterion.status, criterion.reason]),
					widths: [3, 2, 6],
				}),
			],
			risques: risks.flatMap((risk): Block[] => [
				{ kind: 'heading', level: 3, text: risk.title },
				table({
					caption: risk.title,
					header: ['Rubrique', 'Appréciation'],
					rows: [
						['Impacts sur les personnes', risk.impacts],
						['Menaces', risk.threats],
						['Sources de risque', risk.sources],
						['Mesures', risk.measures],
						['Gravité', risk.gravity],
						['Vraisemblance', risk.likelihood],
					],
					widths: [2, 5],
				}),
			]),
		},
	});
	const name = dossier.ccas.name;
	return doc({
		title: `Analyse d’impact (projet) – ${name}`,
		author: name,
		subject: 'Projet d’analyse d’impact selon la méthode de la CNIL',
		keywords: ['AIPD', 'analyse d’impact', 'RGPD', 'API Particulier', 'CCAS'],
		header: `${name} – projet d’analyse d’impact`,
		footer: 'Projet à compléter et à valider par le délégué à la protection des données',
		blocks: body,
	});
}

/** The AIPD draft in the pack. */
export const aipdSpec: DocumentSpec = {
	kind: 'doc',
	id: 'aipd',
	title: 'Projet d’analyse d’impact (méthode de la CNIL)',
	templates: {
		'aipd.md': {
			values: ['nombre_criteres', 'conclusion'],
			flags: ['aipd_requise'],
			blocks: ['destinataires_liste', 'profils', 'criteres', 'risques'],
		},
	},
	files: [{ path: documentFiles.aipdDocx, format: 'docx' }],
	build: buildAipd,
};
