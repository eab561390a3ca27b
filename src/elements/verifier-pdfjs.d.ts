/** pdf.js's parser, imported by the vérificateur's worker to run it in place (pdfjs-dist ships no types for it). */
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
	/** The parser's message handler, which pdf.js looks for on `globalThis.pdfjsWorker`. */
	export const WorkerMessageHandler: unknown;
}
