/**
 * The explanatory report (note explicative de synthèse) sent with the notice and the projet, from
 * 3 500 inhabitants (CASF R. 123-16): what the projet changes, for which aids, with which data.
 */
import { doc } from '../../document/builders';
import type { Doc } from '../../document/model';
import { conditionsSentence } from '../../minimise/condition-text';
import { formatDateFr } from '../../french';
import type { Ccas } from '../../schema/dossier';
import type { DocumentContext } from '../context';
import { documentFiles } from '../files';
import type { DocumentSpec } from '../spec';
import { renderDocumentTemplate } from '../text';
import { effectiveDelegation } from '../decision';

/** True when the commune has 3 500 inhabitants or more: the notice then carries this report. */
export function needsReport(ccas: Pick<Ccas, 'population'> | undefined): boolean {
	return ccas !== undefined && ccas.population !== 'moins-de-3500';
}

/** Builds the report (before the typography pass); the CCAS, the aids and the processing must be known. */
export function buildReport(ctx: DocumentContext): Doc {
	const { ccas, aids, sitting } = ctx.dossier;
	const criteria = new Map(ctx.catalogue.criteria.map((c) => [c.id, c]));
	const items = (aids ?? []).map((aid) => [
		{ text: aid.label, bold: true },
		{
			text: ` (${aid.nature === 'légale' ? 'aide sociale légale, instruite et transmise' : 'aide facultative'}) : ${conditionsSentence(aid, (c) => (c.criterionId ? criteria.get(c.criterionId) : undefined))}.`,
		},
	]);
	const name = ccas?.name ?? 'CCAS';
	const body = renderDocumentTemplate(ctx, 'rapport.md', {
		values: { date_seance: sitting ? formatDateFr(sitting.date) : '…………' },
		flags: { delegation: (aids ?? []).some((aid) => effectiveDelegation(aid) !== undefined) },
		blocks: { aides: [{ kind: 'list', ordered: false, items }] },
	});
	return doc({
		title: `Rapport explicatif – ${name}`,
		author: name,
		subject: 'Rapport joint au projet de délibération sur l’utilisation de l’API Particulier',
		keywords: ['rapport explicatif', 'note de synthèse', 'API Particulier', 'CCAS'],
		header: `${name} – rapport explicatif`,
		footer: 'Joint à la convocation du conseil d’administration',
		blocks: body,
	});
}

/** The report, produced with the projet (not part of the pack filed after the sitting). */
export const reportSpec: DocumentSpec = {
	kind: 'doc',
	id: 'rapport',
	title: 'Rapport explicatif joint à la convocation',
	templates: { 'rapport.md': { flags: ['delegation'], blocks: ['aides'] } },
	files: [
		{ path: documentFiles.reportDocx, format: 'docx' },
		{ path: documentFiles.reportPdf, format: 'pdf' },
	],
	include: () => false,
	build: buildReport,
};
