/**
 * The AIPD pre-check: the nine WP29 criteria applied to the processing, as guidance for the DPO. A
 * CCAS using API Particulier always meets two (vulnerable people, matching data from several
 * administrations); two or more make a DPIA likely.
 */
import { doc, table } from '../../document/builders';
import type { Doc } from '../../document/model';
import type { MinimisationResult } from '../../minimise';
import type { PackContext } from '../context';
import { documentFiles } from '../files';
import type { DocumentSpec } from '../spec';
import { renderDocumentTemplate } from '../text';

/** How a criterion applies. */
export type AipdStatus = 'rempli' | 'à apprécier' | 'non rempli';

/** One WP29 criterion and how it applies to this processing. */
export interface AipdCriterion {
	id: string;
	label: string;
	status: AipdStatus;
}

/** The nine criteria, in the order the pre-check discusses them. */
export const wp29Criteria = [
	{ id: 'personnes-vulnerables', label: 'Personnes vulnérables' },
	{ id: 'croisement', label: 'Croisement de données' },
	{ id: 'donnees-sensibles', label: 'Données sensibles' },
	{ id: 'grande-echelle', label: 'Traitement à grande échelle' },
	{ id: 'surveillance', label: 'Surveillance systématique' },
	{ id: 'evaluation', label: 'Évaluation ou notation' },
	{ id: 'decision-automatisee', label: 'Décision automatisée' },
	{ id: 'exclusion', label: 'Exclusion du bénéfice d’un droit' },
	{ id: 'usage-innovant', label: 'Usage innovant' },
] as const;

/** Two criteria met or more: a DPIA is likely required (WP29 rule of thumb). */
export const AIPD_THRESHOLD = 2;

/** How each criterion applies, given the needed data. */
export function aipdCriteria(result: Pick<MinimisationResult, 'data'>): AipdCriterion[] {
	const sensitive = result.data.some((item) => item.reasons.length > 0 && item.specialCategory);
	const status: Record<(typeof wp29Criteria)[number]['id'], AipdStatus> = {
		'personnes-vulnerables': 'rempli',
		croisement: 'rempli',
		'donnees-sensibles': sensitive ? 'rempli' : 'à apprécier',
		'grande-echelle': 'à apprécier',
		surveillance: 'non rempli',
		evaluation: 'non rempli',
		'decision-automatisee': 'non rempli',
		exclusion: 'non rempli',
		'usage-innovant': 'non rempli',
	};
	return wp29Criteria.map((criterion) => ({ ...criterion, status: status[criterion.id] }));
}

/** Number of criteria met. */
export function aipdMetCount(criteria: readonly AipdCriterion[]): number {
	return criteria.filter((criterion) => criterion.status === 'rempli').length;
}

/** Builds the pre-check document. */
export function buildAipd(ctx: PackContext): Doc {
	const { dossier, result } = ctx;
	const criteria = aipdCriteria(result);
	const met = aipdMetCount(criteria);
	const body = renderDocumentTemplate(ctx, 'aipd.md', {
		values: { nombre_criteres: String(met) },
		flags: { aipd_probable: met >= AIPD_THRESHOLD },
		blocks: {
			synthese: [
				table({
					caption: 'Critères du G29',
					header: ['Critère', 'Appréciation'],
					rows: criteria.map((criterion) => [criterion.label, criterion.status]),
					widths: [3, 2],
				}),
			],
		},
	});
	const name = dossier.ccas.name;
	return doc({
		title: `Pré-analyse d’impact – ${name}`,
		author: name,
		subject: 'Critères du G29 appliqués à l’usage de l’API Particulier',
		keywords: ['AIPD', 'analyse d’impact', 'RGPD', 'API Particulier', 'CCAS'],
		header: `${name} – pré-analyse d’impact`,
		footer: 'Orientation pour le délégué à la protection des données',
		blocks: body,
	});
}

/** The AIPD pre-check in the pack. */
export const aipdSpec: DocumentSpec = {
	kind: 'doc',
	id: 'aipd',
	title: 'Pré-analyse d’impact (critères du G29)',
	templates: {
		'aipd.md': { values: ['nombre_criteres'], flags: ['aipd_probable'], blocks: ['synthese'] },
	},
	files: [{ path: documentFiles.aipdDocx, format: 'docx' }],
	build: buildAipd,
};
