/**
 * The DataPass justification pack: every document of the registry (src/lib/documents) rendered and
 * zipped, built from one DocumentContext. Pure: no Node, no DOM; renderers and fonts are passed in.
 *   const prepared = preparePack({ dossier, catalogue, templates }); // Docs for the previews
 *   const pack = await buildPack({ dossier, catalogue, templates, fonts, renderPdf, renderDocx });
 */
export { buildPack, packDate, packZipName, renderPart } from './build';
export type { BuildPackInput, BuiltPack, PackRenderers, RenderOptions } from './build';
export { partPaths, preparePack } from './prepare';
export type {
	PackDocumentPart,
	PackFailure,
	PackPart,
	PackTextPart,
	PreparePackInput,
	PreparedPack,
} from './prepare';
export { formatMissing, missingItems, packReadiness } from './readiness';
export type { ReadinessItem, WizardStepId } from './readiness';
export {
	datapassFields,
	dpoIsMaire,
	emptyRequiredFields,
	fieldProblems,
	isHttpsUrl,
} from '../documents/datapass/fields';
export type { DatapassField } from '../documents/datapass/fields';
export {
	datapassFieldSpecs,
	datapassSteps,
	datapassSubmissionBoxes,
} from '../documents/datapass/form';
export type {
	DatapassFieldKind,
	DatapassFieldSpec,
	DatapassFormRef,
	DatapassStepId,
} from '../documents/datapass/form';
export { chooseForm, compareEditorForm, scopeLabel } from '../documents/datapass/editor';
export type { EditorComparison, FormChoice } from '../documents/datapass/editor';
export { buildDatapassSheet } from '../documents/specs/fiche-datapass';
export { buildMatrix, matrixCsv, matrixCsvColumns, matrixRows } from '../documents/specs/matrice';
export {
	buildPoster,
	POSTER_MIN_SCALE,
	POSTER_SCALE,
	posterScale,
} from '../documents/specs/affiche';
export { buildRegister, registerCsv, registerEntry } from '../documents/specs/registre';
export { registerFields } from '../documents/register-fields';
export { aipdCriteria, aipdMetCount, buildAipd, wp29Criteria } from '../documents/specs/aipd';
export type { AipdCriterion, AipdStatus } from '../documents/specs/aipd';
export { buildFallback } from '../documents/specs/repli';
export { buildTaxRequest, needsTaxRequest } from '../documents/specs/impot-particulier';
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
} from '../documents/specs/actes';
export type { ScdlColumn } from '../documents/specs/actes';
export { zipDate, zipFiles } from './zip';
export type { PackFile } from './zip';
