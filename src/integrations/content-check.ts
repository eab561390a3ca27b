/**
 * Astro integration that validates content/ (schemas and cross-references) and templates/ (placeholders,
 * citations) before the build, so a bad entry fails `npm run build` with one line per problem naming the file and the field.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { loadCatalogue } from '../cli/load-catalogue';
import { formatProblem } from '../lib/catalogue/types';
import { contentDir } from './content-dir';
import { checkTemplates } from '../cli/templates';

/** Fails the build when content/ has a schema error or a dangling reference, or a template an unknown name. */
export function contentCheck(): AstroIntegration {
	return {
		name: 'habilitation-ccas:content-check',
		hooks: {
			'astro:config:setup': ({ logger }) => {
				const { problems, catalogue } = loadCatalogue(resolve(contentDir()));
				// Templates are checked against the same corpus: an unknown placeholder or citation fails the build.
				const lines = [
					...problems.map(formatProblem),
					...checkTemplates(catalogue, process.env['HC_TEMPLATES_ROOT'] ?? '.'),
				];
				if (lines.length === 0) return;
				for (const line of lines) logger.error(line);
				throw new Error(
					`Contenu invalide (${lines.length} problème${lines.length > 1 ? 's' : ''}) :\n${lines.join('\n')}`,
				);
			},
		},
	};
}
