/**
 * Export, import and erasure of the dossier. Loaded on first use (click or file choice), so this
 * code is not in the page's first download; the element hands it a small port on its state.
 */
import { MAX_DOSSIER_BYTES, parseDossierBytes, serialiseDossier } from '../lib/dossier/parse';
import type { ParseResult } from '../lib/dossier/parse';
import type { Dossier } from '../lib/schema/dossier';
import { dossierFileName } from '../lib/wizard/file-name';
import { fileStrings as t } from '../lib/wizard/strings-files';
import { el, must, show, slot } from './dom';
import { saveFile } from './download';

/** What the file actions need from the assistant element. */
export interface FilePort {
	/** The element (its alerts and confirm region live inside). */
	root: HTMLElement;
	/** The dossier as it stands. */
	dossier: Dossier;
	/** Titles of the steps whose typed values do not validate (exported in their last valid version). */
	invalidSteps: string[];
	/** Shows the success alert and focuses it. */
	notify(title: string, message: string): void;
	/** Takes an imported dossier as the current one. */
	adopt(dossier: Dossier): void;
	/** Erases the saved draft and the page's state; false when the browser refused. */
	erase(): boolean;
	/** Shows the storage warning. */
	warn(message: string): void;
	/** True when the page holds a dossier worth asking about before replacing it. */
	hasContent: boolean;
	/** The title of the step where a path of the Dossier is entered. */
	locate(path: string): string | undefined;
}

/** A valid file waiting for the person to confirm that it replaces the current dossier. */
let waiting: { dossier: Dossier; migratedFrom: number | undefined } | undefined;

/** Downloads the dossier as `dossier-<ccas>.json` and says so. */
export function exportDossier(port: FilePort): void {
	const name = dossierFileName(port.dossier.ccas?.name);
	saveFile(serialiseDossier(port.dossier), 'application/json', name);
	port.notify(
		t.exportedTitle,
		port.invalidSteps.length > 0 ? t.exportedPartial(name, port.invalidSteps) : t.exported(name),
	);
}

/** Reads a chosen file through the site's one decoding rule (BOM sniffing, strict UTF-8). */
async function read(file: File): Promise<ParseResult> {
	// Checked before reading: a huge file is refused without being loaded.
	if (file.size > MAX_DOSSIER_BYTES)
		return { ok: false, problems: [{ path: '', message: t.fileTooLarge }] };
	try {
		return parseDossierBytes(new Uint8Array(await file.arrayBuffer()));
	} catch {
		return { ok: false, problems: [{ path: '', message: t.fileUnreadable }] };
	}
}

/**
 * Imports the chosen file: the dossier is replaced only when the file is valid, otherwise its
 * problems are listed. The element hid the previous outcome when the file was chosen.
 */
export async function importDossier(port: FilePort, input: HTMLInputElement): Promise<void> {
	const file = input.files?.[0];
	if (!file) return;
	const failure = must(port.root, '[data-alert="import-error"]');
	const result = await read(file);
	// The same file can be chosen again after a fix.
	input.value = '';
	if (result.ok) {
		waiting = { dossier: result.dossier, migratedFrom: result.migratedFrom };
		if (!port.hasContent) {
			confirmImport(port, true);
			return;
		}
		const region = must(port.root, '[data-confirm-import]');
		slot(region, 'message').textContent = t.replaceAsk(
			port.dossier.ccas?.name,
			file.name,
			result.dossier.ccas?.name,
		);
		show(region, true);
		must(region, '[tabindex="-1"]').focus();
		return;
	}
	// The wizard's labels are only needed for a refused file: they load then.
	const { fieldLabel } = await import('../lib/schema/field-labels');
	slot(failure, 'list').replaceChildren(
		...result.problems.map((problem) => {
			const step = port.locate(problem.path);
			const label = problem.path === '' ? undefined : fieldLabel(problem.path);
			return el('li', t.importProblem(step, label, problem.message));
		}),
	);
	show(failure, true);
	failure.focus();
}

/** Replaces the dossier with the file waiting for confirmation, or keeps the current one. */
export function confirmImport(port: FilePort, replace: boolean): void {
	show(must(port.root, '[data-confirm-import]'), false);
	const file = waiting;
	waiting = undefined;
	if (!replace || !file) {
		must(port.root, '[data-import]').focus();
		return;
	}
	port.adopt(file.dossier);
	port.notify(t.importedTitle, t.imported(file.dossier.ccas?.name, file.migratedFrom));
}

/** Opens or closes the inline confirmation of the erasure, moving the focus into it or back. */
export function askClear(root: HTMLElement, open: boolean): void {
	const region = must(root, '[data-confirm-clear]');
	const button = must(root, '[data-action="clear"]');
	show(region, open);
	button.setAttribute('aria-expanded', String(open));
	if (open) must(region, '[tabindex="-1"]').focus();
	else button.focus();
}

/** Erases everything after confirmation. */
export function clear(port: FilePort): void {
	show(must(port.root, '[data-confirm-clear]'), false);
	must(port.root, '[data-action="clear"]').setAttribute('aria-expanded', 'false');
	if (port.erase()) port.notify(t.clearedTitle, t.cleared);
	else port.warn(t.clearFailed);
}
