/**
 * The contract of a view step's renderer: `assistant-views/<step id>.ts` exports `render`, which the
 * `hc-assistant` element loads and calls when that step is shown (so its code is not in the page's
 * first download). A view step added to the registry needs only this file and its Astro component.
 */
import type { Dossier } from '../lib/schema/dossier';
import type { WizardCatalogue } from '../lib/wizard/types';

/** What a view step is rendered from. */
export interface ViewContext {
	/** The dossier as it stands (only validated sections). */
	dossier: Dossier;
	/** The catalogue facts passed by the page. */
	catalogue: WizardCatalogue;
	/** Today's date, YYYY-MM-DD (for printed documents). */
	today: string;
}

/** A view step's module. */
export interface ViewModule {
	/** Fills the step's panel; text only, from the markup's containers and templates. */
	render(panel: HTMLElement, context: ViewContext): void | Promise<void>;
}
