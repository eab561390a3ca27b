/**
 * Measures what a page loads, as a browser does: every response recorded during the page's life,
 * its body gzipped (the size a static host serves with compression), grouped by kind.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** Gzip sizes of one phase of a page's life. */
export interface Weights {
	html: number;
	css: number;
	js: number;
	/** JS served from the DSFR package (its core and component scripts). */
	dsfrJs: number;
	/** JS of the site itself (everything else). */
	siteJs: number;
	/** JSON fetched by scripts (catalogue, document templates, search index): data, not code. */
	data: number;
	other: number;
	/** URLs loaded, for reports. */
	urls: string[];
}

const empty = (): Weights => ({
	html: 0,
	css: 0,
	js: 0,
	dsfrJs: 0,
	siteJs: 0,
	data: 0,
	other: 0,
	urls: [],
});

/** True for the DSFR's bundle: Astro names a script chunk after its component (src/components/DsfrScripts.astro). */
export function isDsfrChunk(url: string): boolean {
	return /\/_astro\/DsfrScripts\.astro_astro_type_script/.test(url);
}

/** Records responses until `stop()`; sizes are gzip sizes of the bodies. */
export function recordWeights(page: Page): { stop: () => Promise<Weights> } {
	const pending: Promise<void>[] = [];
	const weights = empty();
	const onResponse = (response: Response) => {
		pending.push(
			(async () => {
				const url = response.url();
				if (!url.startsWith('http')) return;
				let body: Buffer;
				try {
					body = await response.body();
				} catch {
					return;
				}
				const size = gzipSync(body).length;
				const type = response.headers()['content-type'] ?? '';
				weights.urls.push(url);
				if (type.includes('html')) weights.html += size;
				else if (type.includes('css') || url.endsWith('.css')) weights.css += size;
				else if (type.includes('javascript') || url.endsWith('.js')) {
					weights.js += size;
					if (isDsfrChunk(url)) weights.dsfrJs += size;
					else weights.siteJs += size;
				} else if (type.includes('json') || url.endsWith('.json')) weights.data += size;
				else weights.other += size;
			})(),
		);
	};
	page.on('response', onResponse);
	return {
		stop: async () => {
			page.off('response', onResponse);
			await Promise.all(pending);
			return weights;
		},
	};
}
