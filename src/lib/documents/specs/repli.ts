/**
 * The fallback procedure: what agents do when the API returns nothing or does not cover the family
 * (CRPA L114-10), with the proof to ask for each condition and the annual control.
 */
import { doc, table } from '../../document/builders';
import type { Block, Doc } from '../../document/model';
import { conditionText } from '../../minimise/condition-text';
import type { PackContext } from '../context';
import { documentFiles } from '../files';
import type { DocumentSpec } from '../spec';
import { renderDocumentTemplate } from '../text';
import { frenchList } from '../labels';
import { familiesWithoutQuotient } from '../protection';

/** Id of the quotient familial in content/data: its coverage gaps get their own cases. */
const QUOTIENT_FAMILIAL = 'quotient-familial';

/** Builds the fallback procedure. */
export function buildFallback(ctx: PackContext): Doc {
	const { dossier, catalogue, result } = ctx;
	const criteria = new Map(catalogue.criteria.map((criterion) => [criterion.id, criterion]));
	const justified = result.data.filter((item) => item.reasons.length > 0);
	const limits: Block[] = justified
		.filter((item) => item.notCovered.length > 0)
		.map((item) => ({
			kind: 'list',
			ordered: false,
			items: [[{ text: `${item.label} : `, bold: true }, { text: item.notCovered.join(' ') }]],
		}));
	// Every condition of every aid, with the proof the family brings when the API cannot answer.
	const rows = dossier.aids.flatMap((aid) =>
		aid.conditions.map((condition) => {
			const criterion = condition.criterionId ? criteria.get(condition.criterionId) : undefined;
			return [
				aid.label,
				conditionText(condition, criterion),
				criterion?.manualProof ?? condition.proof ?? '',
			];
		}),
	);
	const body = renderDocumentTemplate(ctx, 'repli.md', {
		values: { familles_sans_qf: frenchList([...familiesWithoutQuotient], 'et') },
		flags: {
			quotient_familial: justified.some((item) => item.id === QUOTIENT_FAMILIAL),
		},
		blocks: {
			limites: limits,
			justificatifs: [
				table({
					caption: 'Justificatif à demander pour chaque condition',
					header: ['Aide', 'Condition', 'Justificatif'],
					rows,
					widths: [2, 3, 4],
				}),
			],
		},
	});
	const name = dossier.ccas.name;
	return doc({
		title: `Procédure de repli – ${name}`,
		author: name,
		subject: 'Instruire une aide quand l’API ne donne pas l’information',
		keywords: ['procédure de repli', 'API Particulier', 'CRPA L114-10', 'CCAS'],
		header: `${name} – procédure de repli`,
		footer: 'À remettre aux agents habilités',
		blocks: body,
	});
}

/** The fallback procedure in the pack. */
export const fallbackSpec: DocumentSpec = {
	kind: 'doc',
	id: 'repli',
	title: 'Procédure de repli pour les agents',
	templates: {
		'repli.md': {
			values: ['familles_sans_qf'],
			flags: ['quotient_familial'],
			blocks: ['limites', 'justificatifs'],
		},
	},
	files: [{ path: documentFiles.fallbackDocx, format: 'docx' }],
	build: buildFallback,
};
