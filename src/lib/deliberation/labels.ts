/** French wording of Dossier values in documents: people, deciders, lists. */
import type { Ccas, DossierAid } from '../schema/dossier';
import type { Member } from '../schema/sitting';

/** « Mme Hélène Łukasiewicz ». */
export function personLabel(person: { civility: string; name: string }): string {
	return `${person.civility} ${person.name}`;
}

/** Joins « a, b et c » (French list, no Oxford comma). */
export function frenchList(items: readonly string[], last = 'et'): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;
}

/** Who decides, as the deliberation writes it. */
export const deciderLabels: Record<DossierAid['decidedBy'], string> = {
	conseil: 'le conseil d’administration',
	'commission-permanente': 'la commission permanente',
	president: 'le président du conseil d’administration',
	'travailleur-social': 'le travailleur social instructeur',
};

/** « la présidente » or « le président », from the president's civility. */
export function presidentTitle(ccas: Ccas): string {
	return ccas.president.civility === 'Mme' ? 'la présidente' : 'le président';
}

/** Names of members with a given attendance, or « néant ». */
export function membersWith(members: Member[], attendance: Member['attendance']): string {
	const names = members.filter((m) => m.attendance === attendance).map(personLabel);
	return names.length > 0 ? names.join(', ') : 'néant';
}
