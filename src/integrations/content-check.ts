/**
 * Astro integration that validates content/ (schemas and cross-references) before the build, so a
 * bad entry fails `npm run build` with one line per problem naming the file and the field.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { loadCatalogue } from '../cli/load-catalogue';
import { formatProblem } from '../lib/catalogue/types';
import { contentDir } from './content-dir';

/** Fails the build when content/ has a schema error or a dangling reference. */
export function contentCheck(): AstroIntegration {
	return {
		name: 'habilitation-ccas:content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const { problems } = loadCatalogue(resolve(contentDir()));
				if (problems.length === 0) return;
				const lines = problems.map(formatProblem);
				for (const line of lines) logger.error(line);
				throw new Error(
					`Contenu invalide (${problems.length} problème${problems.length > 1 ? 's' : ''}) :\n${lines.join('\n')}`,
				);
			},
		},
	};
}
