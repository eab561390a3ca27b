// src/lib is one-way: no import circle, and nothing under it reaches the browser code or the pages.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
	});
}

/** Relative specifiers of a module's static and dynamic imports and re-exports (types included). */
export function importSpecifiers(source: string): string[] {
	const found = [
		...source.matchAll(/\b(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g),
		...source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g),
		...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
	];
	return found.map((match) => match[1] ?? '').filter((spec) => spec.startsWith('.'));
}

/** The file a relative specifier names (`./x` → `./x.ts` or `./x/index.ts`). */
function resolveImport(from: string, spec: string): string {
	const base = resolve(dirname(from), spec);
	for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')])
		if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	return base;
}

/** One import circle of a graph (as a list of nodes), or undefined when there is none. */
export function findCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | undefined {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (node: string): string[] | undefined => {
		state.set(node, 'open');
		stack.push(node);
		for (const next of graph.get(node) ?? []) {
			if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
			if (!state.has(next)) {
				const cycle = visit(next);
				if (cycle) return cycle;
			}
		}
		stack.pop();
		state.set(node, 'done');
		return undefined;
	};
	for (const node of graph.keys()) {
		if (state.has(node)) continue;
		const cycle = visit(node);
		if (cycle) return cycle;
	}
	return undefined;
}

const root = resolve('src/lib');
const graph = new Map(
	files(root).map((file) => [
		file,
		importSpecifiers(readFileSync(file, 'utf8')).map((spec) => resolveImport(file, spec)),
	]),
);

describe('imports under src/lib', () => {
	it('finds a planted circle and reads every kind of import (the check can fail)', () => {
		expect(
			findCycle(
				new Map([
					['a', ['b']],
					['b', ['c']],
					['c', ['a']],
				]),
			),
		).toEqual(['a', 'b', 'c', 'a']);
		expect(
			findCycle(
				new Map([
					['a', ['b']],
					['b', []],
				]),
			),
		).toBeUndefined();
		expect(
			importSpecifiers(
				"import type { A } from './a';\nexport { b } from '../b';\nconst c = await import('./c');\nimport './d';",
			).sort(),
		).toEqual(['../b', './a', './c', './d']);
	});

	it('has no import circle', () => {
		const cycle = findCycle(graph);
		expect(cycle?.map((file) => relative(root, file))).toBeUndefined();
	});

	it('never imports the browser code, the pages or the components', () => {
		const outside = [...graph].flatMap(([file, targets]) =>
			targets
				.filter((target) =>
					/[\\/]src[\\/](elements|pages|components|layouts|scripts)[\\/]/.test(target),
				)
				.map((target) => `${relative(root, file)} → ${relative(resolve('.'), target)}`),
		);
		expect(outside).toEqual([]);
	});
});
