/** Where the facts live: `content/` unless HC_CONTENT_DIR points elsewhere (used by tests with broken fixtures). */
export function contentDir(): string {
	return process.env['HC_CONTENT_DIR'] ?? './content';
}
