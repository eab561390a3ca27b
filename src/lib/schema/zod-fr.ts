/**
 * Zod configured once with French messages, so every error a user or an editor sees is in French.
 * Import `z` from here in src/lib (not from 'astro/zod' directly) to be sure the locale is set.
 */
import { z } from 'astro/zod';

z.config(z.locales.fr());

export { z };
