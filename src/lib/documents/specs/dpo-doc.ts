/**
 * The shape the DPO's small documents share (mentions, public list, authorised agents, processor
 * clauses): one template rendered with the protection blocks, in a Doc with the CCAS's running texts.
 */
import { doc, table } from '../../document/builders';
import type { Block, Doc } from '../../document/model';
import type { PackContext } from '../context';
import { processorsOf, profileLines, recipientsOf, sourceLines } from '../protection';
import { renderDocumentTemplate } from '../text';

/** The blocks every DPO document may use. */
export const dpoBlockNames = [
	'destinataires_liste',
	'profils',
	'sous_traitants',
	'origine',
] as const;

/** A list block, or nothing when empty. */
export function listBlock(items: readonly string[]): Block[] {
	return items.length === 0
		? []
		: [{ kind: 'list', ordered: false, items: items.map((text) => [{ text }]) }];
}

/**
 * Renders `template` with the protection blocks (and `tableau`, when the document has a table) and
 * wraps it with the CCAS's running texts.
 */
export function dpoDocument(
	ctx: PackContext,
	template: string,
	meta: { title: string; subject: string; footer: string },
	tableau?: Parameters<typeof table>[0],
): Doc {
	const body = renderDocumentTemplate(ctx, template, {
		blocks: {
			destinataires_liste: listBlock(recipientsOf(ctx)),
			profils: listBlock(profileLines(ctx)),
			sous_traitants: listBlock(processorsOf(ctx)),
			origine: listBlock(sourceLines(ctx)),
			...(tableau ? { tableau: [table(tableau)] } : {}),
		},
	});
	const name = ctx.dossier.ccas.name;
	return doc({
		title: `${meta.title} – ${name}`,
		author: name,
		subject: meta.subject,
		keywords: ['RGPD', 'API Particulier', 'CCAS'],
		header: `${name} – ${meta.title.toLocaleLowerCase('fr')}`,
		footer: meta.footer,
		blocks: body,
	});
}
