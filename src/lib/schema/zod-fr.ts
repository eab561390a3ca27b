/**
 * Zod configured once with French messages, so every error a user or an editor sees is in French.
 * Import `z` from here in src/lib (not from 'astro/zod' directly) to be sure the locale is set.
 * Only the French locale is imported (`z.locales` would pull every language into the browser bundle);
 * `zod` is the same single copy Astro depends on and re-exports as `astro/zod`.
 */
import { z } from 'astro/zod';
import fr from 'zod/v4/locales/fr.js';

// `jitless`: zod would otherwise probe `new Function` to compile validators, which the site's
// Content-Security-Policy (no 'unsafe-eval') blocks and reports as a violation.
z.config({ ...fr(), jitless: true });

export { z };
