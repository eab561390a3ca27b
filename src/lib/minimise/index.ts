/** The minimisation engine: derive the strictly necessary data from aids and conditions. */
export { minimise, type MinimiseCatalogue } from './minimise';
export type {
	Finding,
	FindingKind,
	Matrix,
	MatrixRow,
	MinimisationResult,
	NeededData,
	NeededScope,
	Reason,
	Severity,
} from './types';
export { conditionLabel, conditionText } from './condition-text';
