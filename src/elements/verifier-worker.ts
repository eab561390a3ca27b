/**
 * The vérificateur's Web Worker: reads a chosen file (TXT, DOCX, and PDF through pdf.js, imported
 * only for a PDF) and runs the citation checker, so that a huge or hostile file never freezes the
 * page. Messages are checked with zod/mini on the way in; the page bounds the time (verifier-calls.ts).
 */
import * as z from 'zod/mini';
import type { Catalogue } from '../lib/catalogue/types';
import { checkCitations } from '../lib/citations';
import { MAX_TEXT_LENGTH } from '../lib/citations/limits';
import { readAnyFileText, type PdfJs } from '../lib/pdf-text-read';

const request = z.discriminatedUnion('kind', [
	z.object({
		id: z.number(),
		kind: z.literal('read'),
		bytes: z.instanceof(Uint8Array),
		name: z.string(),
	}),
	z.object({
		id: z.number(),
		kind: z.literal('check'),
		text: z.string(),
		legal: z.array(z.unknown()),
	}),
]);

/** What the worker answers to a request. */
export type VerifierAnswer =
	| { id: number; kind: 'read'; ok: true; text: string; cut: boolean }
	| { id: number; kind: 'read'; ok: false; message: string }
	| { id: number; kind: 'check'; report: ReturnType<typeof checkCitations> }
	| { id: number; kind: 'invalid' };

// pdf.js runs its parser in this worker (its « fake worker »): the page stays free anyway, and no
// second worker or extra origin is needed under the site's CSP.
async function loadPdfJs(): Promise<PdfJs> {
	const [pdfjs, parser] = await Promise.all([
		import('pdfjs-dist'),
		import('pdfjs-dist/build/pdf.worker.mjs'),
	]);
	(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = parser;
	return pdfjs as unknown as PdfJs;
}

const scope = globalThis as unknown as {
	onmessage: ((event: MessageEvent) => void) | null;
	postMessage(message: VerifierAnswer): void;
};

scope.onmessage = (event: MessageEvent) => {
	const parsed = request.safeParse(event.data);
	if (!parsed.success) {
		const id = (event.data as { id?: unknown } | null)?.id;
		scope.postMessage({ id: typeof id === 'number' ? id : -1, kind: 'invalid' });
		return;
	}
	const message = parsed.data;
	if (message.kind === 'check') {
		const legal = message.legal as Catalogue['legal'];
		scope.postMessage({
			id: message.id,
			kind: 'check',
			report: checkCitations(message.text, { legal }),
		});
		return;
	}
	void readAnyFileText(message.bytes, message.name, loadPdfJs).then((read) => {
		if (!read.ok) {
			scope.postMessage({ id: message.id, kind: 'read', ok: false, message: read.message });
			return;
		}
		// Runs of empty lines shrink to one (a text area lays out a million empty lines for
		// seconds), and at most what the checker reads goes back to the page.
		const compact = read.text.replace(/(?:[ \t]*\n){3,}/g, '\n\n');
		const cut = compact.length > MAX_TEXT_LENGTH;
		const text = cut ? compact.slice(0, MAX_TEXT_LENGTH) : compact;
		scope.postMessage({ id: message.id, kind: 'read', ok: true, text, cut });
	});
};
