/**
 * The page's side of the document worker (document-worker.ts): `generateInWorker` sends one request
 * and resolves with the file to save. The worker starts on first use and is kept for the next
 * request (its fonts stay parsed); cancelling terminates it, and the next request starts a new one.
 */
import type { GenerateProgress, GenerateRequest, GenerateResult } from './document-generate';
import type { DocumentWorkerMessage } from './document-worker';

export type { GenerateProgress, GenerateRequest, GenerateResult } from './document-generate';

/** What `generateInWorker` listens to. */
export interface GenerateInWorkerOptions {
	/** Hears, before each file, which document is being built. */
	onProgress?: (progress: GenerateProgress) => void;
	/** Aborting terminates the worker: the promise rejects with a `DOMException` named `AbortError`. */
	signal?: AbortSignal;
}

let worker: Worker | undefined;
let next = 1;

function stop(running: Worker): void {
	running.terminate();
	if (worker === running) worker = undefined;
}

/** True when `error` is the rejection of a cancelled request. */
export function isCancelled(error: unknown): boolean {
	return error instanceof DOMException && error.name === 'AbortError';
}

/** Builds the pack's ZIP or one document's file in the worker; rejects on failure or cancel. */
export function generateInWorker(
	request: GenerateRequest,
	{ onProgress, signal }: GenerateInWorkerOptions = {},
): Promise<GenerateResult> {
	return new Promise((resolve, reject) => {
		const cancelled = () => new DOMException('Génération annulée', 'AbortError');
		if (signal?.aborted) {
			reject(cancelled());
			return;
		}
		let running: Worker;
		try {
			running = worker ??= new Worker(new URL('./document-worker.ts', import.meta.url), {
				type: 'module',
			});
		} catch (error) {
			reject(error instanceof Error ? error : new Error(String(error)));
			return;
		}
		const id = next++;
		const done = () => {
			running.removeEventListener('message', onMessage);
			running.removeEventListener('error', onError);
			signal?.removeEventListener('abort', onAbort);
		};
		const onMessage = (event: MessageEvent<DocumentWorkerMessage>) => {
			const message = event.data;
			if (message.id !== id) return;
			if (message.type === 'progress') {
				onProgress?.(message.progress);
				return;
			}
			done();
			if (message.type === 'result') resolve(message.result);
			else reject(new Error(message.message));
		};
		const onError = (event: ErrorEvent) => {
			done();
			stop(running);
			reject(new Error(event.message || 'le générateur de documents s’est arrêté'));
		};
		const onAbort = () => {
			done();
			stop(running);
			reject(cancelled());
		};
		running.addEventListener('message', onMessage);
		running.addEventListener('error', onError);
		signal?.addEventListener('abort', onAbort, { once: true });
		running.postMessage({ id, request });
	});
}
