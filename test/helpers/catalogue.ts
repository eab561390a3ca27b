/** The project's real catalogue, loaded once per test file (fails loudly if content/ is invalid). */
import { loadCatalogue } from '../../src/cli/load-catalogue';
import { formatProblem, type Catalogue } from '../../src/lib/catalogue/types';
import { readFileSync } from 'node:fs';
import { parseDossierJson } from '../../src/lib/dossier/parse';
import type { Dossier } from '../../src/lib/schema/dossier';

/** Loads content/ and throws with every problem if it is invalid. */
export function realCatalogue(): Catalogue {
	const { catalogue, problems } = loadCatalogue('content');
	if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
	return catalogue;
}

/** The example dossier of examples/, validated. */
export function exampleDossier(): Dossier {
	const parsed = parseDossierJson(readFileSync('examples/ccas-villebourg.json', 'utf8'));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.dossier;
}
