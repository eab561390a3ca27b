/**
 * The click on « Télécharger le dossier complet » as the bench and the e2e test measure it: a Long
 * Tasks observer and a recorder of the progress line are registered in the page first, then the
 * click, until the browser has saved the file.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';

/** Name of the pack's download button. */
export const ZIP_BUTTON = /^Télécharger le dossier complet/;

/** What one click produced. */
export interface ZipClick {
	/** Click → file saved, in ms (measured from Node). */
	ms: number;
	/** Durations of the main thread's long tasks (> 50 ms) from the click to the save, in ms. */
	longTasks: number[];
	/** Every text the progress line showed, in order. */
	progress: string[];
	name: string;
	bytes: Buffer;
}

/** Starts recording long tasks and the progress line's texts in the page. */
export async function watchMainThread(page: Page): Promise<void> {
	await page.evaluate(() => {
		const state = window as unknown as { hcLongTasks: number[]; hcProgress: string[] };
		state.hcLongTasks = [];
		state.hcProgress = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) state.hcLongTasks.push(entry.duration);
		}).observe({ type: 'longtask' });
		const line = document.querySelector('[data-pack] [data-slot="progress"]');
		if (line)
			new MutationObserver(() => {
				const text = line.textContent?.trim() ?? '';
				if (text !== '' && state.hcProgress.at(-1) !== text) state.hcProgress.push(text);
			}).observe(line, { childList: true, characterData: true, subtree: true });
	});
}

/** What the page recorded since `watchMainThread`; waits a little for the observers to report. */
export async function mainThreadRecord(
	page: Page,
): Promise<{ longTasks: number[]; progress: string[] }> {
	return page.evaluate(
		() =>
			new Promise<{ longTasks: number[]; progress: string[] }>((resolve) => {
				// Long task entries are delivered after the task ends: let the observer run once more.
				setTimeout(() => {
					const state = window as unknown as { hcLongTasks: number[]; hcProgress: string[] };
					resolve({ longTasks: [...state.hcLongTasks], progress: [...state.hcProgress] });
				}, 200);
			}),
	);
}

/** Clicks the pack's button on a page showing « Votre dossier » and waits for the saved ZIP. */
export async function clickZip(page: Page): Promise<ZipClick> {
	await watchMainThread(page);
	const button = page.getByRole('button', { name: ZIP_BUTTON }).first();
	const start = performance.now();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: 120_000 }),
		button.click(),
	]);
	const path = await download.path();
	const ms = performance.now() - start;
	return {
		ms,
		...(await mainThreadRecord(page)),
		name: download.suggestedFilename(),
		bytes: readFileSync(path),
	};
}
