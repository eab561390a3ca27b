// Robustness properties: random JSON, random bytes and random valid dossiers through dossier import,
// minimise, editor submission parsing and the pack's preparation (no rendering, to stay fast).
// Never a crash; always either a valid output or French messages naming the fields.
// Runs: 2 000 + 2 000 + 1 500 + 1 000 + 2 000 + 300 = 8 800 (PROPERTY_SCALE multiplies them).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import {
	parseDossierBytes,
	parseDossierJson,
	parseDossierValue,
} from '../../src/lib/dossier/parse';
import { prepareSubmission, submissionFields } from '../../src/lib/editors/form';
import { minimise } from '../../src/lib/minimise';
import { preparePack, partPaths } from '../../src/lib/pack';
import { dossier as dossierSchema, type Dossier } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();
const templates = readPackTemplates();
const example = exampleDossier();
const SCALE = Number(process.env['PROPERTY_SCALE'] ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

/** Words zod uses in its English default messages: none may reach the user. */
const ENGLISH = /\b(Expected|Invalid input|Required|received|Unrecognized)\b/;

/** A problem list as the UI shows it: non-empty, each message French and non-empty. */
function expectFrenchProblems(problems: readonly { path?: string; message: string }[]): void {
	expect(problems.length).toBeGreaterThan(0);
	for (const problem of problems) {
		expect(typeof problem.message).toBe('string');
		expect(problem.message.trim().length).toBeGreaterThan(0);
		expect(problem.message).not.toMatch(ENGLISH);
		if (problem.path !== undefined) expect(typeof problem.path).toBe('string');
	}
}

/**
 * A character the Dossier accepts in a name (the PDF fonts draw it: Latin with its extensions,
 * Greek, Cyrillic, punctuation), or, rarely, any grapheme at all (then mostly refused).
 */
const typable = fc
	.oneof(
		{ weight: 2, arbitrary: fc.integer({ min: 0x20, max: 0x7e }) },
		// Latin-1 and Latin Extended, after the C1 controls (refused).
		{ weight: 4, arbitrary: fc.integer({ min: 0xa0, max: 0x24f }) },
		{ weight: 2, arbitrary: fc.integer({ min: 0x391, max: 0x3c9 }) },
		{ weight: 2, arbitrary: fc.integer({ min: 0x400, max: 0x4ff }) },
		{ weight: 1, arbitrary: fc.integer({ min: 0x2010, max: 0x2027 }) },
	)
	.map((code) => String.fromCodePoint(code));

/** Text anyone could type, sometimes very long; now and then any Unicode, which is mostly refused. */
const anyText = fc.oneof(
	{ weight: 6, arbitrary: fc.string({ unit: typable, minLength: 1, maxLength: 60 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
	{
		weight: 1,
		arbitrary: fc
			.tuple(
				fc.string({ unit: typable, minLength: 1, maxLength: 8 }),
				fc.integer({ min: 50, max: 800 }),
			)
			.map(([text, times]) => text.repeat(times)),
	},
);

/** Every dotted path of a JSON value's objects and arrays (to replace one by random JSON). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
	if (value === null || typeof value !== 'object') return [prefix];
	const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
	return [
		prefix,
		...keys.flatMap((key) =>
			paths((value as Record<string | number, unknown>)[key], [...prefix, key]),
		),
	];
}
const examplePaths = paths(example).filter((p) => p.length > 0);

/** A deep copy of `value` with the node at `path` replaced. */
function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
	const copy = structuredClone(value) as Record<string | number, unknown>;
	let node = copy;
	for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	node[path[path.length - 1] as string | number] = replacement;
	return copy;
}

/**
 * A valid dossier near the example: any Unicode in the names and labels, a random subset of the
 * aids (none to all), random thresholds. Values the schema refuses are filtered out, so what comes
 * out is a dossier the assistant could hold.
 */
interface ExampleShape {
	ccas: {
		name: string;
		president: { name: string };
		director: { name: string };
		dpo: { name: string };
	};
	aids: { label: string; conditions: Record<string, unknown>[] }[];
}
const exampleShape = example as unknown as ExampleShape;

const validDossier: fc.Arbitrary<Dossier> = fc
	.record({
		ccasName: anyText,
		president: anyText,
		director: anyText,
		dpo: anyText,
		aids: fc.subarray(exampleShape.aids),
		labels: fc.array(anyText, {
			minLength: exampleShape.aids.length,
			maxLength: exampleShape.aids.length,
		}),
		threshold: fc.integer({ min: 0, max: 100_000 }),
	})
	.map(({ ccasName, president, director, dpo, aids, labels, threshold }) => {
		const value = structuredClone(exampleShape);
		value.ccas.name = ccasName;
		value.ccas.president.name = president;
		value.ccas.director.name = director;
		value.ccas.dpo.name = dpo;
		value.aids = aids.map((aid, i) => ({
			...structuredClone(aid),
			label: labels[i] ?? aid.label,
			conditions: aid.conditions.map((c) => ('threshold' in c ? { ...c, threshold } : c)),
		}));
		return dossierSchema.safeParse(value);
	})
	.filter((result) => result.success)
	.map((result) => result.data);

describe('dossier import', { timeout: 120_000 }, () => {
	it('answers any JSON value with a dossier or French problems', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				const text = JSON.stringify(value) ?? 'null';
				for (const result of [parseDossierValue(value), parseDossierJson(text)]) {
					if (result.ok) expect(dossierSchema.safeParse(result.dossier).success).toBe(true);
					else expectFrenchProblems(result.problems);
				}
			}),
			{ numRuns: runs(2000) },
		);
	});

	it('answers any bytes, decoded by the site’s one rule, with a dossier or French problems', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
				const result = parseDossierBytes(bytes);
				if (result.ok) expect(dossierSchema.safeParse(result.dossier).success).toBe(true);
				else expectFrenchProblems(result.problems);
			}),
			{ numRuns: runs(2000) },
		);
	});

	it('names the field when one part of a real dossier is replaced by random JSON', () => {
		fc.assert(
			fc.property(fc.constantFrom(...examplePaths), fc.jsonValue(), (path, replacement) => {
				const result = parseDossierValue(replaceAt(example, path, replacement));
				if (result.ok) return;
				expectFrenchProblems(result.problems);
				// At least one problem points into the replaced part (or at an ancestor of it).
				const dotted = path.reduce<string>(
					(out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${key}` : key),
					'',
				);
				expect(
					result.problems.some(
						(p) => dotted.startsWith(p.path) || p.path.startsWith(dotted.split(/[.[]/)[0] ?? ''),
					),
				).toBe(true);
			}),
			{ numRuns: runs(1500) },
		);
	});
});

describe('minimise', { timeout: 120_000 }, () => {
	it('derives data with reasons for any valid dossier', () => {
		fc.assert(
			fc.property(validDossier, (value) => {
				const result = minimise(value, catalogue);
				expect(result).toBeTypeOf('object');
				expect(JSON.stringify(result)).toBeTypeOf('string');
			}),
			{ numRuns: runs(1000) },
		);
	});
});

describe('editor submission', { timeout: 120_000 }, () => {
	const fieldValue = fc.oneof(
		fc.string(),
		fc.string({ unit: 'grapheme', maxLength: 300 }),
		fc.jsonValue(),
		fc.constantFrom('on', 'true', '2024-01-01', 'contact@example.fr', '12345678901234'),
	);
	const raw = fc.oneof(
		fc.dictionary(fc.constantFrom(...submissionFields), fieldValue),
		fc.dictionary(fc.string(), fc.jsonValue()),
	);

	it('answers any object with an entry or French errors on named fields', () => {
		fc.assert(
			fc.property(raw, (input) => {
				const result = prepareSubmission(input, new Date('2026-03-01T10:00:00Z'), {
					contactEmail: 'dev@example.fr',
					repositoryUrl: 'https://github.com/organisme/depot',
					repositoryBranch: 'main',
				});
				if (result.ok) {
					expect(result.yaml.length).toBeGreaterThan(0);
					expect(result.mailto?.startsWith('mailto:')).toBe(true);
					expect(result.newFile?.startsWith('https://github.com/organisme/depot/new/')).toBe(true);
					return;
				}
				expect(result.errors.length).toBeGreaterThan(0);
				for (const error of result.errors) {
					expect(submissionFields).toContain(error.field);
					expect(error.message.trim().length).toBeGreaterThan(0);
					expect(error.message).not.toMatch(ENGLISH);
				}
			}),
			{ numRuns: runs(2000) },
		);
	});
});

describe('pack preparation', { timeout: 120_000 }, () => {
	it('prepares every document, or says in French what is missing, for any valid dossier', () => {
		fc.assert(
			fc.property(validDossier, (value) => {
				const prepared = preparePack({ dossier: value, catalogue, templates });
				if (prepared.ok) {
					const files = partPaths(prepared.parts);
					expect(files.length).toBeGreaterThan(0);
					expect(new Set(files).size).toBe(files.length);
				} else {
					expect(prepared.problems.length).toBeGreaterThan(0);
					for (const problem of prepared.problems) expect(problem).not.toMatch(ENGLISH);
				}
			}),
			{ numRuns: runs(300) },
		);
	});
});
