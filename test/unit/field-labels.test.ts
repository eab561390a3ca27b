// Every field of the Dossier has the wizard's label (for the import list), and every message a
// wrong value gets names its field: no zod generic text (« Entrée invalide »), on every path.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDossierValue } from '../../src/lib/dossier/parse';
import { dossier } from '../../src/lib/schema/dossier';
import { fieldLabel } from '../../src/lib/schema/field-labels';

interface Def {
	type: string;
	shape?: Record<string, { _zod: { def: Def } }>;
	element?: { _zod: { def: Def } };
	innerType?: { _zod: { def: Def } };
	in?: { _zod: { def: Def } };
	options?: { _zod: { def: Def } }[];
}

/** Every leaf and group path of a schema, with the kind of value it expects (list indexes as [0]). */
function schemaPaths(def: Def, path = ''): { path: string; type: string }[] {
	const join = (key: string) => (path ? `${path}.${key}` : key);
	switch (def.type) {
		case 'optional':
		case 'default':
		case 'nonoptional':
			return def.innerType ? schemaPaths(def.innerType._zod.def, path) : [];
		case 'pipe':
			return def.in ? schemaPaths(def.in._zod.def, path) : [];
		case 'object':
			return [
				{ path, type: 'object' },
				...Object.entries(def.shape ?? {}).flatMap(([key, value]) =>
					schemaPaths(value._zod.def, join(key)),
				),
			];
		case 'array':
			return [
				{ path, type: 'array' },
				...(def.element ? schemaPaths(def.element._zod.def, `${path}[0]`) : []),
			];
		case 'union': {
			// The options of the vote share `kind`: a path appears once.
			const seen = new Map<string, string>();
			for (const option of def.options ?? [])
				for (const entry of schemaPaths(option._zod.def, path))
					if (!seen.has(entry.path)) seen.set(entry.path, entry.type);
			return [...seen].map(([p, type]) => ({ path: p, type }));
		}
		default:
			return [{ path, type: def.type }];
	}
}

const paths = schemaPaths((dossier as unknown as { _zod: { def: Def } })._zod.def).filter(
	(entry) => entry.path !== '',
);
const example = JSON.parse(readFileSync('examples/ccas-villebourg.json', 'utf8')) as Record<
	string,
	unknown
>;

/** The example with `value` at `path` (creating nothing: the path must exist in the example). */
function withValue(path: string, value: unknown): Record<string, unknown> {
	const copy = structuredClone(example);
	// The counts exist only in a ballot: the example's vote is unanimous.
	if (path.startsWith('sitting.vote.') && path !== 'sitting.vote.kind')
		(copy['sitting'] as Record<string, unknown>)['vote'] = {
			kind: 'scrutin',
			for: 9,
			against: 0,
			abstentions: 0,
		};
	const keys = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) =>
		index === undefined ? (key ?? '') : Number(index),
	);
	let target: Record<string | number, unknown> = copy;
	for (const key of keys.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
	target[keys.at(-1) ?? ''] = value;
	return copy;
}

/** A value of another type than the path expects. */
function wrongValue(type: string): unknown {
	return type === 'string' || type === 'enum' || type === 'literal' ? 42 : 'texte';
}

describe('fieldLabel', () => {
	it('walks a schema of dozens of fields', () => {
		expect(paths.length).toBeGreaterThan(60);
	});

	it.each(paths.map((entry) => entry.path))('labels %s', (path) => {
		const label = fieldLabel(path);
		expect(label).not.toBe(path);
		expect(label).not.toMatch(/[.[\]]|\{n\}|undefined/);
	});

	it('reads as the wizard does, with list positions from 1', () => {
		expect(fieldLabel('sitting.members[2].name')).toBe('Séance › Membre 3 › Prénom et nom');
		expect(fieldLabel('aids[0].conditions[1].threshold')).toBe('Aide 1 › Condition 2 › Seuil');
		expect(fieldLabel('request.technique.phone')).toBe(
			'Demande DataPass › Contact technique › Téléphone',
		);
		expect(fieldLabel('')).toBe('Dossier');
	});

	it('gives back an unknown path as it is', () => {
		expect(fieldLabel('ccas.inconnu')).toBe('ccas.inconnu');
	});
});

describe('messages of a dossier of the wrong type, on every path', () => {
	const present = paths.filter((entry) => {
		try {
			withValue(entry.path, null);
			return true;
		} catch {
			return false;
		}
	});

	it('covers most paths of the example', () => {
		expect(present.length).toBeGreaterThan(50);
	});

	it.each(present.map((entry) => [entry.path, entry.type]))(
		'%s (%s): a French message of its own, not zod’s',
		(path, type) => {
			const result = parseDossierValue(withValue(path, wrongValue(type)));
			expect(result.ok).toBe(false);
			if (result.ok) return;
			const problem = result.problems.find((p) => p.path === path || p.path.startsWith(`${path}.`));
			expect(problem, JSON.stringify(result.problems)).toBeDefined();
			expect(problem?.message).not.toMatch(/Entrée invalide|attendu,|reçu|chaîne de caractères/);
			// A number where a name is expected is not « obligatoire »: it is there, of the wrong type.
			if (type === 'string') expect(problem?.message).not.toMatch(/obligatoire/);
		},
	);

	it.each([
		['ccas.name', 42, 'Le nom du CCAS doit être un texte.'],
		['sitting.vote.kind', 'x', 'Le mode de vote : choisissez « unanimité » ou « scrutin ».'],
		[
			'processing.information.poster',
			'oui',
			'L’affiche à l’accueil doit être oui ou non (true ou false).',
		],
		['processing.authorisedAgents[0].count', '3', 'Le nombre d’agents doit être un nombre.'],
		['aids', {}, 'Les aides doivent être une liste.'],
		['ccas.address', 'rue', 'L’adresse du CCAS doit être un groupe de champs (un objet JSON).'],
	])('%s = %j: « %s »', (path, value, message) => {
		const result = parseDossierValue(withValue(path, value));
		expect(result.ok ? [] : result.problems).toContainEqual({ path, message });
	});
});
