/** The texts of the separate API Impôt particulier request, when a condition needs tax data. */
import { doc } from '../../document/builders';
import type { Block, Doc } from '../../document/model';
import type { MinimisationResult } from '../../minimise';
import type { PackContext } from '../context';
import { documentFiles } from '../files';
import { lowerFirst } from '../labels';
import { scopeLabel } from '../datapass/editor';
import { taxYearOf } from '../protection';
import type { DocumentSpec } from '../spec';
import { renderDocumentTemplate } from '../text';

/** True when a condition of the dossier needs data from the API Impôt particulier. */
export function needsTaxRequest(result: Pick<MinimisationResult, 'data'>): boolean {
	return result.data.some(
		(item) => item.api === 'api-impot-particulier' && item.reasons.length > 0,
	);
}

/** Builds the texts of the API Impôt particulier request. */
export function buildTaxRequest(ctx: PackContext): Doc {
	const { dossier, catalogue, result } = ctx;
	const tax = result.data.filter(
		(item) => item.api === 'api-impot-particulier' && item.reasons.length > 0,
	);
	const list = (items: string[]): Block[] =>
		items.length === 0
			? []
			: [{ kind: 'list', ordered: false, items: items.map((text) => [{ text }]) }];
	const conditions = [
		...new Set(
			tax.flatMap((item) =>
				item.reasons.map((r) => `${r.aidLabel} : ${lowerFirst(r.conditionText)}`),
			),
		),
	];
	const year = taxYearOf(dossier);
	// The year is one choice of the dossier, not one per datum: the data's own year scope gives way.
	const scopes = result.scopes.filter(
		(scope) => scope.api === 'api-impot-particulier' && !scope.name.startsWith('dgfip_annee_'),
	);
	const controller = dossier.dataProtection?.taxController;
	const body = renderDocumentTemplate(ctx, 'impot-particulier.md', {
		values: {
			donnees_fiscales_liste: tax.map((item) => lowerFirst(item.label)).join(', '),
			annee_perimetre: year.scope,
			contact_rt: controller
				? `${controller.givenName} ${controller.familyName}, ${controller.jobTitle}, ${controller.email}, ${controller.phone}`
				: '',
		},
		flags: { annee_choisie: year.chosen, contact_rt: controller !== undefined },
		blocks: {
			conditions: list(conditions),
			perimetres: list([year.scope, ...scopes.map((scope) => scopeLabel(scope.name, catalogue))]),
		},
	});
	const name = dossier.ccas.name;
	return doc({
		title: `Demande API Impôt particulier – ${name}`,
		author: name,
		subject: 'Textes de la demande d’accès à l’API Impôt particulier (DGFiP)',
		keywords: ['API Impôt particulier', 'DGFiP', 'DataPass', 'CCAS'],
		header: `${name} – demande API Impôt particulier`,
		footer: 'Seconde demande DataPass, distincte de l’API Particulier',
		blocks: body,
	});
}

/** The API Impôt particulier texts in the pack, only when a condition needs tax data. */
export const taxSpec: DocumentSpec = {
	kind: 'doc',
	id: 'impot-particulier',
	title: 'Textes de la demande pour l’API Impôt particulier',
	templates: {
		'impot-particulier.md': {
			values: ['donnees_fiscales_liste', 'annee_perimetre', 'contact_rt'],
			flags: ['annee_choisie', 'contact_rt'],
			blocks: ['conditions', 'perimetres'],
		},
	},
	files: [{ path: documentFiles.taxDocx, format: 'docx' }],
	include: (ctx) => needsTaxRequest(ctx.result),
	build: buildTaxRequest,
};
