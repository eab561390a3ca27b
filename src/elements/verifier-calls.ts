/**
 * The page's side of the vérificateur's worker (verifier-worker.ts): one request at a time, each
 * bounded in time; a worker that does not answer in time is stopped and a fresh one started next time.
 */
import type { VerifierAnswer } from './verifier-worker';

/** How long a read or a check may take before the worker is stopped (milliseconds). */
export const TIME_LIMIT_MS = 30_000;

/** Why a call gave no answer. */
export type CallFailure = 'timeout' | 'failed';

/** The rejection of a call: an Error (so stacks and `instanceof` work) carrying why it failed. */
export class CallError extends Error {
	/** Builds the error for one failure. */
	constructor(readonly failure: CallFailure) {
		super(`vérificateur : ${failure}`);
		this.name = 'CallError';
	}
}

/** A request without its id (added here). */
type Request =
	| { kind: 'read'; bytes: Uint8Array; name: string }
	| { kind: 'check'; text: string; legal: unknown[] };

/** Sends requests to the worker, started on first use. */
export function createWorkerCalls(limit = TIME_LIMIT_MS) {
	let worker: Worker | undefined;
	let next = 1;
	const start = () =>
		(worker ??= new Worker(new URL('./verifier-worker.ts', import.meta.url), { type: 'module' }));

	/** Sends one request; resolves with the worker's answer, or rejects with a CallError. */
	const call = (request: Request): Promise<VerifierAnswer> =>
		new Promise((resolve, reject) => {
			let running: Worker;
			try {
				running = start();
			} catch {
				reject(new CallError('failed'));
				return;
			}
			const id = next++;
			const stop = (failure: CallFailure) => {
				running.terminate();
				if (worker === running) worker = undefined;
				reject(new CallError(failure));
			};
			const timer = setTimeout(() => stop('timeout'), limit);
			const done = () => {
				clearTimeout(timer);
				running.removeEventListener('message', onMessage);
				running.removeEventListener('error', onError);
			};
			const onMessage = (event: MessageEvent<VerifierAnswer>) => {
				if (event.data?.id !== id) return;
				done();
				resolve(event.data);
			};
			const onError = () => {
				done();
				stop('failed');
			};
			running.addEventListener('message', onMessage);
			running.addEventListener('error', onError);
			const transfer = request.kind === 'read' ? [request.bytes.buffer] : [];
			running.postMessage({ ...request, id }, transfer);
		});
	return { call };
}
