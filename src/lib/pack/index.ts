/**
 * The DataPass justification pack: every document a CCAS needs to file its API Particulier request
 * and to satisfy its DPO, built from the Dossier. Pure: no Node, no DOM; renderers and fonts are
 * passed in. Typical use:
 *   const prepared = preparePack({ dossier, catalogue, templates }); // Docs for the previews
 *   const pack = await buildPack({ dossier, catalogue, templates, fonts, renderPdf, renderDocx });
 */
export { buildPack, packDate, renderPart } from './build';
export type { BuildPackInput, BuiltPack, PackRenderers, RenderOptions } from './build';
export { partPaths, packMimeTypes, preparePack } from './prepare';
export type {
	PackDocumentId,
	PackDocumentPart,
	PackFailure,
	PackPart,
	PackTextPart,
	PreparePackInput,
	PreparedPack,
} from './prepare';
export { formatMissing, missingItems, packReadiness, wizardStepTitles } from './readiness';
export type { ReadinessItem, WizardStepId } from './readiness';
export {
	datapassFields,
	dpoIsMaire,
	emptyRequiredFields,
	fieldProblems,
	isHttpsUrl,
} from './datapass-fields';
export type { DatapassField } from './datapass-fields';
export {
	DATAPASS_RETENTION_LIMIT,
	datapassFieldSpecs,
	datapassSteps,
	datapassSubmissionBoxes,
} from './datapass';
export type {
	DatapassFieldKind,
	DatapassFieldSpec,
	DatapassFormRef,
	DatapassStepId,
} from './datapass';
export { chooseForm, compareEditorForm, scopeLabel } from './editor';
export type { EditorComparison, FormChoice } from './editor';
export { buildDatapassSheet } from './sheet';
export type { DatapassSheet } from './sheet';
export { buildMatrix, matrixCsv, matrixCsvColumns, matrixRows } from './matrix';
export { buildPoster, POSTER_MIN_SCALE, POSTER_SCALE, posterScale } from './poster';
export { buildRegister, registerCsv, registerEntry } from './register';
export { registerFields } from './register-fields';
export { aipdCriteria, aipdMetCount, buildAipd, wp29Criteria } from './aipd';
export type { AipdCriterion, AipdStatus } from './aipd';
export { buildFallback } from './fallback';
export { buildTaxRequest, needsTaxRequest } from './tax';
export {
	ACTES_NUMBER_PATTERN,
	ACTES_OBJECT_MAX,
	actesMatterLabel,
	actesMatterNames,
	actesNumber,
	actesObject,
	buildActes,
	scdlColumns,
	scdlCsv,
	scdlPatterns,
	scdlProblems,
	scdlRequired,
	scdlRow,
} from './actes';
export type { ScdlColumn } from './actes';
export { baseContext, isComplete, packContext } from './context';
export type { CompleteDossier, PackCatalogue, PackContext } from './context';
export { packFileNames, packZipName } from './names';
export { slugify } from '../slug';
export { missingTemplates, packRegistries, packTemplateNames } from './registry';
export type { PackTemplateName, PackTemplates } from './registry';
export { zipDate, zipFiles } from './zip';
export type { PackFile } from './zip';
