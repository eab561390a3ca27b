/**
 * Step « Délibération »: builds the deliberation from the dossier, then shows what blocks it (each
 * problem linked to the step that fixes it) or its preview. « Télécharger (DOCX) » and « (PDF) » load
 * the renderers and the fonts only when clicked.
 */
import { buildDeliberation, type DeliberationCatalogue } from '../../lib/deliberation';
import type { Doc } from '../../lib/document/model';
import type { Dossier } from '../../lib/schema/dossier';
import type { ViewContext } from '../assistant-view';
import { renderDocDom } from '../doc-dom';
import { el, must, show, slot } from '../dom';
import { fetchTemplate } from '../template-fetch';

/** The step that fills each section of the Dossier: its id and title. */
const stepOf: Record<string, [string, string]> = {
	ccas: ['ccas', 'Votre CCAS'],
	aids: ['aides', 'Vos aides et leurs conditions'],
	processing: ['traitement', 'Conservation, destinataires, information des usagers'],
	sitting: ['seance', 'Séance du conseil'],
};

/** The document shown, and its file name without extension. */
let current: { doc: Doc; name: string } | undefined;
/** Number of the latest render: an earlier one still waiting for the template gives way. */
let latest = 0;

/** `deliberation-2026-14`: the number with anything but letters, digits, `-` and `_` as `-`. */
export function fileBase(dossier: Dossier): string {
	const number = dossier.sitting?.number.replace(/[^0-9A-Za-z_-]+/g, '-') ?? '';
	return number ? `deliberation-${number}` : 'deliberation';
}

function download(bytes: Uint8Array, type: string, name: string): void {
	const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
	const link = el('a', '', { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function fonts() {
	const { loadPdfFonts } = await import('../../lib/render/fonts');
	return loadPdfFonts(async (file) => {
		const response = await fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}fonts/${file}`);
		if (!response.ok) throw new Error(`police ${file} : HTTP ${response.status}`);
		return response.arrayBuffer();
	});
}

async function onDownload(button: HTMLButtonElement, progress: HTMLElement): Promise<void> {
	const format = button.dataset['deliberationDownload'];
	const shown = current;
	if (!shown || button.disabled) return;
	button.disabled = true;
	progress.textContent = 'Préparation du document…';
	try {
		const name = `${shown.name}.${format === 'pdf' ? 'pdf' : 'docx'}`;
		if (format === 'pdf') {
			const [{ renderPdf }, faces] = await Promise.all([import('../../lib/render/pdf'), fonts()]);
			download(await renderPdf(shown.doc, faces), 'application/pdf', name);
		} else {
			const { renderDocx } = await import('../../lib/render/docx');
			download(
				await renderDocx(shown.doc),
				'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
				name,
			);
		}
		progress.textContent = `Document prêt : ${name}.`;
	} catch (error) {
		progress.textContent = `Le document n’a pas pu être préparé (${error instanceof Error ? error.message : String(error)}). Réessayez.`;
	} finally {
		button.disabled = false;
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
	let template: string;
	try {
		template = await fetchTemplate('deliberation.md');
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
	const legal = JSON.parse(root.dataset['legal'] ?? '[]') as DeliberationCatalogue['legal'];
	const full = { ...catalogue, legal } as unknown as DeliberationCatalogue;
	const result = buildDeliberation(dossier, full, template);
	progress.textContent = '';
	if (!result.ok) {
		current = undefined;
		slot(problems, 'problems').replaceChildren(
			...result.problems.map((problem) => {
				const item = el('li', `${problem.message} `);
				const [stepId, title] = stepOf[problem.path.split(/[.[]/)[0] ?? ''] ?? [];
				if (stepId && title) {
					item.append(
						el('a', `Corriger à l’étape « ${title} »`, {
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
	current = { doc: result.doc, name: fileBase(dossier) };
	slot(ready, 'deliberation-preview').replaceChildren(renderDocDom(result.doc, 2));
	show(problems, false);
	show(ready, true);
	if (root.dataset['listening']) return;
	root.dataset['listening'] = 'on';
	root.addEventListener('click', (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>(
			'button[data-deliberation-download]',
		);
		if (button) void onDownload(button, progress);
	});
}
