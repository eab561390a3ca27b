// The editor list and the submission form in Chromium: filters, entry pages, a bad SIRET refused with
// its message, hostile text refused and never run, and a good submission whose downloaded YAML
// passes the collection schema and the content checks.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchBrowser, newPage } from './browser';
import { loadCatalogue } from '../../src/cli/load-catalogue';
import { formatProblem } from '../../src/lib/catalogue/types';
import { editor } from '../../src/lib/schema/catalogue';
import { loadOperator } from '../../src/lib/site/operator-file';
import { contentFixture } from '../helpers/content-fixture';

const baseUrl = inject('baseUrl');
const { catalogue } = loadCatalogue('content');
let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe('editor list', () => {
	it('filters by use case and API, and every row leads to its entry page', async () => {
		const page = await newPage(browser);
		await page.goto(`${baseUrl}/editeurs/`);
		const rows = page.locator('tbody tr');
		await expect(rows.count()).resolves.toBe(catalogue.editors.length);
		await page.getByLabel('Cas d’usage').selectOption('ccas');
		const ccas = catalogue.editors.filter((entry) => entry.useCases.includes('ccas')).length;
		await expect(
			page.getByRole('status').filter({ hasText: 'éditeurs affichés' }).textContent(),
		).resolves.toBe(`${ccas} éditeurs affichés.`);
		await expect(rows.locator('visible=true').count()).resolves.toBe(ccas);
		await page.getByLabel('API', { exact: true }).selectOption('api-impot-particulier');
		await expect(rows.locator('visible=true').count()).resolves.toBe(0);
		await page.getByLabel('Cas d’usage').selectOption('');
		await page.getByLabel('API', { exact: true }).selectOption('');
		await expect(rows.locator('visible=true').count()).resolves.toBe(catalogue.editors.length);

		await page.getByRole('link', { name: 'Mélissandre' }).click();
		await page.waitForURL(`${baseUrl}/editeurs/afi-melissandre/`);
		await expect(page.locator('h1').textContent()).resolves.toBe('Mélissandre');
		await expect(
			page.getByText('api-particulier-ccas-melissandre-afi').first().isVisible(),
		).resolves.toBe(true);
		await expect(
			page.getByRole('link', { name: 'Quotient familial CAF ou MSA' }).getAttribute('href'),
		).resolves.toBe('/donnees/quotient-familial/');
		await page.context().close();
	});
});

/** Fills the submission form with a valid entry; `overrides` replaces values by label. */
async function fillForm(page: Page, overrides: Record<string, string> = {}): Promise<void> {
	const values: Record<string, string> = {
		'Nom de l’éditeur': 'Éditions Sociales « Test »',
		'SIRET de l’éditeur': '351 421 300 00036',
		'Nom de la solution': 'Solidaire Plus',
		'Site web': 'https://www.exemple.fr',
		'Identifiant du formulaire DataPass': 'api-particulier-ccas-solidaire-plus',
		'Prénom et nom': 'Jeanne Martin',
		'Adresse électronique professionnelle': 'jeanne.martin@exemple.fr',
		...overrides,
	};
	// DSFR draws its own boxes over the native ones: a user clicks them (hence force).
	await page.getByLabel('Aides sociales des CCAS').check({ force: true });
	await page.getByLabel('API Particulier', { exact: true }).check({ force: true });
	await page
		.getByLabel('La solution a un formulaire prérempli sur DataPass')
		.check({ force: true });
	for (const [label, value] of Object.entries(values)) {
		await page.getByRole('textbox', { name: new RegExp(`^${label}`) }).fill(value);
	}
	await page.getByLabel(/\[cnaf_quotient_familial\]$/).check({ force: true });
	await page.getByLabel(/^J’accepte que le nom de l’éditeur/).check({ force: true });
}

describe('editor submission', () => {
	it('refuses a bad SIRET with its message, then produces an entry that passes the schema', async () => {
		const page = await newPage(browser, { acceptDownloads: true });
		await page.goto(`${baseUrl}/editeurs/proposer/`);
		await fillForm(page, { 'SIRET de l’éditeur': '35142130000037' });
		await page.getByRole('button', { name: 'Vérifier et préparer l’envoi' }).click();

		const summary = page.getByRole('heading', { name: 'Le formulaire contient 1 erreur' });
		await summary.waitFor();
		const siret = page.getByRole('textbox', { name: /^SIRET de l’éditeur/ });
		await expect(siret.getAttribute('aria-invalid')).resolves.toBe('true');
		await expect(page.locator('#proposer-siret-messages').textContent()).resolves.toMatch(
			/^SIRET invalide : la clé de contrôle/,
		);
		// Nothing lost: every other value is still there.
		await expect(
			page.getByRole('textbox', { name: /^Nom de la solution/ }).inputValue(),
		).resolves.toBe('Solidaire Plus');
		await page.getByRole('link', { name: /^SIRET de l’éditeur/ }).click();
		await expect(siret.evaluate((element) => element === document.activeElement)).resolves.toBe(
			true,
		);

		await siret.fill('35142130000036');
		await page.getByRole('button', { name: 'Vérifier et préparer l’envoi' }).click();
		await page.getByRole('heading', { name: 'L’entrée est valide' }).waitFor();
		await expect(siret.getAttribute('aria-invalid')).resolves.toBeNull();

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /Télécharger l’entrée/ }).click(),
		]);
		expect(download.suggestedFilename()).toBe('editions-sociales-test-solidaire-plus.yaml');
		const yaml = readFileSync(await download.path(), 'utf8');
		const entry = parse(yaml) as Record<string, unknown>;
		expect(editor.safeParse(entry).success).toBe(true);
		expect(entry).toMatchObject({
			name: 'Éditions Sociales « Test »',
			siret: '35142130000036',
			datapassForm: {
				id: 'api-particulier-ccas-solidaire-plus',
				scopes: ['cnaf_quotient_familial'],
			},
		});
		expect(yaml).not.toMatch(/jeanne/i);

		// Dropped into content/editors, the file passes every content check of the build.
		const fixture = contentFixture();
		try {
			writeFileSync(join(fixture.dir, 'editors', download.suggestedFilename()), yaml);
			expect(loadCatalogue(fixture.dir, fixture.dir).problems.map(formatProblem)).toEqual([]);
		} finally {
			fixture.cleanup();
		}

		// This build's settings decide the other two ways; the shipped operator.json has none.
		const operator = loadOperator();
		if (!operator.contactEmail)
			await expect(
				page
					.getByText(
						/^Indisponible.: l’organisme qui publie ce site n’a pas indiqué d’adresse de contact\.$/,
					)
					.isVisible(),
			).resolves.toBe(true);
		if (!operator.repositoryUrl)
			await expect(
				page
					.getByText(/^Indisponible.: l’organisme qui publie ce site n’a pas indiqué son dépôt/)
					.isVisible(),
			).resolves.toBe(true);
		await page.context().close();
	});

	it('with a contact address and a GitHub repository configured, offers the three ways', async () => {
		const page = await newPage(browser, { acceptDownloads: true });
		// The settings are data-* attributes of the form: a deployment that sets them gets this page.
		await page.route(`${baseUrl}/editeurs/proposer/`, async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace(
				'<hc-editor-form',
				'<hc-editor-form data-contact-email="contact@ccas-outils.fr" data-repository-url="https://github.com/ccas-outils/habilitation-ccas" data-repository-branch="main"',
			);
			await route.fulfill({ response, body: html });
		});
		await page.goto(`${baseUrl}/editeurs/proposer/`);
		await fillForm(page);
		await page.getByRole('button', { name: 'Vérifier et préparer l’envoi' }).click();
		await page.getByRole('heading', { name: 'L’entrée est valide' }).waitFor();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /Télécharger l’entrée/ }).click(),
		]);
		const yaml = readFileSync(await download.path(), 'utf8');

		const forge = new URL(
			(await page
				.getByRole('link', { name: 'Proposer le fichier sur la forge' })
				.getAttribute('href')) ?? '',
		);
		expect(forge.origin + forge.pathname).toBe(
			'https://github.com/ccas-outils/habilitation-ccas/new/main/content/editors',
		);
		expect(forge.searchParams.get('filename')).toBe(download.suggestedFilename());
		expect(forge.searchParams.get('value')).toBe(yaml);

		const mailto = new URL(
			(await page.getByRole('link', { name: 'Écrire le courriel' }).getAttribute('href')) ?? '',
		);
		expect(mailto.protocol).toBe('mailto:');
		expect(mailto.pathname).toBe('contact@ccas-outils.fr');
		expect(mailto.searchParams.get('body')).toContain(yaml.trimEnd());
		await expect(
			page
				.getByText(/^Indisponible/)
				.locator('visible=true')
				.count(),
		).resolves.toBe(0);
		await expect(page.getByText(/^Et ensuite.:/).isVisible()).resolves.toBe(true);
		await page.context().close();
	});

	it('refuses hostile text and a javascript: address, and never runs or renders it', async () => {
		const page = await newPage(browser);
		const dialogs: string[] = [];
		page.on('dialog', async (dialog) => {
			dialogs.push(dialog.message());
			await dialog.dismiss();
		});
		await page.goto(`${baseUrl}/editeurs/proposer/`);
		const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
		await fillForm(page, {
			'Nom de l’éditeur': hostile,
			'Nom de la solution': 'x'.repeat(10_000),
			'Site web': 'javascript:alert(3)',
		});
		await page.getByRole('button', { name: 'Vérifier et préparer l’envoi' }).click();
		await page.getByRole('heading', { name: 'Le formulaire contient 3 erreurs' }).waitFor();
		await expect(page.locator('#proposer-name-messages').textContent()).resolves.toMatch(
			/Les caractères « < » et « > » ne sont pas acceptés/,
		);
		await expect(page.locator('#proposer-solution-messages').textContent()).resolves.toBe(
			'Texte trop long : 120 caractères au plus.',
		);
		await expect(page.locator('#proposer-website-messages').textContent()).resolves.toMatch(
			/^Adresse invalide : une adresse web commençant par https:\/\//,
		);
		await expect(page.locator('main img, main script:not([src])').count()).resolves.toBe(0);
		await expect(
			page.getByRole('heading', { name: 'L’entrée est valide' }).isVisible(),
		).resolves.toBe(false);
		await expect(
			page.getByRole('textbox', { name: /^Nom de l’éditeur/ }).inputValue(),
		).resolves.toBe(hostile);
		expect(dialogs).toEqual([]);
		await page.context().close();
	});
});
