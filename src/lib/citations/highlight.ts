/** Splits a text into plain and highlighted segments, so a page can render citations without HTML. */

/** A piece of the text; `citationIndex` is set when the piece is a citation. */
export interface HighlightSegment {
	/** The text of the segment. */
	text: string;
	/** Index of the citation in the list given, for highlighted segments only. */
	citationIndex?: number;
}

/**
 * The text cut into consecutive segments, citations marked with their index. Spans that are out
 * of range, empty, or overlap an earlier one are left unmarked; joining the segments gives `text`.
 */
export function highlightSegments(
	text: string,
	citations: readonly { start: number; end: number }[],
): HighlightSegment[] {
	if (typeof text !== 'string' || text.length === 0) return [];
	// Defensive: a report read back from a worker or an old draft may hold anything.
	const list: readonly { start?: unknown; end?: unknown }[] = Array.isArray(citations)
		? citations
		: [];
	const spans = list
		.map((citation, index) => ({ start: citation?.start, end: citation?.end, index }))
		.filter(
			(span): span is { start: number; end: number; index: number } =>
				Number.isInteger(span.start) &&
				Number.isInteger(span.end) &&
				(span.start as number) >= 0 &&
				(span.end as number) <= text.length &&
				(span.start as number) < (span.end as number),
		)
		.sort((a, b) => a.start - b.start || a.index - b.index);
	const segments: HighlightSegment[] = [];
	let position = 0;
	for (const span of spans) {
		if (span.start < position) continue;
		if (span.start > position) segments.push({ text: text.slice(position, span.start) });
		segments.push({ text: text.slice(span.start, span.end), citationIndex: span.index });
		position = span.end;
	}
	if (position < text.length) segments.push({ text: text.slice(position) });
	return segments;
}
