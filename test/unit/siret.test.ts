import { describe, expect, it } from 'vitest';
import { isValidSiret, luhn } from '../../src/lib/siret';

describe('isValidSiret', () => {
	it.each([
		'38251931200088',
		'35142130000036',
		'32275019100031',
		'34219218400063',
		'35600000000048',
		'35600000000056',
	])('accepts %s', (siret) => {
		expect(isValidSiret(siret)).toBe(true);
	});
	it.each([
		['38251931200089', 'wrong key'],
		['3825193120008', '13 digits'],
		['382519312000880', '15 digits (a DataPass slip)'],
		['38251931200088.', 'trailing dot (a DataPass slip)'],
		['3825193120008A', 'a letter'],
		['', 'empty'],
	])('rejects %s (%s)', (siret) => {
		expect(isValidSiret(siret)).toBe(false);
	});
	it('computes Luhn on known numbers', () => {
		expect(luhn('79927398713')).toBe(true);
		expect(luhn('79927398710')).toBe(false);
	});
});
