/**
 * Step « Votre dossier »: the checklist (each missing item links to the step that fixes it), then,
 * when everything is ready, the DataPass fields to copy, the form to open, the documents with their
 * preview and their downloads. The pack is prepared by ../pack-prepare (loaded here, when the
 * dossier is ready); docx, pdf-lib and the fonts come with ../pack-render, on the first download.
 */
import type { Doc } from '../../lib/document/model';
import type { PackCatalogue } from '../../lib/pack/context';
import { datapassSteps } from '../../lib/pack/datapass';
import type { DatapassField } from '../../lib/pack/datapass-fields';
import type { FormChoice } from '../../lib/pack/editor';
import type { PackPart, PreparedPack } from '../../lib/pack/prepare';
import {
	missingItems,
	packReadiness,
	wizardStepTitles,
	type ReadinessItem,
} from '../../lib/pack/readiness';
import type { Dossier } from '../../lib/schema/dossier';
import type { ViewContext } from '../assistant-view';
import { el, must, show, slot } from '../dom';

/** What the panel's buttons act on: the last dossier rendered and its prepared pack. */
interface State {
	dossier: Dossier;
	pack?: PreparedPack;
	catalogue?: PackCatalogue;
	/** Increases at each render: a slow preparation does not overwrite a newer one. */
	run: number;
	busy: boolean;
}

const states = new WeakMap<HTMLElement, State>();

/* ---- Checklist ---- */

function checklistItem(item: ReadinessItem): HTMLLIElement {
	const li = el('li');
	const badge = el('p', item.ready ? 'Prêt' : 'À compléter', {
		class: `fr-badge fr-badge--sm fr-mb-1v ${item.ready ? 'fr-badge--success' : 'fr-badge--warning'}`,
	});
	const text = el('p', '', { class: 'fr-mb-0' });
	text.append(el('strong', item.label), ` : ${item.message}`);
	li.append(badge, text);
	if (!item.ready) {
		const link = el('a', 'Corriger', {
			class: 'fr-link',
			href: '#hc-step-title',
			'data-goto-step': item.step,
		});
		link.append(el('span', ` : étape « ${wizardStepTitles[item.step]} »`, { class: 'fr-sr-only' }));
		const line = el('p', '', { class: 'fr-mb-0' });
		line.append(link);
		li.append(line);
	}
	return li;
}

/* ---- DataPass fields ---- */

function fieldBlock(field: DatapassField, index: number): HTMLElement {
	const id = `hc-pack-field-${index}`;
	const block = el('div', '', { class: 'fr-input-group hc-pack-field' });
	if (field.kind === 'document') {
		const text = el('p', '', { class: 'fr-mb-0' });
		text.append(el('strong', field.label), ` : joignez le fichier ${field.value}.`);
		block.append(text);
	} else {
		const label = el('label', field.label, { class: 'fr-label', for: id });
		if (!field.labelVerified)
			label.append(
				el('span', 'Libellé décrit par nos soins : repérez le champ correspondant.', {
					class: 'fr-hint-text',
				}),
			);
		const lineCount = field.value.split('\n').length + Math.floor(field.value.length / 90);
		const area = el('textarea', '', {
			class: 'fr-input',
			id,
			readonly: '',
			rows: String(Math.min(12, Math.max(1, lineCount))),
		});
		area.value = field.value;
		block.append(label, area);
		if (field.value !== '') {
			const button = el('button', 'Copier', {
				type: 'button',
				class: 'fr-btn fr-btn--secondary fr-btn--sm fr-mt-1w',
				'data-pack-copy': id,
				'data-pack-label': field.label,
			});
			button.append(el('span', ` : ${field.label}`, { class: 'fr-sr-only' }));
			block.append(button);
		} else {
			block.append(el('p', 'Rien à saisir dans ce champ.', { class: 'fr-hint-text' }));
		}
	}
	for (const note of field.notes) block.append(el('p', note, { class: 'fr-text--sm fr-mb-0' }));
	return block;
}

function renderFields(root: HTMLElement, fields: readonly DatapassField[]): void {
	const nodes: HTMLElement[] = [];
	let index = 0;
	for (const step of datapassSteps) {
		const ofStep = fields.filter((field) => field.stepId === step.id);
		if (ofStep.length === 0) continue;
		nodes.push(el('h4', `Étape « ${step.title} »`, { class: 'fr-mt-4w' }));
		for (const field of ofStep) nodes.push(fieldBlock(field, index++));
	}
	slot(root, 'fields').replaceChildren(...nodes);
}

/* ---- Form to open, editor comparison, warnings ---- */

function scopeText(name: string, catalogue: PackCatalogue): string {
	for (const item of catalogue.data) {
		const scope = item.scopes.find((candidate) => candidate.name === name);
		if (scope?.label) return `« ${scope.label} » (${name})`;
	}
	return name;
}

function renderChoice(root: HTMLElement, choice: FormChoice, catalogue: PackCatalogue): void {
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
			nodes.push(el('p', title, { class: 'fr-mb-1v' }));
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
	const alert = el('div', '', { class: 'fr-alert fr-alert--warning fr-alert--sm fr-mb-3w' });
	alert.append(el('p', 'Points à vérifier avant d’envoyer la demande :'));
	const list = el('ul');
	for (const warning of warnings) list.append(el('li', warning));
	alert.append(list);
	slot(root, 'warnings').replaceChildren(alert);
}

/* ---- Documents ---- */

function partFiles(part: PackPart): { path: string; format: string }[] {
	return part.kind === 'doc'
		? part.files.map((file) => ({ path: file.path, format: file.format.toUpperCase() }))
		: [{ path: part.path, format: part.path.slice(part.path.lastIndexOf('.') + 1).toUpperCase() }];
}

function documentItem(part: PackPart, index: number): HTMLLIElement {
	const li = el('li');
	li.append(el('h4', part.title, { class: 'fr-h6 fr-mb-1w' }));
	const buttons = el('ul', '', {
		class: 'fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm',
	});
	for (const file of partFiles(part)) {
		const item = el('li');
		const button = el('button', `Télécharger ${file.path}`, {
			type: 'button',
			class: 'fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-download-line',
			'data-pack-file': file.path,
			'data-pack-part': String(index),
		});
		button.append(el('span', ` (${file.format})`, { class: 'fr-sr-only' }));
		item.append(button);
		buttons.append(item);
	}
	li.append(buttons);
	const details = el('details', '', { 'data-pack-preview': String(index) });
	const summary = el('summary', 'Aperçu');
	summary.append(el('span', ` : ${part.title}`, { class: 'fr-sr-only' }));
	details.append(summary);
	li.append(details);
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
		const { renderDocPreview } = await import('../pack-preview');
		box.append(renderDocPreview(part.doc as Doc));
	} else {
		box.append(el('pre', part.text));
	}
	details.append(box);
}

/* ---- Downloads and copies ---- */

function save(root: HTMLElement, bytes: Uint8Array, mime: string, name: string): void {
	const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
	const link = el('a', '', { href: url, download: name, hidden: '' });
	root.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function progress(root: HTMLElement, text: string): void {
	slot(root, 'progress').textContent = text;
}

async function withBusy(
	root: HTMLElement,
	state: State,
	button: HTMLButtonElement,
	work: () => Promise<void>,
): Promise<void> {
	if (state.busy) return;
	state.busy = true;
	const buttons = [
		...root.querySelectorAll<HTMLButtonElement>('[data-pack-action], [data-pack-file]'),
	];
	for (const other of buttons) other.disabled = true;
	button.setAttribute('aria-busy', 'true');
	try {
		await work();
	} catch (error) {
		progress(
			root,
			`Le document n’a pas pu être produit : ${error instanceof Error ? error.message : String(error)}. Réessayez ou rechargez la page.`,
		);
	} finally {
		state.busy = false;
		for (const other of buttons) other.disabled = false;
		button.removeAttribute('aria-busy');
	}
}

async function downloadZip(
	root: HTMLElement,
	state: State,
	button: HTMLButtonElement,
): Promise<void> {
	const { pack, catalogue, dossier } = state;
	if (!pack || !catalogue) return;
	await withBusy(root, state, button, async () => {
		progress(root, 'Préparation du dossier complet : chargement des outils de mise en page…');
		const [render, prepared] = await Promise.all([
			import('../pack-render'),
			import('../pack-prepare'),
		]);
		progress(root, 'Mise en page des documents en PDF et DOCX, patientez quelques secondes…');
		const built = await render.buildZip(dossier, catalogue, await prepared.packTemplates());
		if (!built.ok) {
			progress(root, `Le dossier ne peut pas être produit : ${built.problems.join(' ')}`);
			return;
		}
		save(root, built.zip, 'application/zip', built.zipName);
		progress(
			root,
			`Dossier complet téléchargé : ${built.zipName} (${built.files.length} fichiers).`,
		);
	});
}

async function downloadFile(
	root: HTMLElement,
	state: State,
	button: HTMLButtonElement,
): Promise<void> {
	const part = state.pack?.parts[Number(button.dataset['packPart'])];
	const path = button.dataset['packFile'] ?? '';
	if (!part) return;
	await withBusy(root, state, button, async () => {
		if (part.kind === 'text') {
			save(root, new TextEncoder().encode(part.text), part.mime, part.path);
		} else {
			progress(root, `Mise en page de ${path}…`);
			const render = await import('../pack-render');
			const file = await render.renderOne(state.dossier, part, path);
			save(root, file.bytes, file.mime, file.path);
		}
		progress(root, `Document téléchargé : ${path}.`);
	});
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
	const state: State = { dossier, run: (previous?.run ?? 0) + 1, busy: previous?.busy ?? false };
	states.set(panel, state);

	const items = packReadiness(dossier, catalogue);
	slot(root, 'checklist').replaceChildren(...items.map(checklistItem));
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
	slot(root, 'documents').replaceChildren(...pack.parts.map(documentItem));
	progress(root, '');
	show(must(root, '[data-pack-ready]'), true);
}
