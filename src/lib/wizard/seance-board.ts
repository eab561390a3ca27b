/**
 * The board list of the « Séance du conseil » step as the browser keeps it up to date: the counts
 * and quorum (computed by the engine's checkSitting, never again here), the members present
 * (the proxy holders and the chair to choose from), and how many rows the number in office asks for.
 */
import type { Sitting } from '../schema/sitting';
import { checkSitting } from '../sitting/check';
import { seanceStep } from './seance-step';
import type { FormValues } from './types';
import { number, rowKeys, text } from './values';

const plural = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;

/** Keys of the member rows, in order. */
export const memberRows = (values: FormValues) => rowKeys(values, 'members.', '.name');

/** « 5 présents, 1 représenté, 1 absent. Quorum requis : 4 présents sur 7 en exercice (atteint). » */
export function sittingCounts(values: FormValues): string {
	const read = seanceStep.read(values) as Sitting;
	const inOffice = number(values, 'inOffice');
	const valid = typeof inOffice === 'number' && inOffice > 0;
	// Only the members and the number in office matter to the counts; the rest may be unfinished,
	// so it is given neutral values the rules can read.
	const { counts } = checkSitting({
		...read,
		inOffice: valid ? inOffice : 0,
		presidentOfSitting: read.presidentOfSitting ?? '',
		secretary: read.secretary ?? '',
		vote: { kind: 'unanimité' },
	});
	const parts = [
		`${plural(counts.present, 'présent')}, ${plural(counts.represented, 'représenté')}, ${plural(counts.absent, 'absent')}.`,
	];
	if (valid)
		parts.push(
			`Quorum requis : ${plural(counts.quorum, 'présent')} sur ${counts.inOffice} en exercice (${counts.quorumReached ? 'atteint' : 'non atteint'}).`,
		);
	return parts.join(' ');
}

/** Names of the members marked present, in list order (blank names left out, each once). */
export function presentMembers(values: FormValues): string[] {
	const names: string[] = [];
	for (const key of memberRows(values)) {
		const name = text(values, `members.${key}.name`).trim().replace(/\s+/g, ' ');
		if (name && text(values, `members.${key}.attendance`) === 'présent' && !names.includes(name))
			names.push(name);
	}
	return names;
}

/** Rows the list should hold for the number in office (undefined when it is not a sensible number). */
export function rowsWanted(values: FormValues): number | undefined {
	const inOffice = number(values, 'inOffice');
	return typeof inOffice === 'number' &&
		Number.isInteger(inOffice) &&
		inOffice >= 1 &&
		inOffice <= 40
		? inOffice
		: undefined;
}

/** A row is empty when nothing was typed or chosen in it (attendance keeps its default). */
export function rowIsEmpty(values: FormValues, key: string): boolean {
	const row = `members.${key}.`;
	return (
		text(values, `${row}name`).trim() === '' &&
		text(values, `${row}civility`) === '' &&
		text(values, `${row}role`) === '' &&
		['', 'présent'].includes(text(values, `${row}attendance`))
	);
}

/** « Mme Jeanne Martin » → civility « Mme », name « Jeanne Martin »; no civility when none is typed. */
export function splitCivility(typed: string): { civility: 'Mme' | 'M.' | undefined; name: string } {
	const match = /^(mme|madame|m\.|monsieur)\s+(.+)$/iu.exec(typed.trim());
	if (!match) return { civility: undefined, name: typed };
	const word = (match[1] ?? '').toLowerCase();
	return { civility: word === 'mme' || word === 'madame' ? 'Mme' : 'M.', name: match[2] ?? '' };
}
