/** The processor clauses (GDPR art. 28) the CCAS sends its editor or IT provider, when it has one. */
import type { PackContext } from '../context';
import { documentFiles } from '../files';
import { processorsOf } from '../protection';
import type { DocumentSpec } from '../spec';
import { dpoBlockNames, dpoDocument } from './dpo-doc';

/** Builds the processor clauses. */
export function buildProcessorClauses(ctx: PackContext) {
	return dpoDocument(ctx, 'sous-traitance.md', {
		title: 'Clauses de sous-traitance',
		subject: 'Clauses de l’article 28 du RGPD à convenir avec le sous-traitant',
		footer: 'Projet de clauses à annexer au contrat',
	});
}

/** The processor clauses in the pack, only when the dossier implies a processor. */
export const processorClausesSpec: DocumentSpec = {
	kind: 'doc',
	id: 'sous-traitance',
	title: 'Clauses de sous-traitance pour l’éditeur ou le prestataire',
	templates: { 'sous-traitance.md': { blocks: [...dpoBlockNames] } },
	files: [{ path: documentFiles.processorDocx, format: 'docx' }],
	include: (ctx) => processorsOf(ctx).length > 0,
	build: buildProcessorClauses,
};
