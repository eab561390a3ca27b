/**
 * Step « Délibération »: builds the deliberation from the dossier's DocumentContext, then shows what
 * blocks it (each problem linked to the step that fixes it) or its preview, rendered by the one HTML
 * renderer. The DOCX and PDF buttons load the renderers and the fonts only when clicked.
 */
// Module by module, not the index: this step loads the deliberation's spec, not every document's.
import { buildDocumentContext, type DocumentCatalogue } from '../../lib/documents/context';
import { documentFiles } from '../../lib/documents/files';
import { buildDeliberation, deliberationSpec } from '../../lib/documents/specs/deliberation';
import type { Doc } from '../../lib/document/model';
import { stepOfSection, stepTitle } from '../../lib/steps';
import type { ViewContext } from '../assistant-view';
import { all, el, must, show, slot } from '../dom';
import { fileSizeFr, saveFile } from '../download';
import { renderDocPreview } from '../html-dom';
import { fetchTemplates } from '../template-fetch';

/** The document shown. */
let current: Doc | undefined;
/** Number of the latest render: an earlier one still waiting for the template gives way. */
let latest = 0;

const files = { docx: documentFiles.deliberationDocx, pdf: documentFiles.deliberationPdf } as const;

async function renderFile(doc: Doc, format: 'docx' | 'pdf'): Promise<Uint8Array> {
	if (format === 'pdf') {
		const [{ renderPdf }, { pdfFonts }] = await Promise.all([
			import('../../lib/render/pdf'),
			import('../pdf-fonts'),
		]);
		return renderPdf(doc, await pdfFonts());
	}
	const { renderDocx } = await import('../../lib/render/docx');
	return renderDocx(doc);
}

async function onDownload(button: HTMLButtonElement, progress: HTMLElement): Promise<void> {
	const format = button.dataset['deliberationDownload'] === 'pdf' ? 'pdf' : 'docx';
	const shown = current;
	if (!shown || button.disabled) return;
	button.disabled = true;
	button.setAttribute('aria-busy', 'true');
	const name = files[format];
	progress.textContent = `Préparation de ${name}…`;
	try {
		const bytes = await renderFile(shown, format);
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
	} catch (error) {
		progress.textContent = `Le document n’a pas pu être préparé (${error instanceof Error ? error.message : String(error)}). Réessayez.`;
	} finally {
		button.disabled = false;
		button.removeAttribute('aria-busy');
	}
}

/** Builds the deliberation and shows its problems or its preview. */
export async function render(
	panel: HTMLElement,
	{ dossier, catalogue }: ViewContext,
): Promise<void> {
	const root = must(panel, '[data-deliberation]');
	const progress = slot(root, 'deliberation-progress');
	const problems = must(root, '[data-deliberation-problems]');
	const ready = must(root, '[data-deliberation-ready]');
	const turn = ++latest;
	let templates: Readonly<Record<string, string>>;
	try {
		templates = await fetchTemplates(Object.keys(deliberationSpec.templates));
	} catch {
		if (turn !== latest) return;
		current = undefined;
		slot(problems, 'problems').replaceChildren(
			el(
				'li',
				'Le modèle de la délibération n’a pas pu être chargé : vérifiez la connexion, puis revenez à cette étape ou rechargez la page.',
			),
		);
		show(problems, true);
		show(ready, false);
		return;
	}
	if (turn !== latest) return;
	const legal = JSON.parse(root.dataset['legal'] ?? '[]') as DocumentCatalogue['legal'];
	// The wizard's catalogue carries what the deliberation reads of data, criteria and editors.
	const full = { ...catalogue, legal } as unknown as DocumentCatalogue;
	const result = buildDeliberation(buildDocumentContext(dossier, full, templates));
	progress.textContent = '';
	if (!result.ok) {
		current = undefined;
		slot(problems, 'problems').replaceChildren(
			...result.problems.map((problem) => {
				const item = el('li', `${problem.message} `);
				const stepId = stepOfSection[problem.path.split(/[.[]/)[0] ?? ''];
				if (stepId) {
					item.append(
						el('a', `Corriger à l’étape « ${stepTitle(stepId)} »`, {
							href: '#hc-step-title',
							'data-goto-step': stepId,
						}),
					);
				}
				return item;
			}),
		);
		show(problems, true);
		show(ready, false);
		return;
	}
	current = result.doc;
	slot(ready, 'deliberation-preview').replaceChildren(
		renderDocPreview(result.doc, { headingOffset: 2 }),
	);
	show(problems, false);
	show(ready, true);
	if (root.dataset['listening']) return;
	root.dataset['listening'] = 'on';
	for (const button of all<HTMLButtonElement>(root, 'button[data-deliberation-download]'))
		button.addEventListener('click', () => void onDownload(button, progress));
}
