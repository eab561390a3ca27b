/**
 * Walks the assistant as a person does, for the budget test and `npm run bench`: opens the page,
 * imports the example dossier, then clicks « Suivant » step after step, recording what each stage
 * loads (gzip sizes). A document is asked for when a step shows one (« Délibération » shows the
 * deliberation, « Votre dossier » the pack) or a download button is clicked.
 */
import type { Page } from 'playwright-core';
import { recordWeights } from './measure';

/** The example dossier every walk imports. */
export const EXAMPLE_DOSSIER = 'examples/ccas-villebourg.json';

/** Title of the first step that shows a document (its code loads when the step is shown). */
export const FIRST_DOCUMENT_STEP = 'Délibération';

/** One stage of the walk: the page load, the import, or the display of a step. */
export interface Stage {
	/** « chargement », « import » or the title of the step shown. */
	label: string;
	/** JavaScript loaded during the stage. */
	js: number;
	/** JSON loaded during the stage (catalogue, templates). */
	data: number;
	/** Files loaded, by name. */
	files: string[];
}

/** The title of the step shown (without « Étape n sur N »). */
export async function currentStep(page: Page): Promise<string> {
	return ((await page.locator('#hc-step-title [data-slot="title"]').textContent()) ?? '').trim();
}

/**
 * Watches the page's requests from now on; `settled()` resolves once none has been in flight for
 * `quietMs` and no step panel is busy. Playwright's `waitForLoadState('networkidle')` cannot serve:
 * it resolves at once after the page's first idle.
 */
function watchNetwork(page: Page, quietMs = 500): { settled: () => Promise<void> } {
	let inFlight = 0;
	let last = Date.now();
	const start = () => {
		inFlight += 1;
	};
	const end = () => {
		inFlight = Math.max(0, inFlight - 1);
		last = Date.now();
	};
	page.on('request', start);
	page.on('requestfinished', end);
	page.on('requestfailed', end);
	return {
		settled: async () => {
			try {
				const deadline = Date.now() + 30_000;
				while (inFlight > 0 || Date.now() - last < quietMs) {
					if (Date.now() > deadline) throw new Error('le réseau ne se calme pas en 30 s');
					await page.waitForTimeout(50);
				}
				await page.waitForFunction(
					() => !document.querySelector('hc-assistant [aria-busy="true"]'),
				);
			} finally {
				page.off('request', start);
				page.off('requestfinished', end);
				page.off('requestfailed', end);
			}
		},
	};
}

/** Runs `action` and records what it loads until the page has settled. */
async function stage(page: Page, label: string, action: () => Promise<unknown>): Promise<Stage> {
	const recording = recordWeights(page);
	const network = watchNetwork(page);
	await action();
	await network.settled();
	const weights = await recording.stop();
	return {
		label,
		js: weights.js,
		data: weights.data,
		files: weights.urls.map((url) => url.replace(/.*\//, '')).filter((f) => /\.(js|json)$/.test(f)),
	};
}

/**
 * Loads the assistant, imports the example and shows each next step until the step titled `until`
 * is shown (included) or the last step; returns the stages and whether `until` was reached.
 */
export async function walkAssistant(
	page: Page,
	baseUrl: string,
	until: string,
): Promise<{ stages: Stage[]; reached: boolean }> {
	const stages = [
		await stage(page, 'chargement', async () => {
			await page.goto(`${baseUrl}/assistant/`, { waitUntil: 'networkidle' });
			await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		}),
		await stage(page, 'import', async () => {
			await page.getByLabel(/^Importer un dossier/).setInputFiles(EXAMPLE_DOSSIER);
			await page
				.getByRole('heading', { name: 'Dossier importé' })
				.first()
				.waitFor({ state: 'visible', timeout: 15_000 });
		}),
	];
	for (let i = 0; i < 12; i++) {
		const title = await currentStep(page);
		if (title === until) return { stages, reached: true };
		const next = page.getByRole('button', { name: /^(Suivant|Valider cette étape)$/ }).first();
		if (!(await next.isVisible())) return { stages, reached: false };
		stages.push(
			await stage(page, '', async () => {
				await next.click();
				await page.waitForFunction(
					(previous) =>
						document.querySelector('#hc-step-title [data-slot="title"]')?.textContent?.trim() !==
						previous,
					title,
					{ timeout: 15_000 },
				);
			}),
		);
		const shown = stages[stages.length - 1];
		if (shown) shown.label = await currentStep(page);
	}
	return { stages, reached: false };
}

/** Total JS of stages. */
export function totalJs(stages: readonly Stage[]): number {
	return stages.reduce((sum, s) => sum + s.js, 0);
}
