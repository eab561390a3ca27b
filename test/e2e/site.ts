/** Reads the built site's sitemap and turns its URLs into paths served by the preview. */

/** Every path listed by the sitemap index and its sitemaps, sorted. */
export async function sitemapPaths(baseUrl: string): Promise<string[]> {
	const index = await (await fetch(`${baseUrl}/sitemap-index.xml`)).text();
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		(m) => new URL(m[1] ?? '').pathname,
	);
	const paths: string[] = [];
	for (const sitemap of sitemaps) {
		const xml = await (await fetch(`${baseUrl}${sitemap}`)).text();
		paths.push(
			...[...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname),
		);
	}
	return paths.sort();
}
