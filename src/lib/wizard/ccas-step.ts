/** Step 1, « Votre CCAS »: every field of the `ccas` section, named by its zod path. */
import { stepTitle } from '../steps';
import { ccas, type Ccas } from '../schema/dossier';
import type { FormStep, FormValues, IssuePath } from './types';
import { readDate, writeDate } from './request-step';
import { dottedName, list, number, numberText, optionalText, text } from './values';

/** Value of the software select when the CCAS uses no social-action software. */
export const NO_SOFTWARE = 'aucun';
/** Value of the software select when the software is not listed (its name is typed). */
export const OTHER_SOFTWARE = 'autre';

/** Digits typed with spaces (« 264 100 000 00019 ») are read without them. */
function digits(values: FormValues, name: string): string {
	return text(values, name).replace(/[\s\u00a0\u202f.]/g, '');
}

/** The act that fixed the aids' conditions, when the person named one. */
function readAidRules(values: FormValues): { aidRules?: unknown } {
	const kind = text(values, 'aidRules.kind');
	if (kind === '') return {};
	const number = optionalText(values, 'aidRules.number');
	return {
		aidRules: { kind, ...(number && { number }), date: readDate(text(values, 'aidRules.date')) },
	};
}

function readSoftware(values: FormValues): Ccas['software'] {
	const choice = text(values, 'software.editorId');
	if (choice === OTHER_SOFTWARE) return { other: text(values, 'software.other') };
	if (choice === '' || choice === NO_SOFTWARE) return undefined;
	return { editorId: choice };
}

/** The commune's codes and inhabitants, kept only when it was chosen from the official list. */
function fromList(
	values: FormValues,
): Partial<Pick<Ccas, 'inseeCode' | 'departement' | 'inhabitants'>> {
	const inseeCode = optionalText(values, 'inseeCode');
	const departement = optionalText(values, 'departement');
	const inhabitants = number(values, 'inhabitants');
	if (inseeCode === undefined || departement === undefined) return {};
	return {
		inseeCode,
		departement,
		...(typeof inhabitants === 'number' ? { inhabitants } : {}),
	};
}

/** The « Votre CCAS » step. */
export const ccasStep: FormStep<Ccas> = {
	id: 'ccas',
	title: stepTitle('ccas'),
	kind: 'form',
	schema: ccas,
	read(values) {
		const software = readSoftware(values);
		const organisation = optionalText(values, 'dpo.organisation');
		return {
			name: text(values, 'name'),
			commune: text(values, 'commune'),
			siret: digits(values, 'siret'),
			address: {
				street: text(values, 'address.street'),
				postcode: digits(values, 'address.postcode'),
				city: text(values, 'address.city'),
			},
			population: text(values, 'population') || undefined,
			...fromList(values),
			president: {
				civility: text(values, 'president.civility') || undefined,
				name: text(values, 'president.name'),
			},
			director: {
				civility: text(values, 'director.civility') || undefined,
				name: text(values, 'director.name'),
			},
			dpo: {
				name: text(values, 'dpo.name'),
				email: text(values, 'dpo.email'),
				...(organisation === undefined ? {} : { organisation }),
			},
			...(software === undefined ? {} : { software }),
			managesSocialServices: list(values, 'managesSocialServices').includes('oui'),
			...readAidRules(values),
		};
	},
	write(section) {
		return {
			name: section.name,
			commune: section.commune,
			siret: section.siret,
			'address.street': section.address.street,
			'address.postcode': section.address.postcode,
			'address.city': section.address.city,
			population: section.population,
			inseeCode: section.inseeCode ?? '',
			departement: section.departement ?? '',
			inhabitants: numberText(section.inhabitants),
			'president.civility': section.president.civility,
			'president.name': section.president.name,
			'director.civility': section.director.civility,
			'director.name': section.director.name,
			'dpo.name': section.dpo.name,
			'dpo.email': section.dpo.email,
			'dpo.organisation': section.dpo.organisation ?? '',
			'software.editorId': section.software?.editorId
				? section.software.editorId
				: section.software?.other
					? OTHER_SOFTWARE
					: NO_SOFTWARE,
			'software.other': section.software?.other ?? '',
			managesSocialServices: section.managesSocialServices ? ['oui'] : [],
			'aidRules.kind': section.aidRules?.kind ?? '',
			'aidRules.number': section.aidRules?.number ?? '',
			'aidRules.date': section.aidRules ? writeDate(section.aidRules.date) : '',
		};
	},
	pick: (dossier) => dossier.ccas,
	put: (dossier, section) => ({ ...dossier, ccas: section }),
	own: (path) => (path[0] === 'ccas' ? path.slice(1) : undefined),
	fieldOf(path: IssuePath, values) {
		// The « list or free name » rule sits on the software object: show it where the person acts.
		if (path.length === 1 && path[0] === 'software')
			return text(values, 'software.editorId') === OTHER_SOFTWARE
				? 'software.other'
				: 'software.editorId';
		return dottedName(path);
	},
};
