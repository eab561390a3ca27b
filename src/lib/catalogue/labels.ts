/** French labels of catalogue enums, shared by pages and documents. */
import type { DataItem } from '../schema/catalogue';

/** The API Particulier team's data classes, as a CCAS reads them. */
export const apiClassLabels: Record<DataItem['apiClass'], string> = {
	indispensable: 'Indispensable',
	utile: 'Utile',
	injustifiée: 'Injustifiée',
	'non classée': 'Non classée',
};

/** Badge tone of each class. */
export const apiClassTones: Record<DataItem['apiClass'], 'success' | 'info' | 'error' | undefined> =
	{
		indispensable: 'success',
		utile: 'info',
		injustifiée: 'error',
		'non classée': undefined,
	};
