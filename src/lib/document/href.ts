/** Which link targets a generated document may carry. */

/** The URL when absolute http(s) or mailto, else undefined: no javascript:, data: or relative. */
export function safeHref(href: string | undefined): string | undefined {
	if (href === undefined) return undefined;
	const trimmed = href.trim();
	return /^(?:https?:\/\/[^\s]+|mailto:[^\s]+)$/i.test(trimmed) ? trimmed : undefined;
}
