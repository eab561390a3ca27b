/** Serves dist/ with `astro preview` on a free port: used by the e2e global setup and by `npm run bench`. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A port nobody listens on, chosen by the system. */
export function freePort(): Promise<number> {
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

/** A running preview: its address and how to stop it. */
export interface Preview {
	baseUrl: string;
	stop: () => void;
}

/** Starts `astro preview` on dist/ (which must exist) and waits until it answers. */
export async function startPreview(): Promise<Preview> {
	if (!existsSync('dist/index.html'))
		throw new Error('dist/ est absent : lancez `npm run build` avant.');
	// --ignore-lock: each run picks its own port, and a lock left by a killed run must not block the next one.
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[
			'node_modules/astro/bin/astro.mjs',
			'preview',
			'--ignore-lock',
			'--host',
			'127.0.0.1',
			'--port',
			String(port),
		],
		{
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		},
	);
	const baseUrl = `http://127.0.0.1:${port}`;
	try {
		await waitFor(`${baseUrl}/`, child);
	} catch (error) {
		child.kill();
		throw error;
	}
	return { baseUrl, stop: () => void child.kill() };
}
