/** Editor list helpers: labels and the display order (CCAS editors first, active before history). */
import type { Editor } from '../schema/catalogue';
import type { WithId } from './types';

/** French labels of the use cases. */
export const useCaseLabels: Record<Editor['useCases'][number], string> = {
	ccas: 'Aides sociales des CCAS',
	'portail-famille': 'Portail famille (tarification)',
};

/** Orders editors: CCAS use case first, active before historical, then by name. */
export function sortEditors<T extends WithId<Editor>>(editors: T[]): T[] {
	const rank = (editor: T) =>
		(editor.useCases.includes('ccas') ? 0 : 2) + (editor.status === 'historique' ? 1 : 0);
	return [...editors].sort(
		(a, b) =>
			rank(a) - rank(b) ||
			a.name.localeCompare(b.name, 'fr') ||
			a.solution.localeCompare(b.solution, 'fr'),
	);
}
