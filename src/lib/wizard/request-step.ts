/**
 * Step « Demande DataPass »: the `request` section. Fields: `projectName`, `modalities` (checkbox
 * group), `volumetry`, `plannedDate` (typed JJ/MM/AAAA, like every date), and for each contact `metier.`,
 * `technique.`, `dpo.` + `familyName`, `givenName`, `email`, `phone`, `jobTitle`, and the box
 * `technique.sameAsMetier` (`oui`): the business contact is also the technical one.
 */
import { stepTitle } from '../steps';
import { modalities, request, type Contact, type RequestSection } from '../schema/dossier';
import type { FormStep, FormValues } from './types';
import { dottedName, list, number, numberText, text } from './values';

/** The three DataPass contacts, in the order of the form. */
export const contactRoles = ['metier', 'technique', 'dpo'] as const;
/** The fields of a contact, in the order of the form. */
export const contactFields = ['familyName', 'givenName', 'email', 'phone', 'jobTitle'] as const;

/** A date typed JJ/MM/AAAA is read as AAAA-MM-JJ; anything else is left for the schema to judge. */
export function readDate(raw: string): string {
	const typed = raw.trim();
	const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
	if (!french) return typed;
	const [, day = '', month = '', year = ''] = french;
	return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** The message of a date the person types JJ/MM/AAAA (the schema's own names the stored format). */
export const typedDateMessage = 'Date invalide : tapez-la au format JJ/MM/AAAA (ex. 16/03/2026).';

/** The typed-date message for an invalid date, or undefined for any other problem. */
export function dateMessage(issue: { code: string }): string | undefined {
	return issue.code === 'invalid_format' ? typedDateMessage : undefined;
}

/** AAAA-MM-JJ written JJ/MM/AAAA, as a person types it. */
export function writeDate(iso: string): string {
	const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return parts ? `${parts[3]}/${parts[2]}/${parts[1]}` : iso;
}

function readContact(values: FormValues, role: string): Record<keyof Contact, string> {
	return Object.fromEntries(
		contactFields.map((name) => [name, text(values, `${role}.${name}`).trim()]),
	) as Record<keyof Contact, string>;
}

/** The « Demande DataPass » step. */
export const requestStep: FormStep<RequestSection> = {
	id: 'demande',
	title: stepTitle('demande'),
	kind: 'form',
	schema: request,
	read(values) {
		const chosen = list(values, 'modalities');
		return {
			projectName: text(values, 'projectName'),
			// The schema's order, whatever the order of the boxes.
			modalities: modalities.filter((modality) => chosen.includes(modality)),
			volumetry: number(values, 'volumetry'),
			plannedDate: readDate(text(values, 'plannedDate')),
			metier: readContact(values, 'metier'),
			technique: readContact(
				values,
				list(values, 'technique.sameAsMetier').includes('oui') ? 'metier' : 'technique',
			),
			dpo: readContact(values, 'dpo'),
		};
	},
	write(section) {
		const values: FormValues = {
			projectName: section.projectName,
			modalities: [...section.modalities],
			volumetry: numberText(section.volumetry),
			plannedDate: writeDate(section.plannedDate),
		};
		for (const role of contactRoles)
			for (const name of contactFields) values[`${role}.${name}`] = section[role][name];
		const same = contactFields.every((name) => section.technique[name] === section.metier[name]);
		values['technique.sameAsMetier'] = same ? ['oui'] : [];
		return values;
	},
	pick: (dossier) => dossier.request,
	put: (dossier, section) => ({ ...dossier, request: section }),
	own: (path) => (path[0] === 'request' ? path.slice(1) : undefined),
	message: (field, issue) => (field === 'plannedDate' ? dateMessage(issue) : undefined),
	fieldOf(path, values) {
		if (path[0] === 'modalities') return 'modalities';
		// The technical contact copied from the business one is corrected there.
		if (path[0] === 'technique' && list(values, 'technique.sameAsMetier').includes('oui'))
			return dottedName(['metier', ...path.slice(1)]);
		return dottedName(path);
	},
};
