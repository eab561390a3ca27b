/**
 * Step « Votre dossier »: the checklist (each missing item links to the step that fixes it), then,
 * when everything is ready, the DataPass fields to copy, the form to open, the documents with their
 * preview and their downloads. The pack is prepared by ../pack-prepare (loaded here, when the
 * dossier is ready); the files are built in a worker (../document-worker-client), which loads docx,
 * pdf-lib and the fonts on the first download: the page stays responsive and can cancel.
 */
import type { DocumentCatalogue } from '../../lib/documents/context';
import type { DatapassField } from '../../lib/documents/datapass/fields';
import { datapassSteps } from '../../lib/documents/datapass/form';
import type { FormChoice } from '../../lib/documents/datapass/editor';
import type { PackPart, PreparedPack } from '../../lib/pack/prepare';
import { missingItems, packReadiness, type ReadinessItem } from '../../lib/pack/readiness';
import type { Dossier } from '../../lib/schema/dossier';
import { stepTitle } from '../../lib/steps';
import type { ViewContext } from '../assistant-view';
import { el, fromTemplate, must, show, slot } from '../dom';
import type { GenerateProgress, GenerateRequest, GenerateResult } from '../document-generate';
import { fileSizeFr, saveFile } from '../download';
import { lostGlyphsMessage, type LostGlyphs } from '../lost-glyphs';

/** What the panel's buttons act on: the last dossier rendered and its prepared pack. */
interface State {
	dossier: Dossier;
	pack?: PreparedPack;
	catalogue?: DocumentCatalogue;
	/** Increases at each render: a slow preparation does not overwrite a newer one. */
	run: number;
	/** The generation under way, shared by the states of one panel (a render does not forget it). */
	job: { busy: boolean; cancel?: AbortController };
}

const states = new WeakMap<HTMLElement, State>();

/* ---- Checklist ---- */

/** The first element of a template's copy. */
function first(root: HTMLElement, name: string): HTMLElement {
	const element = fromTemplate(root, name).firstElementChild;
	if (!(element instanceof HTMLElement)) throw new Error(`Modèle vide : ${name}`);
	return element;
}

function checklistItem(root: HTMLElement, item: ReadinessItem): HTMLElement {
	const li = first(root, item.ready ? 'checklist-ready' : 'checklist-todo');
	slot(li, 'label').textContent = item.label;
	slot(li, 'message').textContent = ` : ${item.message}`;
	if (!item.ready) {
		slot(li, 'fix').setAttribute('data-goto-step', item.step);
		slot(li, 'fix-step').textContent = ` : étape « ${stepTitle(item.step)} »`;
	}
	return li;
}

/* ---- DataPass fields ---- */

function fieldBlock(root: HTMLElement, field: DatapassField, index: number): HTMLElement {
	const id = `hc-pack-field-${index}`;
	let block: HTMLElement;
	if (field.kind === 'document') {
		block = first(root, 'field-document');
		slot(block, 'label').textContent = field.label;
		slot(block, 'value').textContent =
			field.value === ''
				? ' : aucun fichier à joindre pour ce dossier.'
				: ` : joignez le fichier ${field.value}.`;
	} else {
		block = first(root, 'field-text');
		const label = slot(block, 'label');
		label.textContent = field.label;
		label.setAttribute('for', id);
		if (!field.labelVerified) label.append(fromTemplate(root, 'field-unverified'));
		const lineCount = field.value.split('\n').length + Math.floor(field.value.length / 90);
		const area = slot<HTMLTextAreaElement>(block, 'value');
		area.id = id;
		area.rows = Math.min(12, Math.max(1, lineCount));
		area.value = field.value;
		if (field.value !== '') {
			const button = first(root, 'field-copy');
			button.dataset['packCopy'] = id;
			button.dataset['packLabel'] = field.label;
			slot(button, 'label').textContent = ` : ${field.label}`;
			block.append(button);
		} else {
			block.append(fromTemplate(root, 'field-empty'));
		}
	}
	for (const note of field.notes) {
		const line = first(root, 'field-note');
		line.textContent = note;
		block.append(line);
	}
	return block;
}

function renderFields(root: HTMLElement, fields: readonly DatapassField[]): void {
	const nodes: HTMLElement[] = [];
	let index = 0;
	for (const step of datapassSteps) {
		const ofStep = fields.filter((field) => field.stepId === step.id);
		if (ofStep.length === 0) continue;
		const title = first(root, 'field-step');
		title.textContent = `Étape « ${step.title} »`;
		nodes.push(title);
		for (const field of ofStep) nodes.push(fieldBlock(root, field, index++));
	}
	slot(root, 'fields').replaceChildren(...nodes);
}

/* ---- Form to open, editor comparison, warnings ---- */

function scopeText(name: string, catalogue: DocumentCatalogue): string {
	for (const item of catalogue.data) {
		const scope = item.scopes.find((candidate) => candidate.name === name);
		if (scope?.label) return `« ${scope.label} » (${name})`;
	}
	return name;
}

function renderChoice(root: HTMLElement, choice: FormChoice, catalogue: DocumentCatalogue): void {
	const nodes: HTMLElement[] = [];
	const open = el('p');
	open.append(
		'Ouvrez le formulaire ',
		el('a', `« ${choice.form.name} »`, { href: choice.form.url, rel: 'noopener' }),
		' sur DataPass.',
	);
	nodes.push(open);
	if (choice.needsDeliberation)
		nodes.push(el('p', 'Vos aides facultatives demandent de joindre la délibération du conseil.'));
	const editor = choice.editor;
	if (editor) {
		nodes.push(
			el(
				'p',
				`Votre logiciel ${editor.solution} (${editor.editorName}) a un formulaire prérempli. Comparaison avec les données strictement nécessaires :`,
			),
		);
		const compare = (title: string, names: string[]) => {
			if (names.length === 0) return;
			nodes.push(el('p', title));
			const list = el('ul');
			for (const name of names) list.append(el('li', scopeText(name, catalogue)));
			nodes.push(list);
		};
		compare('Données cochées par le formulaire de l’éditeur, à décocher :', editor.extra);
		compare('Données nécessaires absentes du formulaire de l’éditeur, à ajouter :', editor.missing);
		if (editor.extra.length === 0 && editor.missing.length === 0)
			nodes.push(el('p', 'Le formulaire de l’éditeur coche exactement les données nécessaires.'));
		if (choice.generic.id !== choice.form.id) {
			const generic = el('p');
			generic.append(
				'S’il ne convient pas, ouvrez le formulaire générique ',
				el('a', `« ${choice.generic.name} »`, { href: choice.generic.url, rel: 'noopener' }),
				'.',
			);
			nodes.push(generic);
		}
	}
	slot(root, 'choice').replaceChildren(...nodes);
}

function renderWarnings(root: HTMLElement, warnings: readonly string[]): void {
	if (warnings.length === 0) {
		slot(root, 'warnings').replaceChildren();
		return;
	}
	const alert = first(root, 'warnings');
	slot(alert, 'list').append(...warnings.map((warning) => el('li', warning)));
	slot(root, 'warnings').replaceChildren(alert);
}

/* ---- Documents ---- */

function partFiles(part: PackPart): { path: string; format: string }[] {
	return part.kind === 'doc'
		? part.files.map((file) => ({ path: file.path, format: file.format.toUpperCase() }))
		: [{ path: part.path, format: part.path.slice(part.path.lastIndexOf('.') + 1).toUpperCase() }];
}

/** « Fiche DataPass » from « Fiche DataPass : chaque champ… »: the name a download button shows. */
function shortTitle(title: string): string {
	return title.split(/ : | \(/)[0] ?? title;
}

function documentItem(root: HTMLElement, part: PackPart, index: number): HTMLElement {
	const li = first(root, 'document');
	slot(li, 'title').textContent = part.title;
	const buttons = slot(li, 'buttons');
	for (const file of partFiles(part)) {
		const item = first(root, 'document-button');
		const button = must<HTMLButtonElement>(item, 'button');
		button.dataset['packFile'] = file.path;
		button.dataset['packPart'] = String(index);
		slot(button, 'name').textContent = `Télécharger « ${shortTitle(part.title)} »`;
		slot(button, 'detail').textContent = `${file.format} – ${file.path}`;
		buttons.append(item);
	}
	const details = slot<HTMLDetailsElement>(li, 'details');
	details.dataset['packPreview'] = String(index);
	slot(details, 'summary').textContent = ` : ${part.title}`;
	return li;
}

async function fillPreview(details: HTMLDetailsElement, part: PackPart): Promise<void> {
	if (details.querySelector('.hc-pack-preview')) return;
	const box = el('div', '', {
		class: 'hc-pack-preview',
		role: 'region',
		tabindex: '0',
		'aria-label': `Aperçu : ${part.title}`,
	});
	if (part.kind === 'doc') {
		const { renderDocPreview } = await import('../html-dom');
		box.append(renderDocPreview(part.doc, { headingOffset: 4 }));
	} else {
		box.append(el('pre', part.text));
	}
	details.append(box);
}

/* ---- Downloads and copies ---- */

function progress(root: HTMLElement, text: string): void {
	slot(root, 'progress').textContent = text;
}

/** The French line of a worker's progress: « Génération de « Délibération » (3 sur 15)… ». */
export function progressText({ title, index, total }: GenerateProgress): string {
	return `Génération de « ${shortTitle(title)} » (${index} sur ${total})…`;
}

/** Shows (or clears) the warning about characters the PDFs could not draw. */
function renderLost(root: HTMLElement, lost: readonly LostGlyphs[]): void {
	if (lost.length === 0) {
		slot(root, 'lost').replaceChildren();
		return;
	}
	const alert = first(root, 'lost-glyphs');
	slot(alert, 'list').append(...lost.map((item) => el('li', lostGlyphsMessage(item))));
	slot(root, 'lost').replaceChildren(alert);
}

/**
 * Runs one generation in the worker: every download button disabled, « Annuler » shown, progress
 * said as it comes; the result saved, or the error said in French next to the button.
 */
async function generateAndSave(
	root: HTMLElement,
	state: State,
	button: HTMLButtonElement,
	request: () => Promise<GenerateRequest>,
): Promise<GenerateResult | undefined> {
	const { job } = state;
	if (job.busy) return undefined;
	job.busy = true;
	const buttons = [
		...root.querySelectorAll<HTMLButtonElement>('[data-pack-action="zip"], [data-pack-file]'),
	];
	for (const other of buttons) other.disabled = true;
	button.setAttribute('aria-busy', 'true');
	const cancel = must<HTMLButtonElement>(root, '[data-pack-action="cancel"]');
	const controller = new AbortController();
	job.cancel = controller;
	show(cancel, true);
	try {
		progress(root, 'Chargement du générateur de documents…');
		const { generateInWorker } = await import('../document-worker-client');
		const result = await generateInWorker(await request(), {
			signal: controller.signal,
			onProgress: (step) => progress(root, progressText(step)),
		});
		if (!result.ok) {
			progress(root, `Le document ne peut pas être produit : ${result.problems.join(' ')}`);
			return undefined;
		}
		saveFile(result.bytes, result.mime, result.name);
		renderLost(root, result.lost);
		return result;
	} catch (error) {
		progress(
			root,
			controller.signal.aborted
				? 'Génération annulée : aucun fichier n’a été enregistré.'
				: `Le document n’a pas pu être produit : ${error instanceof Error ? error.message : String(error)}. Réessayez ou rechargez la page.`,
		);
		return undefined;
	} finally {
		job.busy = false;
		delete job.cancel;
		// « Annuler » disappears: the focus it had goes back to the button that started the work.
		const hadFocus = document.activeElement === cancel;
		show(cancel, false);
		for (const other of buttons) other.disabled = false;
		button.removeAttribute('aria-busy');
		if (hadFocus) button.focus();
	}
}

async function downloadZip(
	root: HTMLElement,
	state: State,
	button: HTMLButtonElement,
): Promise<void> {
	const { pack, catalogue, dossier } = state;
	if (!pack || !catalogue) return;
	const result = await generateAndSave(root, state, button, async () => {
		const prepared = await import('../pack-prepare');
		return { kind: 'pack', dossier, catalogue, templates: await prepared.packTemplates() };
	});
	if (!result?.ok) return;
	const detail = button.querySelector('[data-slot="detail"]');
	if (detail) detail.textContent = `ZIP, ${fileSizeFr(result.bytes.length)}`;
	progress(
		root,
		`Dossier complet téléchargé : ${result.name} (${result.files} fichiers, ${fileSizeFr(result.bytes.length)}).`,
	);
}

async function downloadFile(
	root: HTMLElement,
	state: State,
	button: HTMLButtonElement,
): Promise<void> {
	const part = state.pack?.parts[Number(button.dataset['packPart'])];
	const path = button.dataset['packFile'] ?? '';
	if (!part || state.job.busy) return;
	if (part.kind === 'text') {
		saveFile(part.text, part.mime, part.path);
		progress(root, `Document téléchargé : ${path}.`);
		return;
	}
	const file = part.files.find((candidate) => candidate.path === path);
	if (!file) return;
	const { dossier } = state;
	const result = await generateAndSave(root, state, button, async () => {
		const { packDate } = await import('../../lib/pack/build');
		return { kind: 'file', title: part.title, doc: part.doc, file, date: packDate(dossier) };
	});
	if (!result?.ok) return;
	const detail = button.querySelector('[data-slot="detail"]');
	const format = path.slice(path.lastIndexOf('.') + 1).toUpperCase();
	if (detail) detail.textContent = `${format}, ${fileSizeFr(result.bytes.length)} – ${path}`;
	progress(root, `Document téléchargé : ${path}.`);
}

async function copy(root: HTMLElement, button: HTMLElement): Promise<void> {
	const area = root.querySelector<HTMLTextAreaElement>(`#${button.dataset['packCopy'] ?? ''}`);
	if (!area) return;
	let copied = false;
	try {
		await navigator.clipboard.writeText(area.value);
		copied = true;
	} catch {
		area.focus();
		area.select();
		// The old way, for browsers that refuse the clipboard API (no permission, no secure context).
		copied = document.execCommand('copy');
	}
	const live = slot(root, 'copied');
	live.textContent = '';
	const label = button.dataset['packLabel'] ?? '';
	setTimeout(() => {
		live.textContent = copied
			? `Texte copié : « ${label} ».`
			: `La copie a échoué : sélectionnez le texte de « ${label} » et copiez-le (Ctrl+C).`;
	}, 50);
}

function bind(panel: HTMLElement, root: HTMLElement): void {
	panel.addEventListener('click', (event) => {
		const target = event.target;
		const state = states.get(panel);
		if (!(target instanceof Element) || !state) return;
		const copyButton = target.closest<HTMLElement>('[data-pack-copy]');
		if (copyButton) {
			void copy(root, copyButton);
			return;
		}
		if (target.closest('[data-pack-action="cancel"]')) {
			state.job.cancel?.abort();
			return;
		}
		const zip = target.closest<HTMLButtonElement>('[data-pack-action="zip"]');
		if (zip) {
			void downloadZip(root, state, zip);
			return;
		}
		const file = target.closest<HTMLButtonElement>('[data-pack-file]');
		if (file) void downloadFile(root, state, file);
	});
	// `toggle` does not bubble: listen while it goes down.
	panel.addEventListener(
		'toggle',
		(event) => {
			const details = event.target;
			const part =
				states.get(panel)?.pack?.parts[Number((details as HTMLElement).dataset?.['packPreview'])];
			if (details instanceof HTMLDetailsElement && details.open && part)
				void fillPreview(details, part);
		},
		true,
	);
}

/* ---- The step ---- */

/** Renders the checklist, then prepares the pack when the dossier is ready. */
export async function render(
	panel: HTMLElement,
	{ dossier, catalogue }: ViewContext,
): Promise<void> {
	const root = must(panel, '[data-pack]');
	const previous = states.get(panel);
	if (!previous) bind(panel, root);
	const state: State = {
		dossier,
		run: (previous?.run ?? 0) + 1,
		job: previous?.job ?? { busy: false },
	};
	states.set(panel, state);

	const items = packReadiness(dossier, catalogue);
	slot(root, 'checklist').replaceChildren(...items.map((item) => checklistItem(root, item)));
	const ready = missingItems(items).length === 0;
	const problems = must(root, '[data-pack-problems]');
	show(must(root, '[data-pack-missing]'), !ready);
	show(problems, false);
	show(must(root, '[data-pack-ready]'), false);
	if (!ready) return;

	let prepared: Awaited<ReturnType<typeof import('../pack-prepare').prepare>>;
	try {
		const module = await import('../pack-prepare');
		prepared = await module.prepare(dossier);
	} catch {
		if (states.get(panel) !== state) return;
		slot(problems, 'problems').replaceChildren(
			el(
				'li',
				'Le catalogue ou les modèles de documents du site n’ont pas pu être chargés : vérifiez la connexion et rechargez la page.',
			),
		);
		show(problems, true);
		return;
	}
	if (states.get(panel) !== state) return;
	const { pack, catalogue: packCatalogue } = prepared;
	if (!pack.ok) {
		slot(problems, 'problems').replaceChildren(...pack.problems.map((line) => el('li', line)));
		show(problems, true);
		return;
	}
	state.pack = pack;
	state.catalogue = packCatalogue;
	renderChoice(root, pack.choice, packCatalogue);
	renderWarnings(root, pack.warnings);
	renderFields(root, pack.fields);
	slot(root, 'documents').replaceChildren(
		...pack.parts.map((part, index) => documentItem(root, part, index)),
	);
	progress(root, '');
	show(must(root, '[data-pack-ready]'), true);
}
