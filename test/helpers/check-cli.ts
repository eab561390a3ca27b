/** Runs `check` as a user would, through tsx, from the project root. */
import { spawnSync } from 'node:child_process';

/** What a run of the command gave. */
export interface CheckRun {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs `npm run cli -- check …args` (without npm) and returns its exit code and output. */
export function checkCli(...args: string[]): CheckRun {
	const result = spawnSync(
		process.execPath,
		['node_modules/.bin/tsx', 'src/cli/index.ts', 'check', ...args],
		{ encoding: 'utf8', timeout: 60_000 },
	);
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
