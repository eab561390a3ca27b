/**
 * The document worker: builds the pack's ZIP or one document's file off the page's thread, so the
 * page never freezes while pdf-lib and docx lay out a dozen documents. It posts a progress message
 * before each file, then the result, whose bytes are transferred (not copied). The dossier comes
 * by postMessage and goes nowhere else; the fonts are fetched from the site, once per worker.
 */
import * as z from 'zod/mini';
import {
	generate,
	type GenerateProgress,
	type GenerateRequest,
	type GenerateResult,
} from './document-generate';
import { pdfFonts } from './pdf-fonts';

/** Only the envelope is checked here: the page built the request from a dossier it validated. */
const envelope = z.object({
	id: z.number(),
	request: z.object({ kind: z.enum(['pack', 'file']) }),
});

/** What the worker posts back: progress first, then one result (or the error's message). */
export type DocumentWorkerMessage =
	| { id: number; type: 'progress'; progress: GenerateProgress }
	| { id: number; type: 'result'; result: GenerateResult }
	| { id: number; type: 'error'; message: string };

const scope = globalThis as unknown as {
	onmessage: ((event: MessageEvent) => void) | null;
	postMessage(message: DocumentWorkerMessage, transfer?: Transferable[]): void;
};

scope.onmessage = (event: MessageEvent) => {
	const parsed = envelope.safeParse(event.data);
	if (!parsed.success) {
		const id = (event.data as { id?: unknown } | null)?.id;
		scope.postMessage({
			id: typeof id === 'number' ? id : -1,
			type: 'error',
			message: 'demande de document illisible',
		});
		return;
	}
	const { id } = parsed.data;
	const request = (event.data as { request: GenerateRequest }).request;
	generate(request, {
		fonts: pdfFonts,
		onProgress: (progress) => scope.postMessage({ id, type: 'progress', progress }),
	}).then(
		(result) =>
			scope.postMessage(
				{ id, type: 'result', result },
				result.ok ? [result.bytes.buffer as ArrayBuffer] : [],
			),
		(error: unknown) =>
			scope.postMessage({
				id,
				type: 'error',
				message: error instanceof Error ? error.message : String(error),
			}),
	);
};
