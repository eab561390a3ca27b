// Operator settings: operator.json and the environment, validated, and what an empty setting means.
import { describe, expect, it } from 'vitest';
import { newFileHref, operatorSettings } from '../../src/lib/site/operator';
import { loadOperator } from '../../src/lib/site/operator-file';

describe('operatorSettings', () => {
	it('reads empty settings as not configured, with « main » as the default branch', () => {
		expect(operatorSettings({ contactEmail: '', repositoryUrl: ' ', operatorName: '' })).toEqual({
			ok: true,
			settings: {
				operatorName: undefined,
				contactEmail: undefined,
				repositoryUrl: undefined,
				repositoryBranch: 'main',
			},
		});
	});

	it('lets the environment override the file, and trims the repository address', () => {
		const result = operatorSettings(
			{ contactEmail: 'ancien@ville.fr', repositoryUrl: '' },
			{
				HC_CONTACT_EMAIL: 'contact@ccas-outils.fr',
				HC_REPOSITORY_URL: 'https://github.com/ccas-outils/habilitation-ccas.git',
				HC_OPERATOR_NAME: 'Agglomération de Villebourg',
			},
		);
		expect(result).toEqual({
			ok: true,
			settings: {
				operatorName: 'Agglomération de Villebourg',
				contactEmail: 'contact@ccas-outils.fr',
				repositoryUrl: 'https://github.com/ccas-outils/habilitation-ccas',
				repositoryBranch: 'main',
			},
		});
	});

	it('refuses a wrong address or a non-https repository, naming the setting in French', () => {
		const mail = operatorSettings({ contactEmail: 'pas-une-adresse' });
		expect(mail).toEqual({
			ok: false,
			message: expect.stringMatching(
				/^operator\.json : contactEmail : adresse électronique invalide/,
			),
		});
		const repo = operatorSettings({ repositoryUrl: 'http://github.com/a/b' });
		expect(repo).toEqual({
			ok: false,
			message: expect.stringMatching(/repositoryUrl : adresse https du dépôt/),
		});
	});

	it('ships unconfigured: the project’s operator.json invents no address', () => {
		const settings = loadOperator();
		if (process.env['HC_CONTACT_EMAIL'] === undefined)
			expect(settings.contactEmail).toBeUndefined();
		if (process.env['HC_REPOSITORY_URL'] === undefined)
			expect(settings.repositoryUrl).toBeUndefined();
	});
});

describe('newFileHref', () => {
	const yaml = 'id: paxtel\nname: Paxtel & fils\n';
	it('opens GitHub’s new-file page in content/editors with the name and the text filled in', () => {
		const href = newFileHref(
			{
				repositoryUrl: 'https://github.com/ccas-outils/habilitation-ccas',
				repositoryBranch: 'main',
			},
			'paxtel.yaml',
			yaml,
		);
		const url = new URL(href ?? '');
		expect(url.pathname).toBe('/ccas-outils/habilitation-ccas/new/main/content/editors');
		expect(url.searchParams.get('filename')).toBe('paxtel.yaml');
		expect(url.searchParams.get('value')).toBe(yaml);
	});

	it('offers no prefilled link without a repository, or on a forge whose prefill is not known', () => {
		expect(
			newFileHref({ repositoryUrl: undefined, repositoryBranch: 'main' }, 'a.yaml', yaml),
		).toBeUndefined();
		expect(
			newFileHref(
				{ repositoryUrl: 'https://forge.exemple.fr/a/b', repositoryBranch: 'main' },
				'a.yaml',
				yaml,
			),
		).toBeUndefined();
	});
});
