/** Step « Données strictement nécessaires »: the engine's result rendered into the step's panel. */
import { minimise } from '../../lib/minimise';
import { formatDateFr } from '../../lib/french';
import { renderResults } from '../assistant-results';
import type { ViewContext } from '../assistant-view';

/** Runs `minimise` on the dossier (when it has aids) and renders the result. */
export function render(panel: HTMLElement, { dossier, catalogue, today }: ViewContext): void {
	const result = dossier.aids?.length ? minimise(dossier, catalogue) : undefined;
	renderResults(panel, result, {
		ccasName: dossier.ccas?.name,
		date: formatDateFr(today),
		apiNames: catalogue.apiNames,
	});
}
