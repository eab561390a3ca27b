// The real content/ is valid, and each kind of broken entry is rejected with a message naming the file and field.
import { afterEach, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import { formatProblem } from '../../src/lib/catalogue/types';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture';

let fixture: ContentFixture | undefined;
afterEach(() => {
	fixture?.cleanup();
	fixture = undefined;
});

/** Loads a broken copy and returns its problems as « file : field : message » lines. */
function problemsAfter(
	collection: string,
	id: string,
	edit: (entry: Record<string, unknown>) => void,
): string[] {
	fixture = contentFixture();
	fixture.editEntry(collection, id, edit);
	return loadCatalogue(fixture.dir, fixture.dir).problems.map(formatProblem);
}

describe('content/', () => {
	const { catalogue, problems } = loadCatalogue('content');

	it('is valid', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('has every article the reference lists, with the slugs the site links to', () => {
		const ids = catalogue.legal.map((a) => a.id);
		for (const id of [
			'crpa-l114-8',
			'crpa-r114-9-3',
			'crpa-d114-9-1',
			'casf-l312-1',
			'casf-r123-5',
			'casf-l123-5',
			'casf-r123-2',
			'casf-r123-16',
			'casf-r123-17',
			'casf-r123-18',
			'casf-r123-21',
			'crpa-l114-10',
			'crpa-r114-9-5',
			'crpa-r114-9-6',
			'crpa-r114-9-7',
			'cgct-l2131-1',
			'rgpd-6',
			'rgpd-14',
			'loi-78-17-4',
		]) {
			expect(ids).toContain(id);
		}
	});

	it('marks R114-9-3 abrogated, replaced by D114-9-1, and links L114-8 to its current version', () => {
		const r = catalogue.legal.find((a) => a.id === 'crpa-r114-9-3');
		expect(r?.status).toBe('abrogé');
		expect(r?.replacedBy).toBe('crpa-d114-9-1');
		const l = catalogue.legal.find((a) => a.id === 'crpa-l114-8');
		expect(l?.legiarti).toBe('LEGIARTI000045213315');
		expect(l?.url).toBe('https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045213315');
	});

	it('gives every data item of API Particulier its quotient familial scope label', () => {
		const qf = catalogue.data.find((d) => d.id === 'quotient-familial');
		expect(qf?.scopes).toEqual([
			{ name: 'cnaf_quotient_familial', label: 'Quotient familial CAF & MSA' },
		]);
	});
});

describe('a broken entry is rejected with the file and the field', () => {
	it('missing field', () => {
		const lines = problemsAfter('legal', 'crpa-l114-8', (entry) => delete entry['summary']);
		// The broken file is named once; entries citing it are then reported as dangling too.
		expect(lines.filter((line) => line.includes('crpa-l114-8.yaml'))).toEqual([
			expect.stringMatching(/crpa-l114-8\.yaml : summary : /),
		]);
	});

	it('bad URL (not https, or javascript:)', () => {
		const lines = problemsAfter(
			'legal',
			'crpa-l114-8',
			(entry) => (entry['url'] = 'javascript:alert(1)'),
		);
		expect(lines.join('\n')).toMatch(/crpa-l114-8\.yaml : url : Adresse invalide/);
	});

	it('a Légifrance link that does not match the LEGIARTI id', () => {
		const lines = problemsAfter(
			'legal',
			'crpa-l114-8',
			(entry) =>
				(entry['url'] = 'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000033219997'),
		);
		expect(lines.join('\n')).toMatch(
			/crpa-l114-8\.yaml : url : Le lien Légifrance ne pointe pas vers la version LEGIARTI000045213315/,
		);
	});

	it('dangling id in a criterion', () => {
		const lines = problemsAfter(
			'criteria',
			'ressources-quotient-familial',
			(entry) => (entry['data'] = ['quotient-familal']),
		);
		expect(lines).toEqual([
			expect.stringMatching(
				/ressources-quotient-familial\.yaml : data\[0\] : « quotient-familal » ne correspond à aucune donnée/,
			),
		]);
	});

	it('dangling id in an aid and in a successor', () => {
		expect(
			problemsAfter('aids', 'aide-alimentaire', (entry) => (entry['criteria'] = ['inconnu'])).join(
				'\n',
			),
		).toMatch(/aide-alimentaire\.yaml : criteria\[0\] : « inconnu »/);
		fixture?.cleanup();
		expect(
			problemsAfter(
				'legal',
				'crpa-r114-9-3',
				(entry) => (entry['replacedBy'] = 'crpa-d999-9'),
			).join('\n'),
		).toMatch(/crpa-r114-9-3\.yaml : replacedBy : /);
	});

	it('bad SIRET: wrong length, trailing dot, Luhn key', () => {
		expect(
			problemsAfter('editors', 'arche-mc2', (entry) => (entry['siret'] = '382519312000881')).join(
				'\n',
			),
		).toMatch(/arche-mc2\.yaml : siret : SIRET invalide : 14 chiffres/);
		fixture?.cleanup();
		expect(
			problemsAfter('editors', 'arche-mc2', (entry) => (entry['siret'] = '38251931200088.')).join(
				'\n',
			),
		).toMatch(/arche-mc2\.yaml : siret : SIRET invalide/);
		fixture?.cleanup();
		expect(
			problemsAfter('editors', 'arche-mc2', (entry) => (entry['siret'] = '38251931200089')).join(
				'\n',
			),
		).toMatch(/arche-mc2\.yaml : siret : SIRET invalide : la clé de contrôle/);
	});

	it('an editor naming an unknown API or scope', () => {
		expect(
			problemsAfter('editors', 'paxtel', (entry) => (entry['apis'] = ['api-entreprise'])).join(
				'\n',
			),
		).toMatch(/paxtel\.yaml : apis\[0\] : /);
		fixture?.cleanup();
		const lines = problemsAfter(
			'editors',
			'paxtel',
			(entry) =>
				((entry['datapassForm'] as { scopes: string[] }).scopes = [
					'cnaf_quotient_familial',
					'cnaf_inexistant',
				]),
		);
		expect(lines).toEqual([
			expect.stringMatching(
				/paxtel\.yaml : datapassForm\.scopes\[1\] : Le périmètre « cnaf_inexistant »/,
			),
		]);
	});

	it('a file named differently from its code and article', () => {
		fixture = contentFixture();
		fixture.editEntry('legal', 'crpa-l114-9', (entry) => (entry['article'] = 'L114-99'));
		const lines = loadCatalogue(fixture.dir, fixture.dir).problems.map(formatProblem);
		expect(lines).toEqual([
			expect.stringMatching(
				/crpa-l114-9\.yaml : article : Le nom du fichier doit être « crpa-l114-99 »/,
			),
		]);
	});
});
