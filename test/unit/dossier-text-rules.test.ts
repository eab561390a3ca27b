// Text normalised once at the Dossier boundary, and what breaks a document refused with a French
// message naming the field: one row per attack of the adversarial run (issue 18).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDossierValue } from '../../src/lib/dossier/parse';
import type { Dossier } from '../../src/lib/schema/dossier';
import { normaliseText, undrawableCharacters } from '../../src/lib/schema/text-rules';

const example = JSON.parse(readFileSync('examples/ccas-villebourg.json', 'utf8')) as Dossier;

/** The example with the first member's name (or another field, by `edit`) changed. */
function parseWith(edit: (copy: Dossier) => void) {
	const copy = structuredClone(example);
	edit(copy);
	return parseDossierValue(copy);
}

const memberName = (name: string) =>
	parseWith((copy) => {
		if (copy.sitting?.members[0]) copy.sitting.members[0].name = name;
	});

/** The message for the first member's name, or undefined when it is accepted. */
function memberMessage(name: string): string | undefined {
	const result = memberName(name);
	if (result.ok) return undefined;
	return result.problems.find((p) => p.path === 'sitting.members[0].name')?.message;
}

describe('names refused, with the field and the fix', () => {
	it.each([
		['a right-to-left override', 'Amélie \u202esiobud', /Le nom du membre .*sens d’écriture/],
		['a left-to-right isolate', 'Amélie \u2066Dubois\u2069', /Le nom du membre .*sens d’écriture/],
		['a tab', 'Amélie\tDubois', /Le nom du membre tient sur une ligne/],
		['a line break', 'Amélie\nDubois', /Le nom du membre tient sur une ligne/],
		['a carriage return', 'Amélie\rDubois', /Le nom du membre tient sur une ligne/],
		['a zero-width space', 'Amé\u200blie Dubois', /Le nom du membre .*espaces invisibles/],
		['a zero-width joiner', 'Amélie\u200dDubois', /Le nom du membre .*espaces invisibles/],
		['a word joiner', 'Amélie\u2060Dubois', /Le nom du membre .*espaces invisibles/],
		['a byte order mark inside', 'Amélie\ufeffDubois', /Le nom du membre .*espaces invisibles/],
		['a C1 control', 'Amélie\u0085Dubois', /Le nom du membre .*caractères de contrôle/],
		['a C0 control', 'Amélie\u0007Dubois', /Le nom du membre .*caractères de contrôle/],
		['a formula', '=HYPERLINK("http://exemple.test")', /ne doit pas commencer par « = »/],
		['a plus formula', '+1+2', /ne doit pas commencer par/],
		['an at formula', '@SOMME(A1)', /ne doit pas commencer par/],
		['Chinese', '王小明', /« 王 », « 小 », « 明 ».*lettres latines, comme à l’état civil/],
		[
			'Devanagari',
			'अमित शर्मा',
			/Le nom du membre contient des caractères que le PDF ne sait pas écrire/,
		],
		['an emoji', 'Amélie 🎉 Dubois', /« 🎉 ».*comme à l’état civil/],
		['Arabic (right to left, not shaped)', 'أمينة', /Le nom du membre .*lettres latines/],
		['Hebrew (right to left)', 'שרה לוי', /Le nom du membre .*lettres latines/],
		['a lone surrogate', 'Amélie \ud800', /U\+D800/],
	])('%s', (_what, name, message) => {
		expect(memberMessage(name)).toMatch(message);
	});

	it('names the field of the CCAS and of the request too', () => {
		const ccas = parseWith((copy) => {
			if (copy.ccas) copy.ccas.name = '=1+2';
		});
		expect(ccas.ok ? [] : ccas.problems).toContainEqual({
			path: 'ccas.name',
			message: expect.stringMatching(/^Le nom du CCAS ne doit pas commencer par/),
		});
		const contact = parseWith((copy) => {
			if (copy.request) copy.request.metier.familyName = '李';
		});
		expect(contact.ok ? [] : contact.problems).toContainEqual({
			path: 'request.metier.familyName',
			message: expect.stringMatching(/^Le nom contient des caractères que le PDF/),
		});
	});
});

describe('names accepted and normalised', () => {
	it.each([
		['Łucja Wałęsa', 'Łucja Wałęsa'],
		['Nguyễn Thị Ngọc', 'Nguyễn Thị Ngọc'],
		['Ğülşen Özdemir', 'Ğülşen Özdemir'],
		['Ægir Þórsson', 'Ægir Þórsson'],
		['Σοφία Παπαδοπούλου', 'Σοφία Παπαδοπούλου'],
		['Анна Иванова', 'Анна Иванова'],
		// Decomposed accents (a Mac's file names) are composed: one form for every comparison.
		['Ame\u0301lie', 'Amélie'],
		['  Amélie    Dubois  ', 'Amélie Dubois'],
		['Jean-Marie d’Arc', 'Jean-Marie d’Arc'],
	])('%s', (name, stored) => {
		const result = memberName(name);
		expect(result.ok, JSON.stringify(result)).toBe(true);
		if (result.ok) expect(result.dossier.sitting?.members[0]?.name).toBe(stored);
	});

	it('keeps the example valid (Ł, ễ, Ğ among its names)', () => {
		expect(parseDossierValue(example).ok).toBe(true);
	});

	it('keeps the line breaks of a paragraph, and refuses its tabs', () => {
		const edit = (justification: string) =>
			parseWith((copy) => {
				if (copy.processing) {
					copy.processing.retentionMonths = 48;
					copy.processing.retentionJustification = justification;
				}
			});
		const kept = edit('Première raison.\r\n\r\n\r\nSeconde   raison.  ');
		expect(kept.ok && kept.dossier.processing?.retentionJustification).toBe(
			'Première raison.\n\nSeconde raison.',
		);
		const tab = edit('Raison\tune');
		expect(tab.ok ? [] : tab.problems.map((p) => p.message)).toContainEqual(
			expect.stringMatching(/^La justification ne doit pas contenir de tabulation/),
		);
	});
});

describe('numbers', () => {
	it('stores -0 as 0 (it would print « -0 € »)', () => {
		const result = parseWith((copy) => {
			const condition = copy.aids
				?.find((aid) => aid.conditions.some((c) => c.threshold !== undefined))
				?.conditions.find((c) => c.threshold !== undefined);
			if (condition) condition.threshold = -0;
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const thresholds = (result.dossier.aids ?? []).flatMap((aid) =>
			aid.conditions.map((c) => c.threshold),
		);
		expect(thresholds.some((t) => Object.is(t, -0))).toBe(false);
		expect(thresholds).toContain(0);
	});
});

describe('normaliseText and undrawableCharacters', () => {
	it('collapses runs of spaces, no-break ones included, to one', () => {
		expect(normaliseText('a \u00a0 b\u00a0\u00a0c')).toBe('a b\u00a0c');
	});

	it('lists each character the PDF cannot draw once', () => {
		expect(undrawableCharacters('王王 a 🎉')).toEqual(['王', '🎉']);
		expect(undrawableCharacters('Łódź, Nguyễn, 1\u202f200 €')).toEqual([]);
	});
});
