/**
 * Reads content/ from disk with the same schemas as the Astro collections, for the build check
 * (astro.config.mjs), the CLI and the tests. Node only.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { aid, criterion, dataItem, editor, guide, legalArticle } from '../lib/schema/catalogue';
import { checkCrossReferences } from '../lib/catalogue/crossref';
import {
	collectionNames,
	type Catalogue,
	type CollectionName,
	type ContentProblem,
} from '../lib/catalogue/types';
import { fieldProblems } from '../lib/zod-issues';

const schemas = {
	legal: legalArticle,
	data: dataItem,
	criteria: criterion,
	aids: aid,
	editors: editor,
	guides: guide,
} as const;

/** The result of loading content/: the catalogue and every problem found (empty when valid). */
export interface LoadResult {
	catalogue: Catalogue;
	problems: ContentProblem[];
}

/** Extracts the YAML front matter of an MDX file (empty object when there is none). */
function frontMatter(source: string): unknown {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
	return match ? parseYaml(match[1] ?? '') : {};
}

/** Loads and validates every collection under `contentDir`; `root` is used to name files in messages. */
export function loadCatalogue(contentDir: string, root = process.cwd()): LoadResult {
	const problems: ContentProblem[] = [];
	const files = new Map<string, string>();
	const catalogue = Object.fromEntries(
		collectionNames.map((name) => [name, []]),
	) as unknown as Catalogue;

	for (const name of collectionNames) {
		const dir = join(contentDir, name);
		if (!existsSync(dir)) continue;
		const extensions = name === 'guides' ? ['.mdx'] : ['.yaml', '.yml'];
		for (const fileName of readdirSync(dir).sort()) {
			if (!extensions.includes(extname(fileName))) continue;
			const path = join(dir, fileName);
			const file = relative(root, path);
			const id = basename(fileName, extname(fileName));
			files.set(`${name}/${id}`, file);
			let raw: unknown;
			try {
				const source = readFileSync(path, 'utf8');
				raw = name === 'guides' ? frontMatter(source) : parseYaml(source);
			} catch (error) {
				problems.push({
					file,
					field: '',
					message: `Fichier illisible (YAML invalide) : ${(error as Error).message}`,
				});
				continue;
			}
			const result = schemas[name].safeParse(raw);
			if (!result.success) {
				for (const problem of fieldProblems(result.error))
					problems.push({ file, field: problem.path, message: problem.message });
				continue;
			}
			(catalogue[name] as { id: string }[]).push({ ...result.data, id });
		}
	}
	const fileOf = (collection: CollectionName, id: string) =>
		files.get(`${collection}/${id}`) ?? `content/${collection}/${id}`;
	problems.push(...checkCrossReferences(catalogue, fileOf));
	return { catalogue, problems };
}
