/**
 * What each document of the pack costs to render on its own, fonts and context already there: the
 * evidence for the pack / deliberation ratio. Were the pack's other documents « nearly free », they
 * would cost less than the deliberation for the same number of pages; the table and the fitted cost
 * per page say what they do cost (see README, « Performances »).
 */
import { performance } from 'node:perf_hooks';
import { PDFDocument } from 'pdf-lib';
import type { PreparedPack } from '../src/lib/pack/prepare';
import type { PdfFonts } from '../src/lib/render/fonts';
import { renderDocx } from '../src/lib/render/docx';
import { renderPdf } from '../src/lib/render/pdf';

/** One document: its PDF pages and the median time of each of its files. */
export interface DocumentCost {
	path: string;
	pages?: number;
	pdfMs?: number;
	docxMs?: number;
}

const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	return Math.round((sorted[Math.floor(sorted.length / 2)] ?? 0) * 10) / 10;
};

/** Renders each file of each document `runs` times, one after the other (nothing interleaved). */
export async function documentCosts(
	prepared: PreparedPack,
	fonts: PdfFonts,
	runs = 9,
): Promise<DocumentCost[]> {
	const costs: DocumentCost[] = [];
	for (const part of prepared.parts) {
		if (part.kind !== 'doc') continue;
		const cost: DocumentCost = { path: part.files[0]?.path.replace(/\.\w+$/, '') ?? part.id };
		for (const file of part.files) {
			const times: number[] = [];
			let bytes: Uint8Array = new Uint8Array();
			for (let i = 0; i < runs; i++) {
				const start = performance.now();
				bytes =
					file.format === 'pdf'
						? await renderPdf(part.doc, fonts, { date: new Date(2026, 0, 1, 12) })
						: await renderDocx(part.doc);
				times.push(performance.now() - start);
			}
			if (file.format === 'pdf') {
				cost.pdfMs = median(times);
				cost.pages = (await PDFDocument.load(bytes)).getPageCount();
			} else cost.docxMs = median(times);
		}
		costs.push(cost);
	}
	return costs;
}

/** The PDFs' cost as a fixed part and a part per page (least squares over the pack's PDFs). */
export function pdfCostModel(costs: readonly DocumentCost[]): {
	fixedMs: number;
	perPageMs: number;
} {
	const points = costs.flatMap((cost) =>
		cost.pages === undefined || cost.pdfMs === undefined ? [] : [[cost.pages, cost.pdfMs] as const],
	);
	const n = points.length;
	const mean = (pick: (point: readonly [number, number]) => number) =>
		points.reduce((sum, point) => sum + pick(point), 0) / Math.max(1, n);
	const mx = mean(([x]) => x);
	const my = mean(([, y]) => y);
	const sxx = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
	const sxy = points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0);
	const perPage = sxx === 0 ? 0 : sxy / sxx;
	const round = (value: number) => Math.round(value * 10) / 10;
	return { fixedMs: round(my - perPage * mx), perPageMs: round(perPage) };
}
