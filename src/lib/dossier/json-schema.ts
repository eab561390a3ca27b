/** The JSON Schema of the Dossier, generated from the zod schema (never written by hand). */
import { z } from '../schema/zod-fr';
import { dossier } from '../schema/dossier';

/** Returns the JSON Schema (draft 2020-12) describing an exported dossier. */
export function dossierJsonSchema(siteUrl: string): Record<string, unknown> {
	const schema = z.toJSONSchema(dossier, { io: 'input', unrepresentable: 'any' });
	return {
		...schema,
		$id: new URL('/dossier.schema.json', siteUrl).href,
		title: 'Dossier Habilitation CCAS',
		description:
			'Dossier d’un CCAS préparant sa demande d’accès à l’API Particulier, tel qu’exporté par le site Habilitation CCAS.',
	};
}
