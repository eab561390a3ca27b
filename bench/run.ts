/**
 * `npm run bench`: every figure of the performance budget, measured in one run, printed as tables
 * and written to bench/results.json.
 * - cold `astro build` (dist/, .astro/ and the content store in node_modules/.astro/ removed first);
 * - per page of the sitemap, in Chromium: HTML, CSS and JS (gzip) before any interaction, against
 *   bench/budgets.json; on the assistant, the JS loaded when a document is asked for;
 * - in Chromium: click on « Télécharger le dossier complet » → file saved, median of 5;
 * - in Node: deliberation (DOCX + PDF) and full pack of the example, median and max of 20 runs;
 *   LibreOffice converting the same DOCX to PDF as the reference (3 runs: it starts a whole office);
 * - search: median of 100 French queries over the built index;
 * - issue 15's whole dossier from an empty assistant (bench/dossier-walk.ts): controls set with the
 *   mouse, Tab presses with the keyboard alone, and what the commune list loads (JS and JSON).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { loadCatalogue } from '../src/cli/load-catalogue';
import { readPackTemplates } from '../src/cli/templates';
import { buildDeliberation, buildDocumentContext } from '../src/lib/documents';
import { parseDossierJson } from '../src/lib/dossier/parse';
import { buildPack } from '../src/lib/pack';
import { preparePack } from '../src/lib/pack/prepare';
import { renderDocx } from '../src/lib/render/docx';
import { loadPdfFonts } from '../src/lib/render/fonts';
import { renderPdf } from '../src/lib/render/pdf';
import { launchBrowser, newPage } from '../test/e2e/browser';
import { sitemapPaths } from '../test/e2e/site';
import { sofficePdfArgs } from '../test/helpers/poppler';
import { EXAMPLE_DOSSIER, FIRST_DOCUMENT_STEP, totalJs, walkAssistant } from './assistant-walk';
import { WALK_GOALS, walkDossier, type WalkResult } from './dossier-walk';
import { recordWeights, type Weights } from './measure';
import { documentCosts, pdfCostModel, type DocumentCost } from './document-costs';
import { clickZip, ZIP_BUTTON } from './zip-click';
import { searchTimings } from './search';
import { startPreview } from './preview';

const budgets = JSON.parse(readFileSync('bench/budgets.json', 'utf8')) as {
	contentPage: {
		jsBeforeInteraction: number;
		siteJsBeforeInteraction: number;
		cssBeforeInteraction: number;
	};
	assistant: { jsBeforeDocument: number; cssBeforeInteraction: number };
};
const toolPages = new Set(['/assistant/', '/verifier/', '/editeurs/proposer/']);

/** What the assistant loads, walked step by step, then on the first download. */
interface AssistantFigures {
	stages: { label: string; js: number; data: number }[];
	/** JS from page load to the step before the first document (the budget). */
	jsBeforeDocument: number;
	/** JS once every step is shown, documents included, before any download. */
	jsAllSteps: number;
	button?: string;
	jsOnDownload?: number;
}

const kB = (bytes: number) => Math.round(bytes / 100) / 10;
const ms = (value: number) => Math.round(value * 10) / 10;

/** The whole dossier walked twice (mouse, keyboard), and the weight of the commune picker. */
async function dossierWalkFigures(
	browser: Browser,
	baseUrl: string,
): Promise<{ mouse: WalkResult; keyboard: WalkResult; communeJs: number; communeJson: number }> {
	const walk = async (mode: 'souris' | 'clavier') => {
		const page = await newPage(browser, { acceptDownloads: true });
		await page.goto(`${baseUrl}/assistant/`);
		await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		try {
			return await walkDossier(page, mode);
		} finally {
			await page.context().close();
		}
	};
	const page = await newPage(browser);
	await page.goto(`${baseUrl}/assistant/`, { waitUntil: 'networkidle' });
	const recording = recordWeights(page);
	await page.getByLabel(/^Commune/).fill('Chaville (92)');
	await page.waitForFunction(
		() => (document.querySelector<HTMLInputElement>('[name="inseeCode"]')?.value ?? '') !== '',
	);
	const commune = await recording.stop();
	await page.context().close();
	return {
		mouse: await walk('souris'),
		keyboard: await walk('clavier'),
		communeJs: commune.js,
		communeJson: commune.data,
	};
}

/** Median and max of timings, in ms. */
function stats(values: number[]): { median: number; max: number; runs: number } {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	const median =
		sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
	return { median: ms(median), max: ms(sorted[sorted.length - 1] ?? 0), runs: values.length };
}

async function time(run: () => unknown): Promise<number> {
	const start = performance.now();
	await run();
	return performance.now() - start;
}

function coldBuild(): number {
	rmSync('dist', { recursive: true, force: true });
	rmSync('.astro', { recursive: true, force: true });
	// The content layer's store: the content tests build from copies of content/ in .tmp/, and a
	// store left by them names files that are gone (the build then fails to resolve them).
	rmSync('node_modules/.astro', { recursive: true, force: true });
	const start = performance.now();
	const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		encoding: 'utf8',
	});
	const elapsed = performance.now() - start;
	if (result.status !== 0) {
		process.stderr.write(result.stdout + result.stderr);
		throw new Error(`astro build a échoué (code ${result.status}).`);
	}
	return elapsed;
}

interface PageRow {
	page: string;
	html: number;
	css: number;
	js: number;
	dsfrJs: number;
	siteJs: number;
	budget: string;
}

function pageRow(path: string, w: Weights): PageRow {
	const over: string[] = [];
	if (toolPages.has(path)) {
		if (w.js > budgets.assistant.jsBeforeDocument) over.push('JS');
		if (w.css > budgets.assistant.cssBeforeInteraction) over.push('CSS');
	} else {
		if (w.js > budgets.contentPage.jsBeforeInteraction) over.push('JS');
		if (w.siteJs > budgets.contentPage.siteJsBeforeInteraction) over.push('JS du site');
		if (w.css > budgets.contentPage.cssBeforeInteraction) over.push('CSS');
	}
	return {
		page: path,
		html: w.html,
		css: w.css,
		js: w.js,
		dsfrJs: w.dsfrJs,
		siteJs: w.siteJs,
		budget: over.length ? `DÉPASSÉ (${over.join(', ')})` : 'ok',
	};
}

/** The assistant walked to « Votre dossier »: JS per stage, then what the first download loads. */
async function documentJs(browser: Browser, baseUrl: string): Promise<AssistantFigures> {
	const page = await newPage(browser, { acceptDownloads: true });
	try {
		const { stages, reached } = await walkAssistant(page, baseUrl, 'Votre dossier');
		const first = stages.findIndex((s) => s.label === FIRST_DOCUMENT_STEP);
		const figures: AssistantFigures = {
			stages: stages.map(({ label, js, data }) => ({ label, js, data })),
			jsBeforeDocument: totalJs(first < 0 ? stages : stages.slice(0, first)),
			jsAllSteps: totalJs(stages),
		};
		if (!reached) return figures;
		const button = page.getByRole('button', { name: ZIP_BUTTON }).first();
		figures.button = (await button.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
		const during = recordWeights(page);
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 120_000 }),
			button.click(),
		]);
		await download.path();
		figures.jsOnDownload = (await during.stop()).js;
		return figures;
	} finally {
		await page.context().close();
	}
}

/** Click on « Télécharger le dossier complet » → file saved, 5 times (fresh page each time). */
async function zipClickToSaved(
	browser: Browser,
	baseUrl: string,
): Promise<{ timings: number[]; longest: number } | undefined> {
	const timings: number[] = [];
	let longest = 0;
	for (let i = 0; i < 5; i++) {
		const page = await newPage(browser, { acceptDownloads: true });
		if (!(await walkAssistant(page, baseUrl, 'Votre dossier')).reached) {
			await page.context().close();
			return undefined;
		}
		const click = await clickZip(page);
		timings.push(click.ms);
		longest = Math.max(longest, ...click.longTasks);
		await page.context().close();
	}
	return { timings, longest: ms(longest) };
}

function hasSoffice(): boolean {
	return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

async function main(): Promise<void> {
	const results: Record<string, unknown> = {
		date: new Date().toISOString(),
		node: process.version,
	};
	console.log('Construction à froid (dist/ et .astro/ effacés)…');
	const buildMs = coldBuild();
	results['build'] = { coldMs: ms(buildMs) };

	// Node timings.
	console.log('Délibération et dossier complet en Node (20 fois)…');
	const { catalogue, problems } = loadCatalogue('content');
	if (problems.length) throw new Error('content/ invalide');
	const parsed = parseDossierJson(readFileSync(EXAMPLE_DOSSIER, 'utf8'));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	const dossier = parsed.dossier;
	const templates = readPackTemplates();
	const fonts = await loadPdfFonts(
		async (file) => new Uint8Array(await readFile(join('public/fonts', file))),
	);
	let docx: Uint8Array = new Uint8Array();
	const deliberationRun = async () => {
		// The deliberation alone, as the CLI writes it: its own context, then DOCX and PDF.
		const built = buildDeliberation(buildDocumentContext(dossier, catalogue, templates));
		if (!built.ok) throw new Error(JSON.stringify(built.problems));
		[docx] = await Promise.all([renderDocx(built.doc), renderPdf(built.doc, fonts)]);
	};
	const packRun = async () => {
		const pack = await buildPack({ dossier, catalogue, templates, fonts, renderDocx, renderPdf });
		if (!pack.ok) throw new Error(pack.problems.join('\n'));
	};
	await deliberationRun();
	await packRun();
	const deliberation: number[] = [];
	const pack: number[] = [];
	for (let i = 0; i < 20; i++) deliberation.push(await time(deliberationRun));
	for (let i = 0; i < 20; i++) pack.push(await time(packRun));
	const deliberationStats = stats(deliberation);
	const packStats = stats(pack);
	results['node'] = {
		deliberationDocxPdf: deliberationStats,
		pack: packStats,
		// Goal ≤ 2: once the fonts and the context exist, the pack's other documents are nearly free.
		packRatio: Math.round((packStats.median / deliberationStats.median) * 10) / 10,
	};

	// Each document alone: what the pack is made of.
	const prepared = preparePack({ dossier, catalogue, templates });
	if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
	const costs = await documentCosts(prepared, fonts);
	results['documents'] = { costs, pdf: pdfCostModel(costs) };

	// LibreOffice reference on the same DOCX.
	if (hasSoffice()) {
		console.log('Référence LibreOffice (3 conversions DOCX → PDF)…');
		const dir = mkdtempSync(join(tmpdir(), 'hc-bench-'));
		const input = join(dir, 'deliberation.docx');
		writeFileSync(input, docx);
		const profile = `file://${join(dir, 'profile')}`;
		// One profile for every timed run (the helper of the tests makes a fresh one each time).
		const convert = () =>
			execFileSync('soffice', sofficePdfArgs(profile, dir, input), {
				stdio: 'ignore',
				timeout: 120_000,
			});
		convert(); // Creates the profile: not timed.
		const soffice: number[] = [];
		for (let i = 0; i < 3; i++) soffice.push(await time(convert));
		const reference = stats(soffice);
		const ours = (results['node'] as { deliberationDocxPdf: { median: number } })
			.deliberationDocxPdf.median;
		results['libreoffice'] = {
			...reference,
			ratio: Math.round((reference.median / ours) * 10) / 10,
		};
		rmSync(dir, { recursive: true, force: true });
	} else results['libreoffice'] = { missing: 'soffice introuvable' };

	// Search over the built index.
	console.log('Recherche (100 requêtes)…');
	const searched = searchTimings();
	results['search'] = {
		...stats(searched.times),
		entries: searched.entries,
		loadMs: ms(searched.loadMs),
	};

	// Browser.
	const preview = await startPreview();
	const browser = await launchBrowser();
	try {
		console.log('Poids des pages dans Chromium…');
		const paths = await sitemapPaths(preview.baseUrl);
		const rows: PageRow[] = [];
		for (const path of paths) {
			const page = await newPage(browser);
			const recording = recordWeights(page);
			await page.goto(`${preview.baseUrl}${path}`, { waitUntil: 'networkidle' });
			rows.push(pageRow(path, await recording.stop()));
			await page.context().close();
		}
		results['pages'] = rows;
		console.log('Assistant : JS chargé à la demande d’un document, dossier complet…');
		results['assistantDocument'] = await documentJs(browser, preview.baseUrl);
		const zip = await zipClickToSaved(browser, preview.baseUrl);
		results['zipClickToSaved'] = zip
			? { ...stats(zip.timings), longestTask: zip.longest }
			: { missing: 'bouton « Télécharger le dossier complet » absent de l’assistant' };
		console.log('Dossier complet rempli depuis un assistant vide (souris, puis clavier seul)…');
		const walked = await dossierWalkFigures(browser, preview.baseUrl);
		results['dossierWalk'] = {
			controls: walked.mouse.controls,
			tabs: walked.keyboard.tabs,
			byStep: walked.keyboard.byStep,
			communeJs: walked.communeJs,
			communeJson: walked.communeJson,
		};
	} finally {
		await browser.close();
		preview.stop();
	}

	writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
	report(results);
}

/**
 * The pack's PDFs over the deliberation's PDF, each rendered on its own: what the ratio would be if
 * no DOCX cost anything, the PDF work being proportional to pages (see `pdfCostModel`).
 */
/** The deliberation's row of the document costs. */
function deliberationCost(costs: readonly DocumentCost[]): DocumentCost | undefined {
	return costs.find((cost) => cost.path.endsWith('deliberation'));
}

function pdfRatio(costs: readonly DocumentCost[]): number {
	const deliberation = deliberationCost(costs)?.pdfMs ?? 0;
	const pdfs = costs.reduce((sum, cost) => sum + (cost.pdfMs ?? 0), 0);
	return deliberation > 0 ? Math.round((pdfs / deliberation) * 10) / 10 : 0;
}

/** « 18 pages contre 5 »: the pack's PDF pages and the deliberation's. */
function pdfPages(costs: readonly DocumentCost[]): string {
	const all = costs.reduce((sum, cost) => sum + (cost.pages ?? 0), 0);
	const own = deliberationCost(costs)?.pages ?? 0;
	return `${all} pages contre ${own}`;
}

function report(results: Record<string, unknown>): void {
	const rows = results['pages'] as PageRow[];
	console.log('\nPoids avant toute interaction (gzip, kB) :');
	console.table(
		rows.map((r) => ({
			page: r.page,
			HTML: kB(r.html),
			CSS: kB(r.css),
			JS: kB(r.js),
			'JS DSFR': kB(r.dsfrJs),
			'JS site': kB(r.siteJs),
			budget: r.budget,
		})),
	);
	const content = rows.filter((r) => !toolPages.has(r.page));
	const max = (pick: (r: PageRow) => number, list = content) => kB(Math.max(...list.map(pick)));
	const node = results['node'] as Record<string, { median: number; max: number }>;
	const documents = results['documents'] as {
		costs: DocumentCost[];
		pdf: { fixedMs: number; perPageMs: number };
	};
	const lo = results['libreoffice'] as { median?: number; ratio?: number; missing?: string };
	const doc = results['assistantDocument'] as AssistantFigures;
	const zip = results['zipClickToSaved'] as {
		median?: number;
		max?: number;
		longestTask?: number;
		missing?: string;
	};
	const search = results['search'] as {
		median: number;
		max: number;
		entries: number;
		loadMs: number;
	};
	const walk = results['dossierWalk'] as {
		controls: number;
		tabs: number;
		byStep: WalkResult['byStep'];
		communeJs: number;
		communeJson: number;
	};
	const summary: Record<string, string> = {
		'Construction à froid (astro build)': `${Math.round((results['build'] as { coldMs: number }).coldMs / 100) / 10} s`,
		'Pages de contenu : JS max (budget 25 kB)': `${max((r) => r.js)} kB`,
		'Pages de contenu : JS DSFR max': `${max((r) => r.dsfrJs)} kB`,
		'Pages de contenu : JS du site max (budget 2 kB)': `${max((r) => r.siteJs)} kB`,
		'Pages de contenu : CSS max (budget 35 kB)': `${max((r) => r.css)} kB`,
		'Assistant : JS au chargement': `${kB(rows.find((r) => r.page === '/assistant/')?.js ?? 0)} kB`,
		[`Assistant : JS avant « ${FIRST_DOCUMENT_STEP} » (budget ${kB(budgets.assistant.jsBeforeDocument)} kB)`]: `${kB(doc.jsBeforeDocument)} kB`,
		'Assistant : JS, toutes étapes affichées': `${kB(doc.jsAllSteps)} kB`,
		'Assistant : JS chargé au premier téléchargement': doc.button
			? `${kB(doc.jsOnDownload ?? 0)} kB (${doc.button})`
			: 'bouton de téléchargement absent',
		'Node : délibération DOCX + PDF (médiane / max, 20)': `${node['deliberationDocxPdf']?.median} / ${node['deliberationDocxPdf']?.max} ms`,
		'Node : dossier complet ZIP (médiane / max, 20)': `${node['pack']?.median} / ${node['pack']?.max} ms`,
		'Rapport dossier complet / délibération seule (objectif ≤ 2)': `× ${(results['node'] as { packRatio: number }).packRatio}`,
		'Un PDF seul : part fixe + part par page (moindres carrés, documents du dossier)': `${documents.pdf.fixedMs} ms + ${documents.pdf.perPageMs} ms par page`,
		'Rapport des seuls PDF (ceux du dossier / celui de la délibération, chacun seul)': `× ${pdfRatio(documents.costs)}, pour ${pdfPages(documents.costs)}`,
		'LibreOffice : même DOCX → PDF (médiane, 3)': lo.missing ?? `${lo.median} ms`,
		'Rapport LibreOffice / notre délibération DOCX + PDF (objectif ≥ 10)':
			lo.missing ?? `× ${lo.ratio}`,
		'Chromium : clic → ZIP enregistré (médiane, 5)':
			zip.missing ??
			`${zip.median} ms (max ${zip.max}), plus longue tâche de la page ${zip.longestTask} ms`,
		'Recherche : 100 requêtes (médiane / max, objectif ≤ 5 ms)': `${search.median} / ${search.max} ms (${search.entries} entrées, index chargé en ${search.loadMs} ms)`,
		[`Dossier complet, 3 aides et 11 membres : contrôles réglés (objectif ≤ ${WALK_GOALS.controls})`]: `${walk.controls}`,
		[`Dossier complet au clavier seul : tabulations (objectif ≤ ${WALK_GOALS.tabs})`]: `${walk.tabs}`,
		'Liste des communes : JS et JSON chargés en choisissant « Chaville »': `${kB(walk.communeJs)} kB de JS, ${kB(walk.communeJson)} kB de JSON`,
	};
	console.log('\nChaque document seul, polices et contexte déjà là (médianes sur 9, ms) :');
	console.table(
		documents.costs.map((cost) => ({
			document: cost.path,
			pages: cost.pages ?? '',
			PDF: cost.pdfMs ?? '',
			'PDF par page': cost.pdfMs && cost.pages ? ms(cost.pdfMs / cost.pages) : '',
			DOCX: cost.docxMs ?? '',
		})),
	);
	console.log('\nDossier complet depuis un assistant vide, étape par étape :');
	console.table(
		walk.byStep.map((row) => ({ étape: row.step, contrôles: row.controls, tabulations: row.tabs })),
	);
	console.log('\nAssistant parcouru étape par étape (gzip, kB) :');
	let running = 0;
	console.table(
		doc.stages.map((stage) => {
			running += stage.js;
			return {
				étape: stage.label,
				JS: kB(stage.js),
				'JS cumulé': kB(running),
				JSON: kB(stage.data),
			};
		}),
	);
	console.log('\nRésumé :');
	console.table(summary);
	const over = rows.filter((r) => r.budget !== 'ok');
	console.log(
		over.length
			? `${over.length} page(s) hors budget : ${over.map((r) => r.page).join(', ')}`
			: 'Toutes les pages tiennent leur budget.',
	);
	const walkOver = doc.jsBeforeDocument > budgets.assistant.jsBeforeDocument;
	if (walkOver)
		console.log(
			`Assistant hors budget avant « ${FIRST_DOCUMENT_STEP} » : ${kB(doc.jsBeforeDocument)} kB.`,
		);
	console.log('Résultats détaillés : bench/results.json');
	if (existsSync('bench/results.json') && (over.length || walkOver)) process.exitCode = 1;
}

await main();
