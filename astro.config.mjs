// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { dsfrTrim, usedDsfrClasses } from './src/integrations/dsfr-trim.ts';

// The public address is set at deployment; the default keeps local builds self-contained.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [contentCheck(), mdx(), sitemap()],
	// No telemetry, no prefetch to other origins: nothing leaves the user's browser.
	prefetch: false,
	devToolbar: { enabled: false },
	vite: {
		css: {
			// Keeps content pages within their CSS budget: see src/integrations/dsfr-trim.ts.
			postcss: { plugins: [dsfrTrim(usedDsfrClasses(['src', 'content']))] },
		},
	},
});
