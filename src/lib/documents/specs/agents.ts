/** The list of authorised agents, with the confidentiality commitment each one signs. */
import type { PackContext } from '../context';
import { documentFiles } from '../files';
import type { DocumentSpec } from '../spec';
import { dpoBlockNames, dpoDocument } from './dpo-doc';

/** One blank line per authorised post: the director writes the names, each agent signs. */
export function agentRows(ctx: PackContext): string[][] {
	return ctx.dossier.processing.authorisedAgents.flatMap((agent) =>
		Array.from({ length: agent.count }, () => [agent.role, '', '', '']),
	);
}

/** Builds the list of authorised agents. */
export function buildAgents(ctx: PackContext) {
	return dpoDocument(
		ctx,
		'agents-habilites.md',
		{
			title: 'Liste des agents habilités',
			subject: 'Agents habilités à consulter l’API et engagement de confidentialité',
			footer: 'Liste tenue par la direction, revue chaque année',
		},
		{
			caption: 'Agents habilités',
			header: ['Fonction', 'Nom et prénom', 'Date d’habilitation', 'Signature'],
			rows: agentRows(ctx),
			widths: [3, 3, 2, 2],
		},
	);
}

/** The list of authorised agents in the pack. */
export const agentsSpec: DocumentSpec = {
	kind: 'doc',
	id: 'agents-habilites',
	title: 'Liste des agents habilités et engagement de confidentialité',
	templates: { 'agents-habilites.md': { blocks: [...dpoBlockNames, 'tableau'] } },
	files: [{ path: documentFiles.agentsDocx, format: 'docx' }],
	build: buildAgents,
};
