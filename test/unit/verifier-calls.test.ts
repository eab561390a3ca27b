// The page's calls to the vérificateur's worker: an answer resolves its call, a silent worker is
// stopped at the time limit and replaced by a fresh one on the next call.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerCalls } from '../../src/elements/verifier-calls';

/** A stand-in for a Worker: answers after `delay` ms, or never when `delay` is null. */
function fakeWorkers(delay: number | null) {
	const made: { terminated: boolean }[] = [];
	class FakeWorker extends EventTarget {
		terminated = false;
		constructor() {
			super();
			made.push(this);
		}
		postMessage(message: { id: number; kind: string }) {
			if (delay === null) return;
			setTimeout(() => {
				const event = new MessageEvent('message', {
					data: { id: message.id, kind: 'check', report: { citations: [] } },
				});
				this.dispatchEvent(event);
			}, delay);
		}
		terminate() {
			this.terminated = true;
		}
	}
	vi.stubGlobal('Worker', FakeWorker);
	return made;
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

describe('createWorkerCalls', () => {
	it('resolves with the answer that carries the call’s id', async () => {
		const made = fakeWorkers(5);
		const { call } = createWorkerCalls(1_000);
		await expect(call({ kind: 'check', text: 'x', legal: [] })).resolves.toMatchObject({
			kind: 'check',
		});
		expect(made).toHaveLength(1);
		expect(made[0]?.terminated).toBe(false);
	});

	it('stops a worker that does not answer in time, and starts a fresh one next time', async () => {
		vi.useFakeTimers();
		const made = fakeWorkers(null);
		const { call } = createWorkerCalls(1_000);
		const first = call({ kind: 'check', text: 'x', legal: [] });
		const rejected = expect(first).rejects.toMatchObject({ failure: 'timeout' });
		await vi.advanceTimersByTimeAsync(1_001);
		await rejected;
		expect(made[0]?.terminated).toBe(true);
		const second = call({ kind: 'check', text: 'y', legal: [] });
		const again = expect(second).rejects.toMatchObject({ failure: 'timeout' });
		expect(made).toHaveLength(2);
		await vi.advanceTimersByTimeAsync(1_001);
		await again;
	});
});
