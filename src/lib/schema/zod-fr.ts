/**
 * Zod configured once with French messages, so every error a user or an editor sees is in French.
 * Import `z` from here in src/lib (never from 'zod' or 'astro/zod' directly) to be sure the locale
 * is set.
 *
 * Why zod/mini: the schemas run in the browser at every keystroke of the assistant, and zod's
 * classic API (one class with every method, JSON Schema conversion and the English locale built
 * in) weighs 26 kB gzip against about 11 kB for the same schemas written with the functions of
 * zod/mini (`z.optional(x)`, `x.check(z.minLength(1))`). Both share zod's core, so the Astro
 * collections accept these schemas as they are. Only the French locale is imported: `z.locales`
 * would pull every language into the bundle. An explicit `config` wins over the English default
 * that zod's classic API (loaded by Astro itself at build time) registers.
 */
import * as z from 'zod/mini';
import fr from 'zod/v4/locales/fr.js';

// `jitless`: zod would otherwise probe `new Function` to compile validators, which the site's
// Content-Security-Policy (no 'unsafe-eval') blocks and reports as a violation.
z.config({ ...fr(), jitless: true });

export { z };
