/** The catalogue as the wizard needs it in the browser: sorted, editors reduced to what the select shows. */
import type { Catalogue } from '../catalogue/types';
import { sortEditors } from '../catalogue/editors';
import { apiNames } from '../catalogue/group';
import type { WizardCatalogue } from './types';

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) =>
	a.order - b.order || a.id.localeCompare(b.id);

/** Picks and sorts the catalogue facts the wizard uses (aids, criteria and data by their order; editors CCAS first). */
export function toWizardCatalogue(
	catalogue: Pick<Catalogue, 'data' | 'criteria' | 'aids' | 'editors'>,
): WizardCatalogue {
	return {
		aids: [...catalogue.aids].sort(byOrder),
		criteria: [...catalogue.criteria].sort(byOrder),
		data: [...catalogue.data].sort(byOrder),
		apiNames,
		editors: sortEditors(catalogue.editors).map((editor) => ({
			id: editor.id,
			name: editor.name,
			solution: editor.solution,
			forCcas: editor.useCases.includes('ccas'),
			historical: editor.status === 'historique',
		})),
	};
}
