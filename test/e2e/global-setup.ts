/** Serves dist/ with `astro preview` on a free port for the whole e2e run. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolve(address.port)
					: reject(new Error('no port')),
			);
		});
	});
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
	const start = Date.now();
	while (Date.now() - start < timeoutMs) {
		if (child.exitCode !== null)
			throw new Error(`astro preview s’est arrêté (code ${child.exitCode})`);
		try {
			const response = await fetch(url);
			if (response.ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`astro preview ne répond pas sur ${url}`);
}

let child: ChildProcess | undefined;

export default async function setup(project: TestProject): Promise<() => void> {
	if (!existsSync('dist/index.html'))
		throw new Error('dist/ est absent : lancez `npm run build` avant les tests e2e.');
	const port = await freePort();
	child = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)],
		{
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		},
	);
	const baseUrl = `http://127.0.0.1:${port}`;
	await waitFor(`${baseUrl}/`, child);
	project.provide('baseUrl', baseUrl);
	return () => {
		child?.kill();
	};
}
