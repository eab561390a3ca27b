/** The information texts the deliberation promises: the mention of the application form and the web page (GDPR art. 13 and 14, CRPA L114-8). */
import type { PackContext } from '../context';
import { documentFiles } from '../files';
import type { DocumentSpec } from '../spec';
import { dpoBlockNames, dpoDocument } from './dpo-doc';

/** Builds the mentions. */
export function buildMentions(ctx: PackContext) {
	return dpoDocument(ctx, 'mentions.md', {
		title: 'Mentions d’information',
		subject: 'Texte du formulaire de demande et de la page du site (RGPD, articles 13 et 14)',
		footer: 'Textes à reprendre sur le formulaire et sur le site',
	});
}

/** The mentions in the pack. */
export const mentionsSpec: DocumentSpec = {
	kind: 'doc',
	id: 'mentions',
	title: 'Mentions d’information du formulaire et de la page du site',
	templates: { 'mentions.md': { blocks: [...dpoBlockNames] } },
	files: [{ path: documentFiles.mentionsDocx, format: 'docx' }],
	build: buildMentions,
};
