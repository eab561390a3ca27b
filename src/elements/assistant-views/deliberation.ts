/**
 * Step « Délibération »: builds, from the dossier's DocumentContext, the projet sent with the notice
 * (no sitting needed) and, from 3 500 inhabitants, the explanatory report; then the act once the
 * sitting is complete. It shows what blocks them (each problem linked to the step or the field that
 * fixes it) and previews the projet until the sitting is complete, then the act, with the one HTML
 * renderer. The DOCX and PDF buttons load the renderers and the fonts only when clicked.
 */
// Module by module, not the index: this step loads the deliberation's spec, not every document's.
import { buildDocumentContext, type DocumentCatalogue } from '../../lib/documents/context';
import { documentFiles } from '../../lib/documents/files';
import { buildDeliberation, deliberationSpec } from '../../lib/documents/specs/deliberation';
import { buildReport, needsReport, reportSpec } from '../../lib/documents/specs/rapport';
import { frenchDoc } from '../../lib/documents/typography';
import type { FieldProblem } from '../../lib/zod-issues';
import type { Doc } from '../../lib/document/model';
import type { Dossier } from '../../lib/schema/dossier';
import { stepOfSection, stepTitle } from '../../lib/steps';
import { createWizard, type WizardCatalogue } from '../../lib/wizard';
import type { ViewContext } from '../assistant-view';
import { fieldLabel, fieldTarget, readForm } from '../assistant-form';
import { all, el, fromTemplate, must, show, slot } from '../dom';
import { fileSizeFr, saveFile } from '../download';
import { renderDocPreview } from '../html-dom';
import { lostGlyphsMessage, type LostGlyphs } from '../lost-glyphs';
import { fetchTemplates } from '../template-fetch';

/** The documents the buttons download: the projet, the report and the act, when they can be written. */
const current: Partial<Record<Kind, Doc>> = {};
/** Number of the latest render: an earlier one still waiting for the template gives way. */
let latest = 0;

type Kind = 'projet' | 'report' | 'act';

/** Each button: its document and format, and the file name the CLI gives it. */
const buttons = {
	'projet-docx': { kind: 'projet', format: 'docx', name: documentFiles.projetDocx },
	'projet-pdf': { kind: 'projet', format: 'pdf', name: documentFiles.projetPdf },
	'report-docx': { kind: 'report', format: 'docx', name: documentFiles.reportDocx },
	'report-pdf': { kind: 'report', format: 'pdf', name: documentFiles.reportPdf },
	docx: { kind: 'act', format: 'docx', name: documentFiles.deliberationDocx },
	pdf: { kind: 'act', format: 'pdf', name: documentFiles.deliberationPdf },
} as const satisfies Record<string, { kind: Kind; format: 'docx' | 'pdf'; name: string }>;

/**
 * The one place this step's documents become files: in the document worker, like the pack, so the
 * page never freezes while docx or pdf-lib work, and the worker's parsed fonts serve the next click.
 * Returns the bytes and, for a PDF, the characters it could not draw.
 */
async function renderFile(
	doc: Doc,
	format: 'docx' | 'pdf',
	name: string,
	signal: AbortSignal,
): Promise<{ bytes: Uint8Array; lost: readonly LostGlyphs[] }> {
	const { generateInWorker } = await import('../document-worker-client');
	const result = await generateInWorker(
		{ kind: 'file', title: doc.meta.title, doc, file: { path: name, format }, date: new Date() },
		{ signal },
	);
	if (!result.ok) throw new Error(result.problems.join(' '));
	return { bytes: result.bytes, lost: result.lost };
}

/** The warning listing the characters a PDF lost, or nothing when every character was drawn. */
function renderLost(root: HTMLElement, lost: readonly LostGlyphs[]): void {
	const target = slot(root, 'deliberation-lost');
	if (lost.length === 0) {
		target.replaceChildren();
		return;
	}
	const alert = fromTemplate(root, 'deliberation-lost');
	slot(alert, 'list').append(...lost.map((item) => el('li', lostGlyphsMessage(item))));
	target.replaceChildren(alert);
}

/** The generation under way, which « Annuler » stops. */
let running: AbortController | undefined;

async function onDownload(
	root: HTMLElement,
	button: HTMLButtonElement,
	progress: HTMLElement,
): Promise<void> {
	const wanted = button.dataset['deliberationDownload'] ?? '';
	if (!(wanted in buttons)) return;
	const { kind, format, name } = buttons[wanted as keyof typeof buttons];
	const shown = current[kind];
	if (!shown || button.disabled || running) return;
	const others = all<HTMLButtonElement>(root, 'button[data-deliberation-download]');
	for (const other of others) other.disabled = true;
	button.setAttribute('aria-busy', 'true');
	const cancel = must<HTMLButtonElement>(root, 'button[data-deliberation-cancel]');
	const controller = new AbortController();
	running = controller;
	show(cancel, true);
	progress.textContent = `Préparation de ${name}…`;
	try {
		const { bytes, lost } = await renderFile(shown, format, name, controller.signal);
		saveFile(
			bytes,
			format === 'pdf'
				? 'application/pdf'
				: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			name,
		);
		const detail = button.querySelector('[data-slot="detail"]');
		if (detail) detail.textContent = `${format.toUpperCase()}, ${fileSizeFr(bytes.length)}`;
		progress.textContent = `Document prêt : ${name} (${fileSizeFr(bytes.length)}).`;
		if (format === 'pdf') renderLost(root, lost);
	} catch (error) {
		progress.textContent = controller.signal.aborted
			? 'Préparation annulée : aucun fichier n’a été enregistré.'
			: `Le document n’a pas pu être préparé (${error instanceof Error ? error.message : String(error)}). Réessayez.`;
	} finally {
		running = undefined;
		// « Annuler » disappears: the focus it had goes back to the button that started the work.
		const hadFocus = document.activeElement === cancel;
		show(cancel, false);
		for (const other of others) other.disabled = false;
		button.removeAttribute('aria-busy');
		if (hadFocus) button.focus();
	}
}

/** A problem as a list item, linked to the step that fixes it. */
function problemItem(problem: FieldProblem): HTMLLIElement {
	const item = el('li', `${problem.message} `);
	const stepId = stepOfSection[problem.path.split(/[.[]/)[0] ?? ''];
	if (stepId)
		item.append(
			el('a', `Corriger à l’étape « ${stepTitle(stepId)} »`, {
				href: '#hc-step-title',
				'data-goto-step': stepId,
			}),
		);
	return item;
}

/**
 * What the act still needs from the sitting: the fields of « Séance du conseil » as its form holds
 * them (each linked to its field), or the CASF rules the sitting breaks.
 */
function sittingItems(
	panel: HTMLElement,
	dossier: Dossier,
	catalogue: WizardCatalogue,
	problems: FieldProblem[],
): HTMLLIElement[] {
	const form = panel
		.closest('hc-assistant')
		?.querySelector<HTMLFormElement>('form[data-step-form="seance"]');
	if (!dossier.sitting && form) {
		const result = createWizard(catalogue).validateStep('seance', readForm(form), dossier);
		if (!result.ok)
			return result.problems.map((problem) => {
				const target = fieldTarget(form, problem.field);
				const label = fieldLabel(form, problem.field) ?? stepTitle('seance');
				const item = el('li');
				item.append(
					el('a', label, {
						href: target?.id ? `#${target.id}` : '#hc-step-title',
						'data-goto-step': 'seance',
						'data-goto-field': target?.id ?? '',
					}),
					` : ${problem.message}`,
				);
				return item;
			});
	}
	return problems.map(problemItem);
}

/** Builds the projet, the report and the act, and shows what blocks them and the preview. */
export async function render(
	panel: HTMLElement,
	{ dossier, catalogue }: ViewContext,
): Promise<void> {
	const root = must(panel, '[data-deliberation]');
	const progress = slot(root, 'deliberation-progress');
	const problems = must(root, '[data-deliberation-problems]');
	const projetReady = must(root, '[data-projet-ready]');
	const ready = must(root, '[data-deliberation-ready]');
	const missing = must(root, '[data-sitting-missing]');
	const turn = ++latest;
	let templates: Readonly<Record<string, string>>;
	try {
		templates = await fetchTemplates([
			...Object.keys(deliberationSpec.templates ?? {}),
			...Object.keys(reportSpec.templates ?? {}),
		]);
	} catch {
		if (turn !== latest) return;
		for (const kind of ['projet', 'report', 'act'] as const) delete current[kind];
		slot(problems, 'problems').replaceChildren(
			el(
				'li',
				'Le modèle de la délibération n’a pas pu être chargé : vérifiez la connexion, puis revenez à cette étape ou rechargez la page.',
			),
		);
		show(problems, true);
		show(projetReady, false);
		return;
	}
	if (turn !== latest) return;
	const legal = JSON.parse(root.dataset['legal'] ?? '[]') as DocumentCatalogue['legal'];
	// The wizard's catalogue carries what the deliberation reads of data, criteria and editors.
	const full = { ...catalogue, legal } as unknown as DocumentCatalogue;
	const ctx = buildDocumentContext(dossier, full, templates);
	const projet = buildDeliberation(ctx, { projet: true });
	progress.textContent = '';
	if (!projet.ok) {
		for (const kind of ['projet', 'report', 'act'] as const) delete current[kind];
		slot(problems, 'problems').replaceChildren(...projet.problems.map(problemItem));
		show(problems, true);
		show(projetReady, false);
		return;
	}
	current.projet = projet.doc;
	const report = needsReport(dossier.ccas);
	if (report) current.report = frenchDoc(buildReport(ctx));
	else delete current.report;
	show(must(root, '[data-report]'), report);
	const act = buildDeliberation(ctx);
	if (act.ok) current.act = act.doc;
	else delete current.act;
	slot(missing, 'sitting-missing').replaceChildren(
		...(act.ok ? [] : sittingItems(panel, dossier, catalogue, act.problems)),
	);
	show(missing, !act.ok);
	show(ready, act.ok);
	slot(root, 'preview-title').textContent = act.ok
		? 'Aperçu de la délibération'
		: 'Aperçu du projet de délibération';
	slot(root, 'deliberation-preview').replaceChildren(
		renderDocPreview(act.ok ? act.doc : projet.doc, { headingOffset: 2 }),
	);
	show(problems, false);
	show(projetReady, true);
	if (root.dataset['listening']) return;
	root.dataset['listening'] = 'on';
	for (const button of all<HTMLButtonElement>(root, 'button[data-deliberation-download]'))
		button.addEventListener('click', () => void onDownload(root, button, progress));
	must(root, 'button[data-deliberation-cancel]').addEventListener('click', () => running?.abort());
	// A link to a field of « Séance »: the assistant shows the step (and focuses its title), then the field.
	root.addEventListener('click', (event) => {
		const link = (event.target as Element | null)?.closest<HTMLElement>('a[data-goto-field]');
		const id = link?.dataset['gotoField'];
		if (id) setTimeout(() => document.getElementById(id)?.focus(), 0);
	});
}
