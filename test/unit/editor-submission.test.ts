// The editor schemas: the collection's `editor` and the form's `editorSubmission`. Bad and hostile
// entries are refused with a French message naming the field.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editor } from '../../src/lib/schema/catalogue';
import { editorSubmission } from '../../src/lib/schema/editor-submission';
import { fieldProblems } from '../../src/lib/zod-issues';
import { goodSubmission } from '../helpers/editor-fixtures';

/** The first « path : message » zod reports, or '' when valid. */
function firstProblem(schema: typeof editor | typeof editorSubmission, value: unknown): string {
	const result = schema.safeParse(value);
	if (result.success) return '';
	const [first] = fieldProblems(result.error);
	return first ? `${first.path} : ${first.message}` : '';
}

describe('editorSubmission', () => {
	it('accepts a complete submission', () => {
		expect(firstProblem(editorSubmission, goodSubmission)).toBe('');
		expect(
			firstProblem(editorSubmission, {
				...goodSubmission,
				evidence: { kind: 'habilitation', reference: '54321' },
				note: 'Logiciel d’action sociale.\nDeux lignes.',
				connectedSince: '2024-05-02',
			}),
		).toBe('');
	});

	it.each([
		[
			'a SIRET with a wrong key',
			{ siret: '35142130000037' },
			/^siret : SIRET invalide : la clé de contrôle/,
		],
		['a SIRET of 13 digits', { siret: '3514213000003' }, /^siret : SIRET invalide : 14 chiffres/],
		[
			'a script in the name',
			{ name: '<script>alert(1)</script>' },
			/^name : Les caractères « < » et « > »/,
		],
		[
			'markup in the solution',
			{ solution: 'Sonate <b>Opus</b>' },
			/^solution : Les caractères « < » et « > »/,
		],
		[
			'an image tag in the note',
			{ note: '<img src=x onerror=alert(1)>' },
			/^note : Les caractères/,
		],
		[
			'a javascript: URL',
			{ website: 'javascript:alert(1)' },
			/^website : Adresse invalide : une adresse web commençant par https:\/\//,
		],
		['a plain http URL', { website: 'http://arpege.fr' }, /^website : Adresse invalide/],
		[
			'a 10 000-character name',
			{ name: 'A'.repeat(10_000) },
			/^name : Texte trop long : 120 caractères au plus\./,
		],
		[
			'a right-to-left override',
			{ solution: 'Sonate\u202egpj.exe' },
			/^solution : Ce texte contient des caractères de contrôle invisibles/,
		],
		[
			'a NUL character',
			{ name: 'Arp\u0000ège' },
			/^name : Ce texte contient des caractères de contrôle/,
		],
		[
			'a line break in the name',
			{ name: 'Arpège\nSonate' },
			/^name : Ce champ tient sur une ligne/,
		],
		['no use case', { useCases: [] }, /^useCases : Choisissez au moins un cas d’usage\./],
		['an unknown API', { apis: ['api-entreprise'] }, /^apis\[0\] : /],
		['an empty name', { name: '   ' }, /^name : Ce champ est obligatoire\./],
		[
			'no evidence',
			{ evidence: { kind: '' } },
			/^evidence\.kind : Choisissez la preuve de connexion/,
		],
		[
			'a bad form id',
			{ evidence: { kind: 'formulaire-datapass', formId: 'Formulaire Arpège', scopes: ['x'] } },
			/^evidence\.formId : Identifiant de formulaire DataPass invalide/,
		],
		[
			'a form without scopes',
			{ evidence: { kind: 'formulaire-datapass', formId: 'api-particulier-ccas-x', scopes: [] } },
			/^evidence\.scopes : Cochez au moins un périmètre/,
		],
		[
			'a hostile reference',
			{ evidence: { kind: 'habilitation', reference: '<script>' } },
			/^evidence\.reference : Référence invalide/,
		],
		[
			'a bad email',
			{ contact: { name: 'Jeanne', email: 'jeanne@' } },
			/^contact\.email : Adresse électronique invalide/,
		],
		['no consent', { consent: false }, /^consent : Cochez la case pour accepter la publication/],
	])('refuses %s', (_name, change, message) => {
		expect(firstProblem(editorSubmission, { ...goodSubmission, ...change })).toMatch(message);
	});

	it('refuses any name containing < or >', () => {
		fc.assert(
			fc.property(fc.string(), fc.constantFrom('<', '>'), fc.string(), (before, mark, after) => {
				const result = editorSubmission.safeParse({
					...goodSubmission,
					name: `A${before}${mark}${after}`,
				});
				return !result.success && result.error.issues.some((issue) => issue.path[0] === 'name');
			}),
		);
	});
});

describe('editor (the collection schema)', () => {
	const goodEntry = {
		name: 'Arpège',
		siret: '35142130000036',
		solution: 'Sonate',
		useCases: ['ccas'],
		apis: ['api-particulier'],
		sources: [{ label: 'Formulaire DataPass api-particulier-ccas-arpege' }],
		checkedOn: '2026-08-06',
	};

	it('accepts a complete entry, with the optional connection date', () => {
		expect(firstProblem(editor, goodEntry)).toBe('');
		expect(firstProblem(editor, { ...goodEntry, connectedSince: '2020-09-18' })).toBe('');
	});

	it.each([
		['a wrong SIRET', { siret: '35142130000037' }, /^siret : SIRET invalide/],
		[
			'a SIRET with a trailing dot (a DataPass slip)',
			{ siret: '35142130000036.' },
			/^siret : SIRET invalide : 14 chiffres/,
		],
		['no source', { sources: [] }, /^sources : /],
		['an unknown use case', { useCases: ['mairie'] }, /^useCases\[0\] : /],
		['a date in French', { checkedOn: '6 août 2026' }, /^checkedOn : Date invalide/],
		['a javascript: website', { website: 'javascript:alert(1)' }, /^website : Adresse invalide/],
		[
			'a DataPass form without scopes',
			{ datapassForm: { id: 'api-particulier-ccas-arpege', scopes: [] } },
			/^datapassForm\.scopes : /,
		],
	])('refuses %s with its message', (_name, change, message) => {
		expect(firstProblem(editor, { ...goodEntry, ...change })).toMatch(message);
	});
});
