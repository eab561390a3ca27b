/** French labels for guide metadata. */
import type { Guide } from '../schema/catalogue';

/** Who a guide is for, as a reader recognises themself. */
export const audienceLabels: Record<Guide['audience'][number], string> = {
	direction: 'Direction du CCAS',
	dpo: 'Délégué à la protection des données',
	agents: 'Agents instructeurs',
	éditeurs: 'Éditeurs de logiciels',
	élus: 'Élus et administrateurs',
};
