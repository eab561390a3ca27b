/**
 * The DPO's fields of the « Conservation, destinataires, information » step: the Dossier's
 * `dataProtection` part as form values and back. Fields: `apiAccess`, `taxYear` and
 * `taxController.<familyName|givenName|email|phone|jobTitle>` (read only while the hidden flag
 * `asks.tax` is `oui`: a condition needs tax data), `legalAidAuthority` (only while `asks.legalAid`
 * is `oui`: a legal aid is instructed), `fallback.method` and `fallback.formula` (only while
 * `asks.quotient` is `oui`: a condition uses the quotient familial). The step's view sets the flags
 * from the Dossier; values of a hidden field stay in the form (and the draft), out of the Dossier.
 */
import { dossier as dossierSchema } from '../schema/dossier';
import type { z } from '../schema/zod-fr';
import type { FormValues } from './types';
import { optionalText } from './values';

/** The `dataProtection` part as the Dossier holds it (tax controller included). */
export type ProtectionPart = NonNullable<z.infer<typeof protectionSchema>>;

/** The schema of the part: the Dossier's own, so that the step and an import judge alike. */
export const protectionSchema = dossierSchema.shape.dataProtection;

/** The hidden flags the step's view sets: which DPO questions the Dossier raises. */
export const protectionAsks = ['tax', 'legalAid', 'quotient'] as const;

/** A DPO question the Dossier raises. */
export type ProtectionAsk = (typeof protectionAsks)[number];

/** The fields of the tax controller, in the order of the form (DataPass's contact fields). */
export const taxControllerFields = [
	'familyName',
	'givenName',
	'email',
	'phone',
	'jobTitle',
] as const;

const asks = (values: FormValues, ask: ProtectionAsk) =>
	optionalText(values, `asks.${ask}`) === 'oui';

/** Drops the keys whose value is undefined (the Dossier stores no empty answer). */
function defined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(
		Object.entries(value).filter(([, entry]) => entry !== undefined),
	) as Partial<T>;
}

/** The tax controller typed in, or undefined when every one of its fields is empty. */
function readController(values: FormValues): Record<string, string> | undefined {
	const typed = Object.fromEntries(
		taxControllerFields.map((name) => [name, optionalText(values, `taxController.${name}`) ?? '']),
	);
	return Object.values(typed).some((value) => value !== '') ? typed : undefined;
}

/** Form values → the `dataProtection` candidate, or undefined when nothing applies or is answered. */
export function readProtection(values: FormValues): Record<string, unknown> | undefined {
	const method = optionalText(values, 'fallback.method');
	const formula = optionalText(values, 'fallback.formula');
	const tax = asks(values, 'tax');
	const part = defined({
		apiAccess: optionalText(values, 'apiAccess'),
		taxYear: tax ? optionalText(values, 'taxYear') : undefined,
		legalAidAuthority: asks(values, 'legalAid')
			? optionalText(values, 'legalAidAuthority')
			: undefined,
		fallback:
			asks(values, 'quotient') && method !== undefined
				? defined({ method, formula: method === 'formule' ? formula : undefined })
				: undefined,
		taxController: tax ? readController(values) : undefined,
	});
	return Object.keys(part).length > 0 ? part : undefined;
}

/**
 * The `dataProtection` part → form values. The flags say what the part answers; the step's view
 * sets them again from the Dossier when the step is shown.
 */
export function writeProtection(part: ProtectionPart | undefined): FormValues {
	const values: FormValues = {
		apiAccess: part?.apiAccess ?? '',
		taxYear: part?.taxYear ?? '',
		legalAidAuthority: part?.legalAidAuthority ?? '',
		'fallback.method': part?.fallback?.method ?? '',
		'fallback.formula': part?.fallback?.formula ?? '',
		'asks.tax': part?.taxYear !== undefined || part?.taxController !== undefined ? 'oui' : '',
		'asks.legalAid': part?.legalAidAuthority === undefined ? '' : 'oui',
		'asks.quotient': part?.fallback === undefined ? '' : 'oui',
	};
	for (const name of taxControllerFields)
		values[`taxController.${name}`] = part?.taxController?.[name] ?? '';
	return values;
}
