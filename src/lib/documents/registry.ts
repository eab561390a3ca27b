/**
 * Every document of the pack, in the pack's order, and what is derived from their specs: the names
 * each template may use (the build check fails on any other), the template files to load, the
 * files of the pack and the LISEZ-MOI's list.
 */
import type { Doc } from '../document/model';
import type { PlaceholderRegistry } from '../templates/check';
import type { DocumentTemplates, PackContext } from './context';
import type { AnySpec, DocumentSpec, FileEntry, TextSpec } from './spec';
import { actesSpec, scdlCsvSpec } from './specs/actes';
import { posterSpec } from './specs/affiche';
import { aipdSpec } from './specs/aipd';
import { deliberationSpec } from './specs/deliberation';
import { dossierJsonSpec } from './specs/dossier-json';
import { datapassSheetSpec } from './specs/fiche-datapass';
import { taxSpec } from './specs/impot-particulier';
import { readmeSpec } from './specs/lisez-moi';
import { matrixCsvSpec, matrixSpec } from './specs/matrice';
import { registerCsvSpec, registerSpec } from './specs/registre';
import { reportSpec } from './specs/rapport';
import { fallbackSpec } from './specs/repli';
import { agentsSpec } from './specs/agents';
import { publicListSpec } from './specs/liste-publique';
import { mentionsSpec } from './specs/mentions';
import { processorClausesSpec } from './specs/sous-traitance';
import { frenchDoc } from './typography';
import { baseFlagNames, baseValueNames } from './vocabulary';

/** The specs in the order of the pack; the LISEZ-MOI comes last, since it lists the others. */
export const documentSpecs: readonly AnySpec[] = [
	datapassSheetSpec,
	deliberationSpec,
	matrixSpec,
	matrixCsvSpec,
	posterSpec,
	registerSpec,
	registerCsvSpec,
	aipdSpec,
	fallbackSpec,
	taxSpec,
	actesSpec,
	scdlCsvSpec,
	mentionsSpec,
	publicListSpec,
	agentsSpec,
	processorClausesSpec,
	dossierJsonSpec,
	readmeSpec,
];

/** Documents made before the sitting, not filed with the pack: the report sent with the projet. */
export const draftSpecs: readonly AnySpec[] = [reportSpec];

/** Every template a spec reads, with the shared names plus the spec's own (union when two share one). */
export const templateRegistries: Readonly<Record<string, PlaceholderRegistry>> = (() => {
	const out: Record<
		string,
		{ values: Set<string>; flags: Set<string>; blocks: Set<string>; lists: Set<string> }
	> = {};
	for (const spec of [...documentSpecs, ...draftSpecs]) {
		for (const [name, own] of Object.entries(spec.templates ?? {})) {
			const entry = (out[name] ??= {
				values: new Set(baseValueNames),
				flags: new Set(baseFlagNames),
				blocks: new Set(),
				lists: new Set(),
			});
			own.values?.forEach((value) => entry.values.add(value));
			own.flags?.forEach((flag) => entry.flags.add(flag));
			own.blocks?.forEach((block) => entry.blocks.add(block));
			own.lists?.forEach((list) => entry.lists.add(list));
		}
	}
	return Object.fromEntries(
		Object.entries(out).map(([name, sets]) => [
			name,
			{
				values: [...sets.values],
				flags: [...sets.flags],
				blocks: [...sets.blocks],
				lists: [...sets.lists],
			},
		]),
	);
})();

/** Every template file the pack reads. */
export const templateNames: readonly string[] = Object.keys(templateRegistries);

/** The templates one spec reads (the Délibération step loads only these). */
export function specTemplateNames(spec: AnySpec): string[] {
	return Object.keys(spec.templates ?? {});
}

/** Template files that `templates` does not hold. */
export function missingTemplates(
	templates: DocumentTemplates,
	names: readonly string[] = templateNames,
): string[] {
	return names.filter((name) => typeof templates[name] !== 'string');
}

/** True when the spec belongs in this dossier's pack. */
export function included(spec: AnySpec, ctx: PackContext): boolean {
	return spec.include?.(ctx) ?? true;
}

/** The spec's Document with the typography pass: what every renderer and preview receives. */
export function buildDocument(spec: DocumentSpec, ctx: PackContext): Doc {
	return frenchDoc(spec.build(ctx));
}

/** The text of a text spec (each applies the typography to its prose itself). */
export function buildText(spec: TextSpec, ctx: PackContext, files: readonly FileEntry[]): string {
	return spec.build(ctx, files);
}

/** What the LISEZ-MOI lists: every file of the included specs, « Ce fichier » for itself. */
export function fileEntries(ctx: PackContext): FileEntry[] {
	return documentSpecs
		.filter((spec) => included(spec, ctx))
		.flatMap((spec) =>
			spec.kind === 'doc'
				? spec.files.map((file) => ({
						path: file.path,
						title: `${spec.title} (${file.format.toUpperCase()})`,
					}))
				: [{ path: spec.path, title: spec.id === readmeSpec.id ? 'Ce fichier' : spec.title }],
		);
}
