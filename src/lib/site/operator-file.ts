/**
 * Reads the operator settings at build time (Node only: pages' front matter and the build, never
 * the browser). A broken `operator.json` stops the build with a French message naming the setting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { operatorSettings, type OperatorSettings } from './operator';

let cached: OperatorSettings | undefined;

/** The settings of this build: `operator.json` at the project root, then the environment. */
export function loadOperator(root = process.cwd()): OperatorSettings {
	if (cached && root === process.cwd()) return cached;
	let file: unknown = {};
	try {
		file = JSON.parse(readFileSync(join(root, 'operator.json'), 'utf8'));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
			throw new Error(`operator.json illisible : ${(error as Error).message}`);
	}
	const result = operatorSettings(file, process.env);
	if (!result.ok) throw new Error(result.message);
	if (root === process.cwd()) cached = result.settings;
	return result.settings;
}
