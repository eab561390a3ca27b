/**
 * A PostCSS plugin that trims the DSFR's CSS of what this site never uses, to keep content pages
 * within their CSS budget (bench/budgets.json):
 * - selectors naming a `fr-` class that no source file mentions (spacing and grid utilities, button
 *   and icon variants, artworks…). Classes our scripts build from a prefix (`fr-alert--${tone}`) are
 *   kept by prefix; the components driven by the DSFR's own scripts (collapse, modal, navigation,
 *   header) are never trimmed, since those scripts compose their state classes at run time;
 * - the dark theme: the site pins `data-fr-scheme="light"` and offers no theme switch.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AtRule, Plugin, Rule } from 'postcss';

/** Families whose classes the DSFR's scripts add at run time: never trimmed. */
const PROTECTED = [
	'fr-collaps',
	'fr-modal',
	'fr-nav',
	'fr-menu',
	'fr-mega-menu',
	'fr-header',
	'fr-btn',
	'fr-search',
	'fr-js',
	'fr-no-',
];

/** The classes (and class prefixes, ending with « - ») mentioned in the given folders' source files. */
export interface UsedClasses {
	names: Set<string>;
	prefixes: string[];
}

/** Scans source files for `fr-…` class names; a name cut by `${…}` becomes a prefix. */
export function usedDsfrClasses(folders: string[]): UsedClasses {
	const names = new Set<string>();
	const visit = (path: string) => {
		const stat = statSync(path, { throwIfNoEntry: false });
		if (!stat) return;
		if (stat.isDirectory()) return readdirSync(path).forEach((name) => visit(join(path, name)));
		if (!/\.(astro|ts|mdx|md|html)$/.test(path)) return;
		for (const match of readFileSync(path, 'utf8').matchAll(/fr-[a-z0-9_-]+/g)) names.add(match[0]);
	};
	folders.forEach(visit);
	return { names, prefixes: [...names].filter((name) => name.endsWith('-')) };
}

/** True when a class is used, protected, or built from a used prefix. */
function isKept(name: string, used: UsedClasses): boolean {
	return (
		used.names.has(name) ||
		PROTECTED.some((p) => name.startsWith(p)) ||
		used.prefixes.some((p) => name.startsWith(p))
	);
}

const DARK = /data-fr-theme=["']?dark/;

/** True for a rule inside a dark-scheme media query. */
function inDarkMedia(rule: Rule): boolean {
	let parent = rule.parent;
	while (parent && parent.type === 'atrule') {
		if (/prefers-color-scheme:\s*dark/.test((parent as AtRule).params)) return true;
		parent = parent.parent;
	}
	return false;
}

/** The PostCSS plugin; `used` comes from usedDsfrClasses. */
export function dsfrTrim(used: UsedClasses): Plugin {
	return {
		postcssPlugin: 'habilitation-ccas-dsfr-trim',
		Once(root) {
			const file = root.source?.input.file ?? '';
			if (!file.includes('@gouvfr/dsfr')) return;
			root.walkRules((rule) => {
				// Keyframes steps (from, 50%…) are not selectors.
				if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name))
					return;
				if (inDarkMedia(rule)) return void rule.remove();
				const kept = rule.selectors.filter(
					(selector) =>
						!DARK.test(selector) &&
						[...selector.matchAll(/\.(fr-[\w-]+)/g)].every((m) => isKept(m[1] ?? '', used)),
				);
				if (kept.length === 0) rule.remove();
				else if (kept.length !== rule.selectors.length) rule.selectors = kept;
			});
			// At-rules left empty by the removals.
			root.walkAtRules((atRule) => {
				if (atRule.nodes && atRule.nodes.length === 0) atRule.remove();
			});
		},
	};
}
