/** The citation checker's public API. */
export { checkCitations } from './check';
export { extractCitations } from './extract';
export { highlightSegments, type HighlightSegment } from './highlight';
export { completeSections, type CompleteSection } from './sections';
export type {
	CheckOptions,
	Citation,
	CitationCode,
	CitationLink,
	CitationReport,
	CodeSource,
	ExtractedCitation,
	Finding,
	FindingKind,
	Severity,
	VerdictKind,
} from './types';
export { findingKinds } from './types';
