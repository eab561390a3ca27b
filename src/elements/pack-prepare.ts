/**
 * The pack prepared in the browser (loaded by the last step only): the templates bundled with this
 * module, the catalogue fetched from /assistant/catalogue.json (same site), and `preparePack`,
 * which builds every document as a Doc without rendering (no docx, no pdf-lib, no font).
 */
import type { PackCatalogue } from '../lib/pack/context';
import { preparePack, type PackFailure, type PreparedPack } from '../lib/pack/prepare';
import type { PackTemplates } from '../lib/pack/registry';
import type { Dossier } from '../lib/schema/dossier';

const sources = import.meta.glob<string>('/templates/*.md', {
	query: '?raw',
	import: 'default',
	eager: true,
});

/** The templates by file name (`deliberation.md` → its source). */
export const templates: PackTemplates = Object.fromEntries(
	Object.entries(sources).map(([path, source]) => [path.slice(path.lastIndexOf('/') + 1), source]),
);

let catalogue: Promise<PackCatalogue> | undefined;

/** The pack catalogue, fetched once; a failed fetch is tried again on the next call. */
export function packCatalogue(): Promise<PackCatalogue> {
	catalogue ??= fetch(`${import.meta.env.BASE_URL}assistant/catalogue.json`).then(
		async (response) => {
			if (!response.ok) throw new Error(`catalogue : HTTP ${response.status}`);
			return (await response.json()) as PackCatalogue;
		},
	);
	catalogue.catch(() => {
		catalogue = undefined;
	});
	return catalogue;
}

/** The prepared pack for this dossier, or what is missing. */
export async function prepare(
	dossier: Dossier,
): Promise<{ pack: PreparedPack | PackFailure; catalogue: PackCatalogue }> {
	const loaded = await packCatalogue();
	return { pack: preparePack({ dossier, catalogue: loaded, templates }), catalogue: loaded };
}
