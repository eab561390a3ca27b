// The Dossier schema, its JSON Schema, import parsing, migrations and the saved draft.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dossier, DOSSIER_SCHEMA_VERSION } from '../../src/lib/schema/dossier';
import { parseDossierJson, serialiseDossier } from '../../src/lib/dossier/parse';
import { dossierJsonSchema } from '../../src/lib/dossier/json-schema';
import {
	changedElsewhere,
	clearDraft,
	DRAFT_KEY,
	emptyDraft,
	loadDraft,
	saveDraft,
	type StorageLike,
} from '../../src/lib/dossier/draft';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

/** An in-memory storage that can be told to fail like a full or disabled localStorage. */
function fakeStorage(fail?: 'quota' | 'security'): StorageLike & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (key) => {
			if (fail === 'security') throw Object.assign(new Error('denied'), { name: 'SecurityError' });
			return data.get(key) ?? null;
		},
		setItem: (key, value) => {
			if (fail === 'quota') throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
			if (fail === 'security') throw Object.assign(new Error('denied'), { name: 'SecurityError' });
			data.set(key, value);
		},
		removeItem: (key) => void data.delete(key),
	};
}

describe('example dossier', () => {
	it('validates and refers only to existing catalogue entries', () => {
		const example = exampleDossier();
		const catalogue = realCatalogue();
		const criteria = new Set(catalogue.criteria.map((c) => c.id));
		for (const aid of example.aids ?? []) {
			for (const condition of aid.conditions)
				if (condition.criterionId) expect(criteria.has(condition.criterionId)).toBe(true);
			if (aid.fromCatalogue) expect(catalogue.aids.some((a) => a.id === aid.id)).toBe(true);
		}
		expect(catalogue.editors.some((e) => e.id === example.ccas?.software?.editorId)).toBe(true);
	});
});

/** The example file as JSON, loosely typed for deliberate corruption. */
type Example = {
	ccas: {
		siret: string;
		name: string;
		commune: string;
		address: { postcode: string };
		dpo: { name: string };
		president: { name: string };
	};
	processing: { retentionMonths: number; retentionJustification?: string };
};

describe('dossier schema', () => {
	const base = JSON.parse(readFileSync('examples/ccas-villebourg.json', 'utf8')) as Example;

	it('names the field and the fix in French', () => {
		const bad = structuredClone(base);
		bad.ccas.siret = '12345678901234';
		bad.ccas.address.postcode = '4199';
		bad.processing.retentionMonths = 48;
		const result = dossier.safeParse(bad);
		expect(result.success).toBe(false);
		const lines = result.error?.issues.map((i) => `${i.path.join('.')} : ${i.message}`) ?? [];
		expect(lines).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^ccas\.siret : SIRET invalide/),
				expect.stringMatching(/^ccas\.address\.postcode : Code postal invalide/),
				expect.stringMatching(/^processing\.retentionJustification : Au-delà de 36 mois/),
			]),
		);
	});

	it('accepts 48 months with a justification', () => {
		const ok = structuredClone(base);
		ok.processing.retentionMonths = 48;
		ok.processing.retentionJustification = 'Contrôle possible de la CAF sur quatre exercices.';
		expect(dossier.safeParse(ok).success).toBe(true);
	});

	it('refuses markup, control characters and a DPO who is the maire', () => {
		const bad = structuredClone(base);
		bad.ccas.name = '<script>alert(1)</script>';
		bad.ccas.commune = 'Ville\u0007';
		bad.ccas.dpo.name = bad.ccas.president.name;
		const paths = dossier.safeParse(bad).error?.issues.map((i) => i.path.join('.'));
		expect(paths).toEqual(expect.arrayContaining(['ccas.name', 'ccas.commune', 'ccas.dpo.name']));
	});

	it('accepts a dossier that has only its version (a new draft)', () => {
		expect(dossier.safeParse({ schemaVersion: DOSSIER_SCHEMA_VERSION }).success).toBe(true);
	});

	it('has a JSON Schema generated from zod, with the required CCAS fields', () => {
		const schema = dossierJsonSchema('https://exemple.gouv.fr/') as {
			properties: Record<string, { required?: string[]; const?: unknown }>;
			$id: string;
		};
		expect(schema.$id).toBe('https://exemple.gouv.fr/dossier.schema.json');
		expect(schema.properties['ccas']?.required).toEqual(
			expect.arrayContaining(['name', 'commune', 'siret', 'president', 'dpo']),
		);
		expect(schema.properties['schemaVersion']?.const).toBe(DOSSIER_SCHEMA_VERSION);
	});
});

describe('import', () => {
	it('round-trips the example exactly', () => {
		const example = exampleDossier();
		const again = parseDossierJson(serialiseDossier(example));
		expect(again.ok && again.dossier).toEqual(example);
	});

	it('refuses a corrupted file, a non-dossier and a newer version with French messages', () => {
		expect(parseDossierJson('{"schemaVersion": 1, "ccas": ')).toEqual({
			ok: false,
			problems: [{ path: '', message: expect.stringMatching(/pas un dossier JSON lisible/) }],
		});
		expect(parseDossierJson('[1,2]')).toMatchObject({
			ok: false,
			problems: [{ message: expect.stringMatching(/objet JSON est attendu/) }],
		});
		expect(parseDossierJson('{"schemaVersion": 7}')).toMatchObject({
			ok: false,
			problems: [{ path: 'schemaVersion', message: expect.stringMatching(/plus récente/) }],
		});
		expect(parseDossierJson('{"nom": "x"}')).toMatchObject({
			ok: false,
			problems: [{ path: 'schemaVersion' }],
		});
	});

	it('migrates a version 0 draft (requestedData → extraData)', () => {
		const result = parseDossierJson(
			JSON.stringify({ schemaVersion: 0, requestedData: ['enfants'] }),
		);
		expect(result).toEqual({
			ok: true,
			migratedFrom: 0,
			notes: [],
			dossier: { schemaVersion: 2, extraData: ['enfants'] },
		});
	});
});

describe('draft storage', () => {
	it('saves, reloads and clears, incrementing the revision', () => {
		const storage = fakeStorage();
		const draft = {
			...emptyDraft(),
			dossier: exampleDossier(),
			pending: { ccas: { name: 'CCAS en cours <' } },
			step: 2,
		};
		const saved = saveDraft(storage, draft);
		expect(saved.ok && saved.draft.revision).toBe(1);
		const loaded = loadDraft(storage);
		expect(loaded.ok && loaded.draft.dossier).toEqual(exampleDossier());
		expect(loaded.ok && loaded.draft.pending).toEqual({ ccas: { name: 'CCAS en cours <' } });
		expect(loaded.ok && loaded.draft.step).toBe(2);
		expect(clearDraft(storage)).toBe(true);
		expect(loadDraft(storage)).toMatchObject({ ok: true, found: false });
	});

	it('reports a full storage and a disabled one instead of throwing', () => {
		expect(saveDraft(fakeStorage('quota'), emptyDraft())).toMatchObject({
			ok: false,
			reason: 'quota',
			message: expect.stringMatching(/plein/),
		});
		expect(saveDraft(fakeStorage('security'), emptyDraft())).toMatchObject({
			ok: false,
			reason: 'indisponible',
		});
		expect(loadDraft(fakeStorage('security'))).toMatchObject({ ok: false, reason: 'indisponible' });
		expect(saveDraft(undefined, emptyDraft())).toMatchObject({ ok: false, reason: 'indisponible' });
	});

	it('keeps a corrupted draft untouched and says so', () => {
		const storage = fakeStorage();
		storage.data.set(DRAFT_KEY, '{pas du json');
		expect(loadDraft(storage)).toMatchObject({ ok: false, reason: 'illisible' });
		expect(storage.data.get(DRAFT_KEY)).toBe('{pas du json');
	});

	it('detects a save made by another tab', () => {
		const storage = fakeStorage();
		const mine = saveDraft(storage, emptyDraft());
		if (!mine.ok) throw new Error('save failed');
		expect(changedElsewhere(storage, mine.draft.revision)).toBe(false);
		saveDraft(storage, mine.draft);
		expect(changedElsewhere(storage, mine.draft.revision)).toBe(true);
	});
});
