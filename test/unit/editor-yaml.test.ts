// The browser's YAML emitter: its output parses with the `yaml` package to the same value, whatever
// the strings hold, and the entry file it writes passes the `editor` schema and the content checks.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml, yamlString, type YamlValue } from '../../src/lib/editors/yaml';
import { entryFromSubmission, entryYaml } from '../../src/lib/editors/entry';
import { editor } from '../../src/lib/schema/catalogue';
import { editorSubmission } from '../../src/lib/schema/editor-submission';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import { formatProblem } from '../../src/lib/catalogue/types';
import { contentFixture, type ContentFixture } from '../helpers/content-fixture';
import { goodSubmission } from '../helpers/editor-fixtures';

// Any string, including lone surrogates, controls and YAML syntax.
const anyString = fc.oneof(
	fc.string({ unit: 'binary' }),
	fc.constantFrom(
		'- a',
		': b',
		'&anchor',
		'*alias',
		'!!python/object',
		'|',
		'>',
		'#',
		'"',
		"'",
		'---',
		'...',
		'yes',
		'null',
		'~',
		'0x1F',
		'1e3',
		'@',
		'`',
		'%TAG',
	),
);
// Lone surrogates cannot be written to a UTF-8 file: the emitter writes U+FFFD instead.
const written = (value: string) =>
	value.replace(
		/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
		'\ufffd',
	);

const value: fc.Arbitrary<YamlValue> = fc.letrec<{ value: YamlValue }>((tie) => ({
	value: fc.oneof(
		{ depthSize: 'small' },
		anyString,
		fc.integer(),
		fc.boolean(),
		fc.constant(null),
		fc.array(tie('value'), { maxLength: 4 }),
		fc
			.dictionary(
				fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('a', 'key_1')),
				tie('value'),
				{
					maxKeys: 4,
				},
			)
			.filter((object) => !('__proto__' in object)),
	),
})).value;

function normalised(input: YamlValue): unknown {
	return JSON.parse(
		JSON.stringify(input, (_key, item: unknown) =>
			typeof item === 'string' ? written(item) : item,
		),
	);
}

describe('toYaml', () => {
	it('writes every value so that yaml parses it back unchanged', () => {
		fc.assert(
			fc.property(value, (input) => {
				expect(parse(toYaml(input))).toEqual(normalised(input));
			}),
			{ numRuns: 500 },
		);
	});

	it('keeps YAML syntax typed by a user inside a string', () => {
		const hostile = 'a: b\n- c\n&x *x !!str # d "e" \'f\' \u2028 \u0085 \ufeff';
		expect(parse(toYaml({ name: hostile }))).toEqual({ name: hostile });
		expect(toYaml({ name: hostile }).split('\n')).toHaveLength(2);
	});

	it('quotes every string, even those that look like numbers, booleans or null', () => {
		expect(toYaml({ a: '123', b: 'true', c: 'null', d: '' })).toBe(
			'a: "123"\nb: "true"\nc: "null"\nd: ""\n',
		);
		expect(yamlString('\u007f\u2029')).toBe('"\\u007f\\u2029"');
	});

	it('writes block lists and nested maps, and leaves out undefined values', () => {
		expect(toYaml({ list: ['x', { id: 'y', scopes: ['a'] }], empty: [], skip: undefined })).toBe(
			'list:\n  - "x"\n  - id: "y"\n    scopes:\n      - "a"\nempty: []\n',
		);
	});

	it('refuses numbers YAML cannot hold', () => {
		expect(() => toYaml({ n: Number.POSITIVE_INFINITY })).toThrow(RangeError);
	});
});

describe('the entry file', () => {
	let fixture: ContentFixture | undefined;
	afterEach(() => {
		fixture?.cleanup();
		fixture = undefined;
	});

	const submission = editorSubmission.parse({
		...goodSubmission,
		name: 'Éditeur « Test » : "quotes" & \'apostrophes\'',
		solution: 'Solution - test #1',
		note: 'Deux lignes :\nla seconde.',
		connectedSince: '2024-05-02',
	});
	const entry = entryFromSubmission(submission, '2026-11-23');
	const yaml = entryYaml('editeur-test-solution-test-1', entry);

	it('parses with yaml and passes the editor schema, without the contact or the consent', () => {
		const parsed = parse(yaml) as Record<string, unknown>;
		const result = editor.safeParse(parsed);
		expect(result.success).toBe(true);
		expect(parsed['name']).toBe(submission.name);
		expect(parsed['datapassForm']).toEqual({
			id: 'api-particulier-ccas-arpege',
			scopes: ['cnaf_quotient_familial', 'cnaf_allocataires'],
		});
		expect(parsed['status']).toBe('actif');
		expect(parsed['checkedOn']).toBe('2026-11-23');
		expect(yaml).not.toMatch(/jeanne|consent|contact/i);
	});

	it('passes the content checks when dropped into content/editors', () => {
		fixture = contentFixture();
		writeFileSync(join(fixture.dir, 'editors', 'editeur-test-solution-test-1.yaml'), yaml);
		const { catalogue, problems } = loadCatalogue(fixture.dir, fixture.dir);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(catalogue.editors.map((item) => item.id)).toContain('editeur-test-solution-test-1');
	});
});
