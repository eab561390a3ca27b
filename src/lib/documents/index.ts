/**
 * The documents of a dossier: one DocumentContext built once, one DocumentSpec per document, the
 * registry derived from the specs, and the typography pass. Typical use:
 *   const ctx = buildDocumentContext(dossier, catalogue, templates);
 *   const deliberation = buildDeliberation(ctx); // { ok, doc } or { ok: false, problems }
 */
export {
	baseContext,
	buildDocumentContext,
	isComplete,
	isCompleteContext,
	templateSource,
} from './context';
export type {
	BaseContext,
	CompleteDossier,
	ContextDependencies,
	DocumentCatalogue,
	DocumentContext,
	DocumentTemplates,
	PackContext,
} from './context';
export { documentFiles } from './files';
export {
	buildDocument,
	buildText,
	documentSpecs,
	fileEntries,
	missingTemplates,
	specTemplateNames,
	templateNames,
	templateRegistries,
} from './registry';
export { mimeTypes } from './spec';
export type { AnySpec, DocFile, DocumentSpec, FileEntry, TextSpec } from './spec';
export {
	buildDeliberation,
	deliberationProblems,
	deliberationSpec,
	missingSections,
} from './specs/deliberation';
export type { DeliberationOptions, DeliberationResult } from './specs/deliberation';
export { buildReport, needsReport, reportSpec } from './specs/rapport';
export {
	accessProfiles,
	apiAccessOf,
	falseNegativeData,
	fallbackRuleOf,
	legalAidAuthority,
	processorsOf,
	profileLines,
	recipientsOf,
	retentionOf,
	specialCategoryData,
	taxYearOf,
} from './protection';
export type { AccessProfile } from './protection';
export { citationFormatter } from './text';
export { frenchBlocks, frenchDoc, frenchText } from './typography';
export { baseFlagNames, baseValueNames } from './vocabulary';
