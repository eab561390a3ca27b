// DSFR classes live only in src/layouts and src/components, so a non-State deployment can swap the
// theme: every other folder of the project is scanned (engine, browser code, pages, content, templates).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', 'components', 'layouts', 'fonts']);

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (!statSync(path).isDirectory()) return [path];
		return SKIP.has(name) ? [] : files(path);
	});
}

/**
 * `fr-` class names used in markup (`class="fr-btn"`, `className=`, `class:list=`), in DOM calls
 * (`classList.add('fr-…')`) and in attribute objects (`{ class: 'fr-…' }`, `'class': "fr-…"`).
 */
export function dsfrClasses(source: string): string[] {
	const patterns = [
		/(?:class(?:Name|:list)?=|classList\.\w+\()[^>\n]*?\bfr-[a-z][\w-]*/g,
		/['"]?\bclass(?:Name)?['"]?\s*:\s*[`'"][^`'"\n]*?\bfr-[a-z][\w-]*/g,
	];
	return patterns.flatMap((pattern) =>
		(source.match(pattern) ?? []).map((match) => /\bfr-[a-z][\w-]*/.exec(match)?.[0] ?? ''),
	);
}

const scanned = ['src', 'content', 'templates', 'public', 'bench', 'examples'].flatMap((dir) =>
	files(dir).filter((path) => /\.(astro|ts|mjs|js|mdx|md|yaml|json|html)$/.test(path)),
);

describe('DSFR boundary', () => {
	it('detects every form of a DSFR class (the check can fail)', () => {
		expect(dsfrClasses('<p class="fr-badge">x</p>')).toEqual(['fr-badge']);
		expect(dsfrClasses("el('p', 'x', { class: 'fr-mb-0' })")).toEqual(['fr-mb-0']);
		expect(dsfrClasses('const a = { "class": "intro fr-text--sm" };')).toEqual(['fr-text--sm']);
		expect(dsfrClasses("node.classList.add('fr-hidden')")).toEqual(['fr-hidden']);
		expect(dsfrClasses('<p class="intro">x</p>')).toEqual([]);
		expect(dsfrClasses("new Intl.NumberFormat('fr-FR')")).toEqual([]);
	});

	it('finds a violation planted in a file of a scanned folder', () => {
		const planted = "export const x = el('div', '', { class: 'fr-alert' });";
		expect(dsfrClasses(planted)).toEqual(['fr-alert']);
		expect(scanned.some((path) => path.startsWith('src/elements/'))).toBe(true);
		expect(scanned.some((path) => path.startsWith('src/lib/'))).toBe(true);
		expect(scanned.some((path) => path.startsWith('src/components/'))).toBe(false);
	});

	it('no file outside src/components and src/layouts uses a DSFR class', () => {
		const offenders = scanned.flatMap((path) =>
			dsfrClasses(readFileSync(path, 'utf8')).map((cls) => `${path}: ${cls}`),
		);
		expect(offenders).toEqual([]);
	});
});
