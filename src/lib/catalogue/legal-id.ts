/** The id (and URL slug) of a legal article: code in lower case, dash, article in lower case. */
export function legalId(code: string, article: string): string {
	return `${code}-${article}`
		.toLowerCase()
		.replace(/°/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
