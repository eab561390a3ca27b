/**
 * DataPass's rules on a request, each written once: the schema, the wizard, the checklist and the
 * DataPass sheet all read them from here (../../shared/reference/datapass.md).
 */
import { looselySameName } from './names';

/** Above this many months of retention, DataPass asks for a justification. */
export const RETENTION_JUSTIFY_ABOVE_MONTHS = 36;

/** True when `months` of retention need a justification in DataPass. */
export function retentionNeedsJustification(months: number): boolean {
	return months > RETENTION_JUSTIFY_ABOVE_MONTHS;
}

/** The message shown wherever a retention above the limit has no justification. */
export const RETENTION_JUSTIFICATION_MESSAGE = `Au-delà de ${RETENTION_JUSTIFY_ABOVE_MONTHS} mois de conservation, DataPass exige une justification : ajoutez-la ou réduisez la durée.`;

/** True when a phone number is a French mobile (06 or 07), as DataPass wants with FranceConnect. */
export function isMobilePhone(phone: string): boolean {
	return /^(?:\+33\s?|0)[67]/.test(phone.trim());
}

/** The message shown wherever FranceConnect is chosen with a technical contact without a mobile. */
export const FRANCE_CONNECT_MOBILE_MESSAGE =
	'Avec FranceConnect, DataPass exige un numéro de mobile (06 ou 07) pour le contact technique.';

/** True when FranceConnect is among the modalities and the technical contact's phone is no mobile. */
export function franceConnectNeedsMobile(modalities: readonly string[], phone: string): boolean {
	return modalities.includes('france_connect') && !isMobilePhone(phone);
}

/** The message shown wherever the DPO is the maire. */
export const DPO_IS_MAIRE_MESSAGE =
	'Le délégué à la protection des données ne peut pas être le maire, président du conseil d’administration : indiquez le délégué désigné par le CCAS.';

/**
 * True when the DPO is the maire: the same name as the president (compared loosely), or « maire »
 * as a job title (not « maire adjoint », another elected member).
 */
export function dpoIsMaire(
	dpo: { name: string; jobTitle?: string },
	presidentName: string,
): boolean {
	const byName = looselySameName(dpo.name, presidentName);
	const title = dpo.jobTitle ?? '';
	const byTitle = /\bmaire\b/i.test(title) && !/adjoint/i.test(title);
	return byName || byTitle;
}
