/**
 * The wizard's catalogue from the content collections, for the assistant and its example page
 * (wiring only: the selection is src/lib/wizard/catalogue.ts).
 */
import { getCollection } from 'astro:content';
import { toWizardCatalogue } from '../../lib/wizard/catalogue';
import type { WizardCatalogue } from '../../lib/wizard/types';

const withIds = <T>(entries: { id: string; data: T }[]) =>
	entries.map((entry) => ({ ...entry.data, id: entry.id }));

/** The facts the wizard needs: data, criteria, aids and editors. */
export async function wizardCatalogue(): Promise<WizardCatalogue> {
	return toWizardCatalogue({
		data: withIds(await getCollection('data')),
		criteria: withIds(await getCollection('criteria')),
		aids: withIds(await getCollection('aids')),
		editors: withIds(await getCollection('editors')),
	});
}
