/** The dossier itself in the pack, as JSON the assistant imports again. */
import { serialiseDossier } from '../../dossier/parse';
import { documentFiles } from '../files';
import { mimeTypes, type TextSpec } from '../spec';

/** dossier.json: exactly what the user typed (no typography: it is data, not prose). */
export const dossierJsonSpec: TextSpec = {
	kind: 'text',
	id: 'dossier',
	title: 'Votre dossier, à réimporter dans l’assistant',
	path: documentFiles.dossierJson,
	mime: mimeTypes.json,
	build: (ctx) => serialiseDossier(ctx.dossier),
};
