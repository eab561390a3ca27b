/**
 * The pack prepared in the browser (loaded by the last step only): the templates and the catalogue
 * fetched from the site (/assistant/modeles/*.json, /assistant/catalogue.json), and `preparePack`,
 * which builds every document as a Doc without rendering (no docx, no pdf-lib, no font).
 */
import type { DocumentCatalogue, DocumentTemplates } from '../lib/documents/context';
import { templateNames } from '../lib/documents/registry';
import { preparePack, type PackFailure, type PreparedPack } from '../lib/pack/prepare';
import type { Dossier } from '../lib/schema/dossier';
import { siteJson } from './site-json';
import { fetchTemplates } from './template-fetch';

/** Every template the pack needs, by file name (`deliberation.md` → its source). */
export function packTemplates(): Promise<DocumentTemplates> {
	return fetchTemplates(templateNames);
}

/** The pack catalogue, fetched once; a failed fetch is tried again on the next call. */
export async function packCatalogue(): Promise<DocumentCatalogue> {
	return (await siteJson('assistant/catalogue.json', 'catalogue')) as DocumentCatalogue;
}

/** The prepared pack for this dossier, or what is missing. */
export async function prepare(
	dossier: Dossier,
): Promise<{ pack: PreparedPack | PackFailure; catalogue: DocumentCatalogue }> {
	const [loaded, templates] = await Promise.all([packCatalogue(), packTemplates()]);
	return { pack: preparePack({ dossier, catalogue: loaded, templates }), catalogue: loaded };
}
