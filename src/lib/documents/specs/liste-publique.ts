/** The public list of the data exchanged and of their legal basis, which CRPA L114-8 requires. */
import type { PackContext } from '../context';
import { scopeLabel } from '../datapass/editor';
import { documentFiles } from '../files';
import { aidCondition } from '../context';
import { justifiedData } from '../protection';
import type { DocumentSpec } from '../spec';
import { dpoBlockNames, dpoDocument } from './dpo-doc';

/** One row per datum: what it is, who supplies it through which API, its scopes, and why. */
export function publicListRows(ctx: PackContext): string[][] {
	return justifiedData(ctx).map((item) => [
		item.label,
		`${item.providers.join(', ')}, par l’${item.api === 'api-impot-particulier' ? 'API Impôt particulier' : 'API Particulier'}`,
		item.scopes.map((scope) => scopeLabel(scope, ctx.catalogue)).join(', '),
		[...new Set(item.reasons.map(aidCondition))].join(' ; '),
	]);
}

/** Builds the public list. */
export function buildPublicList(ctx: PackContext) {
	return dpoDocument(
		ctx,
		'liste-publique.md',
		{
			title: 'Liste publique des données échangées',
			subject: 'Données obtenues auprès d’autres administrations et fondement (CRPA L114-8)',
			footer: 'À publier sur le site du centre',
		},
		{
			caption: 'Données échangées',
			header: ['Donnée', 'Fournie par', 'Case DataPass', 'Condition qui la justifie'],
			rows: publicListRows(ctx),
			widths: [3, 3, 3, 5],
		},
	);
}

/** The public list in the pack. */
export const publicListSpec: DocumentSpec = {
	kind: 'doc',
	id: 'liste-publique',
	title: 'Liste publique des données échangées et de leur fondement',
	templates: { 'liste-publique.md': { blocks: [...dpoBlockNames, 'tableau'] } },
	files: [{ path: documentFiles.publicListDocx, format: 'docx' }],
	build: buildPublicList,
};
