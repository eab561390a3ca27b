/**
 * Step « Séance du conseil »: the `sitting` section. Fields: `date`, `noticeDate` (JJ/MM/AAAA or
 * AAAA-MM-JJ), `time`, `place`, `secondNotice` (checkbox `oui`), `inOffice`, the rows
 * `members.<n>.civility|name|role|attendance|proxyTo`, `presidentOfSitting`, `presidentRole`, `secretary`,
 * `vote.kind|for|against|abstentions|notVoting|presidentVote`, `number`, `actesCode`, `dateStyle`.
 * The CASF rules (checkSitting) run after the schema, so that their problems block the step on the
 * field they name, like schema issues.
 */
import { stepTitle } from '../steps';
import { z } from '../schema/zod-fr';
import { sitting, type Sitting } from '../schema/sitting';
import { checkSitting } from '../sitting/check';
import { dateMessage, readDate, writeDate } from './request-step';
import type { FormStep, FormValues } from './types';
import { dottedName, list, number, numberText, optionalText, rowKeys, text } from './values';

/** `sitting.members[3].proxyTo` → ['members', 3, 'proxyTo']: a path of checkSitting in the section. */
export function sittingPath(path: string): (string | number)[] {
	return path
		.replace(/^sitting\.?/, '')
		.split(/[.[\]]+/)
		.filter((part) => part !== '')
		.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

const memberKeys = (values: FormValues) => rowKeys(values, 'members.', '.name');
const voteCounts = ['for', 'against', 'abstentions', 'notVoting'] as const;
/** Text fields read as typed; empty ones are left out (required message, or the schema's default). */
const texts = [
	'place',
	'presidentOfSitting',
	'presidentRole',
	'secretary',
	'actesCode',
	'dateStyle',
] as const;

/** The « Séance du conseil » step. */
export const seanceStep: FormStep<Sitting> = {
	id: 'seance',
	title: stepTitle('seance'),
	kind: 'form',
	schema: sitting.check(
		z.superRefine((section, ctx) => {
			for (const { path, message } of checkSitting(section).problems)
				ctx.addIssue({ code: 'custom', message, path: sittingPath(path) });
		}),
	),
	read(values) {
		const v = (name: string) => text(values, name);
		const kind = v('vote.kind');
		return {
			...Object.fromEntries(texts.map((name) => [name, optionalText(values, name)])),
			date: readDate(v('date')),
			time: v('time').trim(),
			noticeDate: readDate(v('noticeDate')),
			secondNotice: list(values, 'secondNotice').includes('oui'),
			...(list(values, 'secondNotice').includes('oui') && v('firstSittingDate') !== ''
				? { firstSittingDate: readDate(v('firstSittingDate')) }
				: {}),
			inOffice: number(values, 'inOffice'),
			members: memberKeys(values).map((key) => {
				const row = `members.${key}.`;
				const attendance = v(`${row}attendance`);
				const role = optionalText(values, `${row}role`);
				return {
					civility: v(`${row}civility`),
					name: v(`${row}name`),
					attendance,
					proxyTo: attendance === 'représenté' ? optionalText(values, `${row}proxyTo`) : undefined,
					...(role === undefined ? {} : { role }),
				};
			}),
			vote: {
				kind,
				...(kind === 'scrutin' &&
					Object.fromEntries(
						voteCounts.map((name) => [name, number(values, `vote.${name}`) ?? 0]),
					)),
				presidentVote: optionalText(values, 'vote.presidentVote'),
			},
			number: v('number').trim(),
		};
	},
	write(section) {
		const vote = section.vote;
		const values: FormValues = {
			...Object.fromEntries(texts.map((name) => [name, section[name]])),
			date: writeDate(section.date),
			time: section.time,
			noticeDate: writeDate(section.noticeDate),
			secondNotice: section.secondNotice ? ['oui'] : [],
			firstSittingDate: section.firstSittingDate ? writeDate(section.firstSittingDate) : '',
			inOffice: numberText(section.inOffice),
			'vote.kind': vote.kind,
			number: section.number,
		};
		if (vote.kind === 'scrutin') {
			for (const name of voteCounts) values[`vote.${name}`] = numberText(vote[name]);
			values['vote.presidentVote'] = vote.presidentVote ?? '';
		}
		section.members.forEach((member, n) => {
			for (const field of ['civility', 'name', 'role', 'attendance', 'proxyTo'] as const)
				values[`members.${n}.${field}`] = member[field] ?? '';
		});
		return values;
	},
	message: (field, issue) =>
		field === 'date' || field === 'noticeDate' || field === 'firstSittingDate'
			? dateMessage(issue)
			: undefined,
	pick: (dossier) => dossier.sitting,
	put: (dossier, section) => ({ ...dossier, sitting: section }),
	own: (path) => (path[0] === 'sitting' ? path.slice(1) : undefined),
	fieldOf(path, values) {
		const [head, index, leaf = 'name'] = path;
		if (head === 'members') {
			const key = typeof index === 'number' ? memberKeys(values)[index] : undefined;
			return key === undefined ? 'members' : `members.${key}.${String(leaf)}`;
		}
		if (head === 'vote') return `vote.${String(index ?? 'kind')}`;
		return dottedName(path.slice(0, 1));
	},
};
