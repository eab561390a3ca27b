/** Copies content/ to a temporary folder so a test can break one entry without touching the real one. */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** A throwaway copy of content/ with helpers to edit one YAML entry. */
export interface ContentFixture {
	dir: string;
	/** Rewrites `collection/id.yaml` through `edit`, which receives the parsed entry. */
	editEntry(collection: string, id: string, edit: (entry: Record<string, unknown>) => void): string;
	/** Removes the copy. */
	cleanup(): void;
}

/** Makes a fresh copy of the project's content/ folder. */
export function contentFixture(): ContentFixture {
	// Inside the project (git-ignored): Astro's content layer writes module paths relative to the
	// project, and a copy under the system's /tmp can resolve to the wrong folder.
	mkdirSync('.tmp', { recursive: true });
	const dir = mkdtempSync(join('.tmp', 'hc-content-'));
	cpSync('content', dir, { recursive: true });
	return {
		dir,
		editEntry(collection, id, edit) {
			const path = join(dir, collection, `${id}.yaml`);
			const entry = parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
			edit(entry);
			writeFileSync(path, stringify(entry));
			return path;
		},
		cleanup() {
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
