// The board list as the browser keeps it: counts from checkSitting, members present, rows wanted.
import { describe, expect, it } from 'vitest';
import {
	presentMembers,
	rowIsEmpty,
	rowsWanted,
	sittingCounts,
	splitCivility,
} from '../../src/lib/wizard/seance-board';
import type { FormValues } from '../../src/lib/wizard/types';

const NNBSP = '\u202f';
const board = (rows: [string, string][], inOffice = String(rows.length)): FormValues => ({
	inOffice,
	...Object.fromEntries(
		rows.flatMap(([name, attendance], n) => [
			[`members.${n}.name`, name],
			[`members.${n}.attendance`, attendance],
			[`members.${n}.civility`, 'Mme'],
		]),
	),
});

describe('sittingCounts', () => {
	it('states the attendance and the quorum as the engine computes them', () => {
		const values = board(
			[
				['Ana', 'présent'],
				['Bo', 'présent'],
				['Cy', 'présent'],
				['Di', 'représenté'],
				['Ed', 'absent'],
			],
			'7',
		);
		expect(sittingCounts(values)).toBe(
			`3 présents, 1 représenté, 1 absent. Quorum requis${NNBSP}: 4 présents sur 7 en exercice (non atteint).`,
		);
		expect(sittingCounts(board([['Ana', 'présent']], ''))).toBe(
			'1 présent, 0 représenté, 0 absent.',
		);
	});
});

describe('presentMembers', () => {
	it('lists the members present once each, in order, blank names left out', () => {
		const values = board([
			['Ana  Lopez', 'présent'],
			['Bo', 'absent'],
			['', 'présent'],
			['Ana Lopez', 'présent'],
			['Cy', 'présent'],
		]);
		expect(presentMembers(values)).toEqual(['Ana Lopez', 'Cy']);
	});
});

describe('rowsWanted and rowIsEmpty', () => {
	it('asks for as many rows as members in office, within the schema’s limits', () => {
		expect(rowsWanted({ inOffice: '11' })).toBe(11);
		expect(rowsWanted({ inOffice: '0' })).toBeUndefined();
		expect(rowsWanted({ inOffice: '41' })).toBeUndefined();
		expect(rowsWanted({ inOffice: 'onze' })).toBeUndefined();
	});

	it('calls a row empty only when nothing was typed or chosen in it', () => {
		expect(rowIsEmpty({ 'members.3.name': '', 'members.3.attendance': 'présent' }, '3')).toBe(true);
		expect(rowIsEmpty({ 'members.3.name': ' Zoé ' }, '3')).toBe(false);
		expect(rowIsEmpty({ 'members.3.attendance': 'absent' }, '3')).toBe(false);
	});
});

describe('splitCivility', () => {
	it('takes the civility typed before a name', () => {
		expect(splitCivility('Mme Jeanne Martin')).toEqual({ civility: 'Mme', name: 'Jeanne Martin' });
		expect(splitCivility('monsieur Paul Roy')).toEqual({ civility: 'M.', name: 'Paul Roy' });
		expect(splitCivility('M. Paul Roy')).toEqual({ civility: 'M.', name: 'Paul Roy' });
		expect(splitCivility('Mmeline Roy')).toEqual({ civility: undefined, name: 'Mmeline Roy' });
	});
});
