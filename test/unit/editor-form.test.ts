// The submission form's logic: form entries in, French messages by field or the entry file and the email out.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
	fieldErrors,
	fieldOf,
	prepareSubmission,
	submissionFields,
	submissionFromForm,
} from '../../src/lib/editors/form';
import { entryId, isoDateInFrance, slugify } from '../../src/lib/editors/entry';
import { mailtoHref } from '../../src/lib/editors/mail';
import { editor } from '../../src/lib/schema/catalogue';
import { goodFormEntries } from '../helpers/editor-fixtures';

const now = new Date('2026-11-23T10:00:00Z');
const operator = {
	contactEmail: 'mainteneurs@ccas-outils.fr',
	repositoryUrl: 'https://github.com/ccas-outils/habilitation-ccas',
	repositoryBranch: 'main',
};
const unconfigured = {
	contactEmail: undefined,
	repositoryUrl: undefined,
	repositoryBranch: 'main',
};
const withEntry = (name: string, value: string) =>
	goodFormEntries.map(([key, old]): [string, string] => [key, key === name ? value : old]);

describe('submissionFromForm', () => {
	it('reads single values, repeated boxes, the consent box, and removes spaces from the SIRET', () => {
		expect(submissionFromForm(goodFormEntries)).toMatchObject({
			siret: '35142130000036',
			useCases: ['ccas'],
			evidence: {
				kind: 'formulaire-datapass',
				scopes: ['cnaf_quotient_familial', 'cnaf_allocataires'],
			},
			consent: true,
			note: undefined,
		});
	});

	it('keeps only the fields of the chosen evidence, and reads an unticked box as false', () => {
		const raw = submissionFromForm([
			...withEntry('evidence.kind', 'habilitation').filter(([name]) => name !== 'consent'),
			['evidence.reference', '54321'],
		]);
		expect(raw['evidence']).toEqual({ kind: 'habilitation', reference: '' });
		expect(raw['consent']).toBe(false);
	});

	it('ignores files', () => {
		expect(submissionFromForm([['name', new Blob(['x'])]])['name']).toBe('');
	});
});

describe('prepareSubmission', () => {
	it('produces the entry file, its name, an email with the entry in it and the forge’s new-file page', () => {
		const result = prepareSubmission(submissionFromForm(goodFormEntries), now, operator);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.id).toBe('arpege-sonate');
		expect(result.fileName).toBe('arpege-sonate.yaml');
		expect(editor.safeParse(parse(result.yaml)).success).toBe(true);
		const forge = new URL(result.newFile ?? '');
		expect(forge.origin + forge.pathname).toBe(
			'https://github.com/ccas-outils/habilitation-ccas/new/main/content/editors',
		);
		expect(forge.searchParams.get('filename')).toBe('arpege-sonate.yaml');
		expect(forge.searchParams.get('value')).toBe(result.yaml);
		const mail = new URL(result.mailto ?? '');
		expect(mail.protocol).toBe('mailto:');
		expect(mail.pathname).toBe(operator.contactEmail);
		const subject = mail.searchParams.get('subject') ?? '';
		const body = mail.searchParams.get('body') ?? '';
		expect(subject).toBe('Proposition d’éditeur\u202f: Sonate (Arpège)');
		expect(body).toContain(result.yaml.trimEnd());
		expect(body).toContain('Jeanne Martin <jeanne.martin@arpege.fr>');
		expect(body).toContain('formulaire prérempli DataPass api-particulier-ccas-arpege');
	});

	it('offers only the file when no contact address and no repository are configured', () => {
		const result = prepareSubmission(submissionFromForm(goodFormEntries), now, unconfigured);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		expect(result.yaml).toMatch(/^name: .*Arpège/m);
		expect(result.mailto).toBeUndefined();
		expect(result.newFile).toBeUndefined();
	});

	it('gives one French message per field, in the order of the form', () => {
		const result = prepareSubmission(
			submissionFromForm([
				...withEntry('siret', '35142130000037')
					.map(([name, value]): [string, string] => [
						name,
						name === 'website' ? 'javascript:alert(1)' : name === 'name' ? '<b>x</b>' : value,
					])
					.filter(([name]) => name !== 'useCases' && name !== 'consent'),
			]),
			now,
			operator,
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map((error) => error.field)).toEqual([
			'name',
			'siret',
			'website',
			'useCases',
			'consent',
		]);
		expect(result.errors[1]?.message).toMatch(/^SIRET invalide/);
		expect(result.errors[2]?.message).toMatch(/^Adresse invalide/);
	});
});

describe('fieldOf and fieldErrors', () => {
	it('maps schema paths to form fields', () => {
		expect(fieldOf('evidence.scopes[2]')).toBe('evidence.scopes');
		expect(fieldOf('evidence')).toBe('evidence.kind');
		expect(fieldOf('useCases[0]')).toBe('useCases');
		expect(fieldOf('contact.email')).toBe('contact.email');
	});

	it('keeps the first message of a field and every field of the form is known', () => {
		expect(
			fieldErrors([
				{ path: 'website', message: 'un' },
				{ path: 'website', message: 'deux' },
				{ path: 'name', message: 'trois' },
			]),
		).toEqual([
			{ field: 'name', message: 'trois' },
			{ field: 'website', message: 'un' },
		]);
		expect(new Set(submissionFields).size).toBe(submissionFields.length);
	});
});

describe('entry helpers', () => {
	it.each([
		['Arche MC2', 'Millésime Action Sociale', 'arche-mc2-millesime-action-sociale'],
		['Paxtel', 'Paxtel', 'paxtel'],
		[
			'AFI – Agence Française d’Informatique',
			'Mélissandre',
			'afi-agence-francaise-d-informatique-melissandre',
		],
		['<>', '!!', 'editeur'],
	])('names the entry of %s / %s', (name, solution, id) => {
		expect(entryId(name, solution)).toBe(id);
	});

	it('slugifies to lower-case ASCII', () => {
		expect(slugify('  Entr’ouvert — Publik ')).toBe('entr-ouvert-publik');
	});

	it('dates the entry in France, not in UTC', () => {
		expect(isoDateInFrance(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
	});

	it('encodes the mailto link', () => {
		expect(mailtoHref('a@b.fr', { subject: 'É & ?', body: 'l1\nl2' })).toBe(
			'mailto:a@b.fr?subject=%C3%89%20%26%20%3F&body=l1%0Al2',
		);
	});
});
