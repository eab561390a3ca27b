/**
 * Where a word with no space (a URL, a long reference) may be broken across lines. The Unicode line
 * breaking algorithm (UAX #14, the `linebreak` package) knows that an address breaks after « / »,
 * « ? » or « - » but not inside « gouv » or before a digit after a hyphen; writing those rules by
 * hand would miss cases it has had right for years (quotes, closing brackets, non-breaking spaces).
 */

import LineBreaker from 'linebreak';

/** Positions (UTF-16 indices, strictly inside `text`) where `text` may be broken. */
export function breakOpportunities(text: string): number[] {
	const positions: number[] = [];
	const breaker = new LineBreaker(text);
	for (let found = breaker.nextBreak(); found !== null; found = breaker.nextBreak()) {
		if (found.position > 0 && found.position < text.length) positions.push(found.position);
	}
	// UAX #14 classes « & » as a letter; in a query string it separates parameters, so an address
	// may break after it too.
	for (let index = text.indexOf('&'); index !== -1; index = text.indexOf('&', index + 1)) {
		if (/^https?:\/\//i.test(text) && index + 1 < text.length) positions.push(index + 1);
	}
	return [...new Set(positions)].sort((a, b) => a - b);
}

/** `text` cut at its break opportunities; the parts join back to `text`. */
export function breakableParts(text: string): string[] {
	const parts: string[] = [];
	let last = 0;
	for (const position of breakOpportunities(text)) {
		parts.push(text.slice(last, position));
		last = position;
	}
	parts.push(text.slice(last));
	return parts;
}
