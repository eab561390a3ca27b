// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { dsfrTrim, usedDsfrClasses } from './src/integrations/dsfr-trim.ts';
import { cspHeaders } from './src/integrations/csp-headers.ts';

/**
 * pdf-lib bundles the metrics of the 14 standard PDF fonts (@pdf-lib/standard-fonts, ≈ 109 kB)
 * that the site never uses: every PDF embeds DejaVu Sans. In the browser build (the page and its
 * workers, not the server build) they are replaced by a stub that keeps the font names only.
 * @returns {import('vite').Plugin}
 */
function withoutStandardFonts() {
	const stub = fileURLToPath(new URL('./src/elements/pdf-standard-fonts-stub.ts', import.meta.url));
	return {
		name: 'hc-without-standard-fonts',
		enforce: 'pre',
		resolveId(source, _importer, options) {
			return source === '@pdf-lib/standard-fonts' && !options?.ssr ? stub : undefined;
		},
	};
}

// The public address is set at deployment; the default keeps local builds self-contained.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [contentCheck(), mdx(), sitemap(), cspHeaders()],
	// No telemetry, no prefetch to other origins: nothing leaves the user's browser.
	prefetch: false,
	// Shiki colours code with inline style attributes, which the CSP below refuses: a code block in
	// a guide stays plain <pre><code>, styled by the DSFR.
	markdown: { syntaxHighlight: false },
	devToolbar: { enabled: false },
	// Content-Security-Policy: Astro adds a <meta http-equiv> to every page with the hashes of its
	// scripts and styles (no 'unsafe-inline', no eval); src/integrations/csp-headers.ts copies each
	// page's policy into dist/_headers, with what a <meta> cannot carry (frame-ancestors…).
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
		},
	},
	vite: {
		plugins: [withoutStandardFonts()],
		// The vérificateur's worker imports pdf.js only when a PDF is chosen, the document worker
		// docx and pdf-lib only when a file is asked for: a module worker can split its code that
		// way, the default (iife) cannot. Worker bundles have their own plugins.
		worker: { format: 'es', plugins: () => [withoutStandardFonts()] },
		css: {
			// Keeps content pages within their CSS budget: see src/integrations/dsfr-trim.ts.
			postcss: { plugins: [dsfrTrim(usedDsfrClasses(['src', 'content']))] },
		},
	},
});
