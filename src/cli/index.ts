/**
 * Command-line entry for integrators and tests: `npm run cli -- <command> [args]`.
 * Each command is a thin wrapper over src/lib; exit codes: 0 ok, 1 invalid input, 2 unreadable file.
 */
import { resolve } from 'node:path';
import { loadCatalogue } from './load-catalogue';
import { formatProblem, type Catalogue } from '../lib/catalogue/types';
import type { Dossier } from '../lib/schema/dossier';
import { readDossierFile } from './read-dossier';
import { minimise } from '../lib/minimise';
import { nodeFonts, readPackTemplates } from './templates';
import { writeDeliberation } from './deliberation';
import { writePack } from './pack';
import { checkFile } from './check';

const usage = `Usage : npm run cli -- <commande>
  content                  vérifie les fichiers de content/ (schémas et renvois)
  minimise <dossier.json>  affiche en JSON les données strictement nécessaires et les constats
  deliberation <dossier.json> <dossier-de-sortie> [--projet]
                           écrit 02-deliberation.docx et 02-deliberation.pdf ; avec --projet,
                           le projet joint à la convocation (00-projet-de-deliberation.*) et,
                           à partir de 3 500 habitants, le rapport explicatif (00-rapport-explicatif.*)
  pack <dossier.json> <dossier-de-sortie>
                           écrit le dossier complet pour DataPass (ZIP et fichiers)
                           (code 0 écrit, 1 dossier incomplet, 2 fichier illisible)
  check <fichier.txt|fichier.docx|fichier.pdf> [--json]
                           vérifie les références juridiques d’une délibération et qui y décide (délégations, aides légales)
                           (code 0 sans erreur, 1 avec erreur, 2 fichier illisible)`;

/**
 * Shared steps of the dossier commands: read and validate the dossier (args[1]), require the output
 * folder (args[2]) when asked, load the catalogue (refusing to work on invalid content), then run.
 */
async function withDossier(
	args: string[],
	needsOutDir: boolean,
	action: (dossier: Dossier, catalogue: Catalogue, outDir: string) => number | Promise<number>,
): Promise<number> {
	const read = readDossierFile(args[1]);
	if (!read.ok) return read.exitCode;
	const outDir = args[2] ?? '';
	if (needsOutDir && !outDir) {
		console.error('Indiquez le dossier de sortie.');
		return 2;
	}
	const { catalogue, problems } = loadCatalogue(resolve('content'));
	if (problems.length > 0) {
		for (const problem of problems) console.error(formatProblem(problem));
		return 2;
	}
	return action(read.dossier, catalogue, outDir);
}

/** Runs one command and returns the process exit code. */
export async function run(args: string[]): Promise<number> {
	const [command] = args;
	switch (command) {
		case 'content': {
			const { problems, catalogue } = loadCatalogue(
				resolve(process.env['HC_CONTENT_DIR'] ?? 'content'),
			);
			if (problems.length > 0) {
				for (const problem of problems) console.error(formatProblem(problem));
				return 1;
			}
			const counts = Object.entries(catalogue).map(
				([name, list]) => `${name} ${(list as readonly unknown[]).length}`,
			);
			console.log(`Contenu valide : ${counts.join(', ')}.`);
			return 0;
		}
		case 'minimise':
			return withDossier(args, false, (dossier, catalogue) => {
				console.log(JSON.stringify(minimise(dossier, catalogue), null, 2));
				return 0;
			});
		case 'deliberation': {
			const projet = args.includes('--projet');
			return withDossier(
				args.filter((arg) => arg !== '--projet'),
				true,
				async (dossier, catalogue, outDir) =>
					writeDeliberation(dossier, catalogue, readPackTemplates(), await nodeFonts(), outDir, {
						projet,
					}),
			);
		}
		case 'pack':
			return withDossier(args, true, async (dossier, catalogue, outDir) =>
				writePack(dossier, catalogue, readPackTemplates(), await nodeFonts(), outDir),
			);
		case 'check':
			return checkFile(args.slice(1));
		default:
			console.error(usage);
			return command ? 1 : 0;
	}
}

process.exitCode = await run(process.argv.slice(2));
