/** French wording of Dossier values in documents: people, deciders, lists. */
import type { Catalogue } from '../catalogue/types';
import { nameKey } from '../rules/names';
import type { Ccas, Dossier, DossierAid } from '../schema/dossier';
import type { Member } from '../schema/sitting';

/** « Mme Hélène Łukasiewicz ». */
export function personLabel(person: { civility: string; name: string }): string {
	return `${person.civility} ${person.name}`;
}

const conjunction = new Intl.ListFormat('fr', { type: 'conjunction' });
const disjunction = new Intl.ListFormat('fr', { type: 'disjunction' });

/**
 * Joins « a, b et c » (or « a, b ou c »), as French writes a list (Intl, no Oxford comma). When an
 * item has a comma of its own, items are separated by semicolons (« a, pour x ; b et c »), so that
 * the reader still sees where each one ends.
 */
export function frenchList(items: readonly string[], last: 'et' | 'ou' = 'et'): string {
	if (items.length > 2 && items.some((item) => item.includes(',')))
		return `${items.slice(0, -1).join(' ; ')} ${last} ${items.at(-1) ?? ''}`;
	return (last === 'et' ? conjunction : disjunction).format(items);
}

/** « Travailleurs sociaux » → « travailleurs sociaux », for a label inside a sentence. */
export function lowerFirst(text: string): string {
	return text.charAt(0).toLocaleLowerCase('fr') + text.slice(1);
}

/** Who decides, as the deliberation writes it. */
export const deciderLabels: Record<DossierAid['decidedBy'], string> = {
	conseil: 'le conseil d’administration',
	'commission-permanente': 'la commission permanente',
	president: 'le président du conseil d’administration',
	'travailleur-social': 'le travailleur social instructeur',
};

/** Who receives a delegation of the attribution (R. 123-21 1°), as the deliberation names them. */
export const delegateLabels = {
	president: 'le président du conseil d’administration',
	'vice-president': 'le vice-président du conseil d’administration',
	'vice-president-delegue': 'le vice-président délégué du conseil d’administration',
} as const;

/** The authority that decides a legal aid, to which the CCAS forwards the file (R. 123-5). */
export const legalAuthorityLabels = {
	departement: 'le président du conseil départemental',
	prefet: 'le préfet du département',
} as const;

/** The authorities the CCAS forwards its legal-aid files to, as each aid names them. */
export function legalAuthorities(
	aids: readonly Pick<DossierAid, 'nature' | 'authority'>[],
): string[] {
	return [
		...new Set(
			aids
				.filter((aid) => aid.nature === 'légale')
				.map((aid) => legalAuthorityLabels[aid.authority ?? 'departement']),
		),
	];
}

/** « à » before a noun phrase, contracted as French requires: « au président », « à la commission ». */
export function toPhrase(phrase: string): string {
	if (phrase.startsWith('le ')) return `au ${phrase.slice(3)}`;
	if (phrase.startsWith('les ')) return `aux ${phrase.slice(4)}`;
	return `à ${phrase}`;
}

/** « la présidente » or « le président », from the president's civility. */
export function presidentTitle(ccas: Ccas): string {
	return ccas.president.civility === 'Mme' ? 'la présidente' : 'le président';
}

/** The role the schema writes when none is typed: it follows the civility of who chairs. */
const DEFAULT_PRESIDENT_ROLE = 'Président du conseil d’administration';

/**
 * The role of the president of the sitting as the act writes it: the role typed, or, when the
 * default was kept, « Présidente » for a woman (« Mme …, présidente »), never « Mme …, président ».
 */
export function presidentRoleLabel(sitting: {
	presidentRole: string;
	presidentOfSitting: string;
	members: readonly Member[];
}): string {
	if (sitting.presidentRole !== DEFAULT_PRESIDENT_ROLE) return sitting.presidentRole;
	const key = nameKey(sitting.presidentOfSitting);
	const chair = sitting.members.find((member) => nameKey(member.name) === key);
	return chair?.civility === 'Mme'
		? 'Présidente du conseil d’administration'
		: sitting.presidentRole;
}

/** Names of members with a given attendance, or « néant ». */
export function membersWith(members: Member[], attendance: Member['attendance']): string {
	const names = members.filter((m) => m.attendance === attendance).map(personLabel);
	return names.length > 0 ? names.join(', ') : 'néant';
}

/**
 * « Mme Anne Roy » for a name of the board, with the member's civility when the name is one of
 * the members' (compared with the engine's one name key); the name as typed otherwise.
 */
export function memberLabel(members: readonly Member[], name: string): string {
	const key = nameKey(name);
	const member = members.find((candidate) => nameKey(candidate.name) === key);
	return member ? personLabel(member) : name;
}

/** The software's name as documents write it: « Solution (Éditeur) », the free name, or ''. */
export function softwareName(
	dossier: Pick<Dossier, 'ccas'>,
	catalogue: Pick<Catalogue, 'editors'>,
) {
	const software = dossier.ccas?.software;
	const editor = software?.editorId
		? catalogue.editors.find((entry) => entry.id === software.editorId)
		: undefined;
	return editor ? `${editor.solution} (${editor.name})` : (software?.other ?? '');
}
