// DSFR classes live only in src/layouts and src/components, so a non-State deployment can swap the theme.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : [path];
	});
}

/** Finds `fr-` class names used in class attributes or class lists. */
export function dsfrClasses(source: string): string[] {
	const found =
		source.match(/(?:class(?:Name|:list)?=|classList\.\w+\()[^>\n]*?\bfr-[a-z][\w-]*/g) ?? [];
	return found.map((match) => /\bfr-[a-z][\w-]*/.exec(match)?.[0] ?? '');
}

describe('DSFR boundary', () => {
	it('detects a DSFR class (the check can fail)', () => {
		expect(dsfrClasses('<p class="fr-badge">x</p>')).toEqual(['fr-badge']);
		expect(dsfrClasses('<p class="intro">x</p>')).toEqual([]);
	});

	it.each(['src/pages', 'src/lib', 'content', 'templates'])('%s uses no DSFR class', (dir) => {
		const offenders = files(dir)
			.filter((path) => /\.(astro|ts|mdx|md|yaml|html)$/.test(path))
			.flatMap((path) => dsfrClasses(readFileSync(path, 'utf8')).map((cls) => `${path}: ${cls}`));
		expect(offenders).toEqual([]);
	});
});
