// The wizard in Chromium, driven by role and label: filling, saving, export/import, errors, print, keyboard, axe.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './browser';

const baseUrl = inject('baseUrl');
const url = `${baseUrl}/assistant/`;
const examplePath = 'examples/ccas-villebourg.json';
const exampleText = readFileSync(examplePath, 'utf8');
const NNBSP = '\u202f';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** A fresh page (empty storage) on the assistant, with its JavaScript errors collected. */
async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<{
	page: Page;
	errors: string[];
}> {
	const page = await newPage(browser, { acceptDownloads: true, ...options });
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(url);
	await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
	return { page, errors };
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A field by the start of its label (hints follow the label text in the accessible name). */
function field(scope: Page | Locator, label: string): Locator {
	return scope.getByLabel(new RegExp(`^${escape(label)}`));
}

/** A fieldset by the start of its legend. */
function group(scope: Page | Locator, legend: string | RegExp): Locator {
	return scope.getByRole('group', {
		name: typeof legend === 'string' ? new RegExp(`^${escape(legend)}`) : legend,
	});
}

/**
 * Ticks a DSFR checkbox or radio: the label is drawn over the hidden native box, so the click goes
 * through the label, as a person's does.
 */
async function tick(box: Locator, checked = true): Promise<void> {
	await box.setChecked(checked, { force: true });
}

/** Waits until a locator is visible (imports and step changes finish asynchronously). */
async function visible(locator: Locator): Promise<void> {
	await locator.first().waitFor({ state: 'visible', timeout: 10_000 });
}

/** Waits until an element that exists is hidden (role locators need `includeHidden: true`). */
async function hidden(locator: Locator): Promise<void> {
	await locator.first().waitFor({ state: 'attached', timeout: 10_000 });
	await locator.first().waitFor({ state: 'hidden', timeout: 10_000 });
}

/** The title of the current step (the step indicator's heading). */
function stepTitle(page: Page): Promise<string | null> {
	return page.locator('#hc-step-title [data-slot="title"]').textContent();
}

/** Waits until the step titled `title` gives way to the next one (it validated). */
async function leftStep(page: Page, title: string): Promise<void> {
	await page.waitForFunction(
		(previous) =>
			document.querySelector('#hc-step-title [data-slot="title"]')?.textContent !== previous,
		title,
		{ timeout: 10_000 },
	);
}

async function next(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^(Suivant|Valider cette étape)$/ }).click();
}

async function importFile(
	page: Page,
	file: string | { name: string; text: string },
	{ replace = true }: { replace?: boolean } = {},
): Promise<void> {
	const input = page.getByLabel(/^Importer un dossier/);
	if (typeof file === 'string') await input.setInputFiles(file);
	else
		await input.setInputFiles({
			name: file.name,
			mimeType: 'application/json',
			buffer: Buffer.from(file.text),
		});
	// The file is read asynchronously: wait for its outcome (over a dossier, the question first).
	await visible(
		page.getByRole('heading', {
			name: /^(Dossier importé|Le fichier n’a pas été importé|Remplacer votre dossier par celui du fichier.\?)$/,
		}),
	);
	const ask = page.getByRole('button', { name: 'Remplacer par le fichier' });
	if (replace && (await ask.isVisible())) {
		await ask.click();
		await visible(page.getByRole('heading', { name: 'Dossier importé' }));
	}
}

/** Clicks « Exporter (JSON) » and returns the downloaded file's name and text. */
async function exportDossier(page: Page): Promise<{ name: string; text: string }> {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Exporter (JSON)' }).click(),
	]);
	const path = await download.path();
	return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

function storedDraft(page: Page): Promise<string | null> {
	return page.evaluate(() => localStorage.getItem('habilitation-ccas:brouillon'));
}

/** Step 1 typed by label, as a person would, with the example CCAS. */
async function fillCcas(page: Page): Promise<void> {
	await field(page, 'Nom du CCAS').fill('CCAS de Villebourg-sur-Loir');
	await field(page, 'Commune').fill('Villebourg-sur-Loir');
	await field(page, 'Numéro SIRET du CCAS').fill('26410000000019');
	const address = group(page, 'Adresse du CCAS');
	await field(address, 'Numéro et voie').fill('2 place de la Mairie');
	await field(address, 'Code postal').fill('41999');
	await field(address, 'Ville').fill('Villebourg-sur-Loir');
	await tick(
		group(page, 'Population de la commune').getByRole('radio', {
			name: `De 10${NNBSP}000 à 49${NNBSP}999 habitants`,
		}),
	);
	const president = group(page, 'Président du conseil d’administration');
	await tick(president.getByRole('radio', { name: 'Madame' }));
	await field(president, 'Prénom et nom').fill('Hélène Łukasiewicz');
	const director = group(page, 'Directeur ou directrice du CCAS');
	await tick(director.getByRole('radio', { name: 'Monsieur' }));
	await field(director, 'Prénom et nom').fill('Minh Nguyễn');
	const dpo = group(page, 'Délégué à la protection des données');
	await field(dpo, 'Nom du délégué ou du service').fill('Gülşen Öztürk');
	await field(dpo, 'Adresse électronique du délégué').fill('dpo@agglo-villebourg.example');
	await field(dpo, 'Organisme du délégué').fill(
		'Service mutualisé de protection des données de l’agglomération',
	);
	await field(page, 'Logiciel utilisé par le CCAS').selectOption({
		label: 'Millésime Action Sociale (Arche MC2)',
	});
	await field(page, 'Acte qui fixe les conditions des aides facultatives').selectOption({
		label: 'Un règlement des aides',
	});
	await field(page, 'Numéro de l’acte').fill('2025-03');
	await field(page, 'Date d’adoption de l’acte').fill('18/03/2025');
}

/** Step 2 by label: two catalogue aids and one of the CCAS, as in the example. */
async function fillAids(page: Page): Promise<void> {
	await tick(page.getByRole('checkbox', { name: /^Aide alimentaire/ }));
	const food = group(page, /^Aide alimentaire.: conditions et décision/);
	await tick(food.getByRole('checkbox', { name: /^Composition du foyer/ }), false);
	await tick(food.getByRole('checkbox', { name: /^Situation exceptionnelle/ }), false);
	await field(food, 'Quotient familial inférieur ou égal à').fill('456');
	await field(food, 'Qui décide').selectOption({ label: 'La commission permanente' });
	await field(food, 'Jusqu’à un quotient familial de').fill('456');
	await field(food, 'Délégataire').selectOption({
		label: 'Le président du conseil d’administration',
	});
	await tick(food.getByRole('checkbox', { name: /^Le directeur signe les décisions/ }));

	await tick(page.getByRole('checkbox', { name: /^Aide au paiement des factures d’énergie/ }));
	const energy = group(page, /^Aide au paiement des factures d’énergie et d’eau.: conditions/);
	await tick(
		energy.getByRole('checkbox', { name: /^Ressources appréciées par le revenu fiscal/ }),
		false,
	);
	await tick(energy.getByRole('checkbox', { name: /^Reste à vivre/ }), false);
	await field(energy, 'Quotient familial inférieur ou égal à').fill('700');
	await field(energy, 'Qui décide').selectOption({ label: 'La commission permanente' });

	await page.getByRole('button', { name: 'Ajouter une aide propre au CCAS' }).click();
	const own = group(page, /^Aide propre au CCAS$/);
	await field(own, 'Nom de l’aide').fill('Bourse au permis de conduire des jeunes');
	await tick(own.getByRole('checkbox', { name: /^Résidence ou domiciliation dans la commune/ }));
	await tick(own.getByRole('checkbox', { name: /^Demandeur d’emploi inscrit/ }));
	await own.getByRole('button', { name: 'Ajouter une condition propre' }).click();
	await field(own, 'Intitulé de la condition').fill('Avoir entre 18 et 25 ans');
	await field(own, 'Justificatif demandé à la famille').fill(
		'Pièce d’identité en cours de validité',
	);
	await field(own, 'Qui décide').selectOption({ label: 'Le conseil d’administration' });
}

/** Step 4 by label. */
async function fillProcessing(page: Page): Promise<void> {
	await expect(field(page, 'Durée de conservation').inputValue()).resolves.toBe('24');
	await field(page, 'Destinataires des données').fill(
		[
			'Travailleurs sociaux instructeurs du CCAS',
			'Directeur du CCAS',
			'Membres de la commission permanente, pour les dossiers qui lui sont soumis',
		].join('\n'),
	);
	const agents = group(page, 'Agents habilités à interroger l’API');
	await field(agents, 'Fonction').fill('Travailleur social instructeur');
	await field(agents, 'Nombre d’agents').fill('4');
	await agents.getByRole('button', { name: 'Ajouter une fonction' }).click();
	await field(agents, 'Fonction').nth(1).fill('Agent d’accueil chargé de l’instruction');
	await field(agents, 'Nombre d’agents').nth(1).fill('2');
	const information = group(page, 'Comment les usagers sont-ils informés');
	for (const name of [/affiche/, /formulaire/, /site de la commune/])
		await tick(information.getByRole('checkbox', { name }));
}

/** The sections the four steps fill. */
const wizardKeys = ['schemaVersion', 'ccas', 'aids', 'extraData', 'processing'];

/** The part of a dossier the four steps fill. */
function wizardPart(dossier: Record<string, unknown>): Record<string, unknown> {
	return Object.fromEntries(Object.entries(dossier).filter(([key]) => wizardKeys.includes(key)));
}

/** The example's wizard part, with the local id the wizard gives to the CCAS's own aid. */
function expectedExample(): Record<string, unknown> {
	const example = wizardPart(JSON.parse(exampleText) as Record<string, unknown>);
	const own = (example['aids'] as { id: string }[])[2];
	if (own) own.id = 'perso-1';
	return example;
}

describe('assistant', () => {
	it('fills the example CCAS by label through every step, and a reload keeps everything', async () => {
		const { page, errors } = await open();
		await expect(stepTitle(page)).resolves.toBe('Votre CCAS');
		await fillCcas(page);
		await next(page);

		await expect(stepTitle(page)).resolves.toBe('Vos aides et leurs conditions');
		await expect(page.title()).resolves.toMatch(/^Étape 2 sur [68]\D/);
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('hc-step-title');
		await fillAids(page);
		await next(page);

		await expect(stepTitle(page)).resolves.toBe('Données strictement nécessaires');
		await visible(page.getByRole('heading', { name: 'Quotient familial CAF ou MSA', level: 4 }));
		await next(page);

		await expect(stepTitle(page)).resolves.toBe(
			'Conservation, destinataires, information des usagers',
		);
		await fillProcessing(page);
		await next(page);
		// Later steps follow (séance, demande, dossier): the step was validated when the page moves on.
		await leftStep(page, 'Conservation, destinataires, information des usagers');
		await page.getByRole('button', { name: 'Précédent' }).click();

		// What the form produced is the example dossier, field for field.
		const exported = JSON.parse((await exportDossier(page)).text) as Record<string, unknown>;
		expect(exported['updatedOn']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(wizardPart(exported)).toEqual(expectedExample());

		await page.reload();
		await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		await expect(stepTitle(page)).resolves.toBe(
			'Conservation, destinataires, information des usagers',
		);
		await expect(field(page, 'Destinataires des données').inputValue()).resolves.toContain(
			'Directeur du CCAS',
		);
		await expect(field(page, 'Nombre d’agents').nth(1).inputValue()).resolves.toBe('2');
		await page.getByRole('button', { name: 'Précédent' }).click();
		await page.getByRole('button', { name: 'Précédent' }).click();
		const food = group(page, /^Aide alimentaire.: conditions et décision/);
		await expect(field(food, 'Quotient familial inférieur ou égal à').inputValue()).resolves.toBe(
			'456',
		);
		await expect(
			group(page, /^Aide propre au CCAS$/)
				.getByLabel(/^Intitulé de la condition/)
				.inputValue(),
		).resolves.toBe('Avoir entre 18 et 25 ans');
		await page.getByRole('button', { name: 'Précédent' }).click();
		await expect(field(page, 'Nom du CCAS').inputValue()).resolves.toBe(
			'CCAS de Villebourg-sur-Loir',
		);
		await expect(
			group(page, 'Directeur ou directrice du CCAS')
				.getByRole('radio', { name: 'Monsieur' })
				.isChecked(),
		).resolves.toBe(true);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('builds an aid’s details when it is ticked, and keeps what was typed when it is unticked or reloaded', async () => {
		const { page, errors } = await open();
		// Eleven aids' details (some 700 elements each) would make the page heavy before anything is chosen.
		await expect(page.locator('[name^="aid.aide-energie."]').count()).resolves.toBe(0);
		await expect(
			page.evaluate(() => document.getElementsByTagName('*').length),
		).resolves.toBeLessThan(4000);
		await fillCcas(page);
		await next(page);
		const box = page.getByRole('checkbox', { name: /^Aide au paiement des factures d’énergie/ });
		await tick(box);
		const energy = group(page, /^Aide au paiement des factures d’énergie et d’eau.: conditions/);
		await visible(energy);
		// Built with its defaults: the usual conditions ticked, and the sentence that says them.
		await expect(
			energy
				.getByRole('checkbox', { name: /^Résidence ou domiciliation dans la commune/ })
				.isChecked(),
		).resolves.toBe(true);
		await expect(energy.locator('[data-aid-sentence]').textContent()).resolves.toMatch(/commune/);
		// A usual condition, ticked by default, has its « ne pas » and « ou » fields; a condition
		// of the catalogue left unticked has none until it is ticked.
		await expect(
			energy.locator('[name="aid.aide-energie.not.residence-commune"]').count(),
		).resolves.toBe(1);
		const rsa = energy.locator('[name="aid.aide-energie.not.beneficiaire-rsa"]');
		await expect(rsa.count()).resolves.toBe(0);
		await energy.getByText('Ajouter une autre condition du catalogue').click();
		await tick(energy.getByRole('checkbox', { name: /^Bénéficiaire du RSA/ }));
		await visible(rsa);
		await tick(rsa);
		await expect(
			energy
				.locator('[data-condition-sentence="aid.aide-energie.not.beneficiaire-rsa"]')
				.textContent(),
		).resolves.toMatch(/RSA/);
		await tick(energy.getByRole('checkbox', { name: /^Bénéficiaire du RSA/ }), false);
		await field(energy, 'Nom de l’aide dans votre règlement').fill('Aide énergie hiver');
		await tick(box, false);
		await hidden(
			page.getByRole('group', { name: /^Aide au paiement des factures/, includeHidden: true }),
		);
		await tick(box);
		await expect(field(energy, 'Nom de l’aide dans votre règlement').inputValue()).resolves.toBe(
			'Aide énergie hiver',
		);
		await page.reload();
		await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		await expect(stepTitle(page)).resolves.toBe('Vos aides et leurs conditions');
		await expect(field(energy, 'Nom de l’aide dans votre règlement').inputValue()).resolves.toBe(
			'Aide énergie hiver',
		);
		// « ne pas » was ticked on a condition since unticked: kept, so built again after the reload.
		await expect(rsa.isChecked()).resolves.toBe(true);
		await expect(
			energy.locator('[name="aid.aide-energie.not.beneficiaire-aah"]').count(),
		).resolves.toBe(0);
		// An aid never ticked is still not built after the reload.
		await expect(page.locator('[name^="aid.aide-obseques."]').count()).resolves.toBe(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('exports, erases after confirmation, and imports back an identical dossier', async () => {
		const { page, errors } = await open();
		await importFile(page, examplePath);
		await page
			.getByText(`Le dossier «${NNBSP}CCAS de Villebourg-sur-Loir${NNBSP}» a été importé.`)
			.waitFor({ state: 'visible' });
		await expect(field(page, 'Nom du CCAS').inputValue()).resolves.toBe(
			'CCAS de Villebourg-sur-Loir',
		);
		const first = await exportDossier(page);
		expect(first.name).toBe('dossier-ccas-de-villebourg-sur-loir.json');
		expect(JSON.parse(first.text)).toEqual(JSON.parse(exampleText));

		// Erasing asks first; « Annuler » keeps everything.
		await page.getByRole('button', { name: 'Effacer mes données' }).click();
		const confirm = page.getByRole('group', {
			name: /Effacer toutes vos saisies/,
			includeHidden: true,
		});
		await visible(confirm);
		await confirm.getByRole('button', { name: 'Annuler' }).click();
		await hidden(confirm);
		await expect(storedDraft(page)).resolves.not.toBeNull();
		await page.getByRole('button', { name: 'Effacer mes données' }).click();
		await confirm.getByRole('button', { name: 'Confirmer l’effacement' }).click();
		await visible(page.getByRole('heading', { name: 'Données effacées' }));
		await expect(storedDraft(page)).resolves.toBeNull();
		await expect(field(page, 'Nom du CCAS').inputValue()).resolves.toBe('');

		const dir = mkdtempSync(join(tmpdir(), 'hc-export-'));
		const saved = join(dir, first.name);
		writeFileSync(saved, first.text);
		await importFile(page, saved);
		await expect(field(page, 'Nom du CCAS').inputValue()).resolves.toBe(
			'CCAS de Villebourg-sur-Loir',
		);
		const second = await exportDossier(page);
		expect(second.text).toBe(first.text);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('refuses a corrupted or invalid file and keeps the current dossier; migrates an old one', async () => {
		const { page, errors } = await open();
		await importFile(page, examplePath);
		const before = await storedDraft(page);
		const failure = page.getByRole('heading', { name: 'Le fichier n’a pas été importé' });

		await importFile(page, { name: 'dossier-tronque.json', text: exampleText.slice(0, 700) });
		await visible(failure);
		await visible(page.getByText(/n’est pas un dossier JSON lisible/));
		await expect(field(page, 'Nom du CCAS').inputValue()).resolves.toBe(
			'CCAS de Villebourg-sur-Loir',
		);
		await expect(storedDraft(page)).resolves.toBe(before);

		await importFile(page, 'test/fixtures/dossiers/invalid-fields.json');
		await visible(page.getByText(/^Étape «.Votre CCAS.», Numéro SIRET du CCAS.: SIRET invalide/));
		await visible(
			page.getByText(/^Étape «.Votre CCAS.», Adresse › Code postal.: Code postal invalide/),
		);
		await expect(field(page, 'Numéro SIRET du CCAS').inputValue()).resolves.toBe('26410000000019');

		await importFile(page, 'test/fixtures/dossiers/future-version.json');
		await visible(page.getByText(/version plus récente du site/));
		await expect(storedDraft(page)).resolves.toBe(before);

		await importFile(page, 'test/fixtures/dossiers/version-0.json');
		await visible(page.getByText(/version antérieure du site \(version 0\)/));
		await expect(field(page, 'Nom du CCAS').inputValue()).resolves.toBe(
			'CCAS de Villebourg (prototype)',
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('shows an invalid field’s message next to it and in the summary, and does not advance', async () => {
		const { page, errors } = await open();
		await fillCcas(page);
		const siret = field(page, 'Numéro SIRET du CCAS');
		await siret.fill('26410000000018');
		await field(page, 'Commune').focus();
		await expect(siret.getAttribute('aria-invalid')).resolves.toBe('true');
		const describedBy = (await siret.getAttribute('aria-describedby')) ?? '';
		await expect(page.locator(`#${describedBy}`).textContent()).resolves.toMatch(
			/la clé de contrôle \(algorithme de Luhn\) ne correspond pas/,
		);

		const postcode = field(page, 'Code postal');
		await postcode.fill('4199');
		await next(page);
		await expect(stepTitle(page)).resolves.toBe('Votre CCAS');
		const summary = page.getByRole('group', { name: /Cette étape contient 2.erreurs/ });
		await visible(summary);
		await expect(
			page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary')),
		).resolves.toBe(true);
		await expect(postcode.getAttribute('aria-invalid')).resolves.toBe('true');
		const link = summary.getByRole('link', { name: /^Code postal.: Code postal invalide/ });
		await link.click();
		await expect(page.evaluate(() => document.activeElement?.getAttribute('name'))).resolves.toBe(
			'address.postcode',
		);
		// What was typed is kept, in the page and in the saved draft.
		await expect(postcode.inputValue()).resolves.toBe('4199');
		await expect(storedDraft(page)).resolves.toContain('"address.postcode":"4199"');

		await postcode.fill('41999');
		await siret.fill('26410000000019');
		await expect(postcode.getAttribute('aria-invalid')).resolves.toBeNull();
		await hidden(page.getByRole('group', { name: /Cette étape contient/, includeHidden: true }));
		await next(page);
		await expect(stepTitle(page)).resolves.toBe('Vos aides et leurs conditions');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('shows the strictly necessary data with reasons, and prints the DPO matrix on A4', async () => {
		const { page, errors } = await open();
		await importFile(page, examplePath);
		await next(page);
		await next(page);
		await expect(stepTitle(page)).resolves.toBe('Données strictement nécessaires');
		const qf = page.getByRole('heading', { name: 'Quotient familial CAF ou MSA', level: 4 });
		await visible(qf);
		await expect(
			page
				.getByText(/^Aide alimentaire.: Ressources appréciées par le quotient familial/)
				.textContent(),
		).resolves.toMatch(/456.€\)\. Le règlement des aides du CCAS subordonne/);
		await visible(page.getByText(/cnaf_quotient_familial/).first());

		const matrix = page.getByRole('table', { name: /Données demandées et conditions/ });
		await expect(matrix.getByRole('columnheader').allTextContents()).resolves.toEqual([
			'Donnée',
			'Aide alimentaire',
			'Aide au paiement des factures d’énergie et d’eau',
			'Bourse au permis de conduire des jeunes',
		]);
		const row = matrix.getByRole('row', { name: /^Quotient familial CAF ou MSA/ });
		await expect(row.getByRole('cell').nth(0).textContent()).resolves.toMatch(/456/);
		await expect(row.getByRole('cell').nth(1).textContent()).resolves.toMatch(/700/);

		// A datum asked for with no condition behind it is flagged in the matrix and in the findings.
		await page.getByRole('button', { name: 'Précédent' }).click();
		await page.locator('summary', { hasText: 'Données demandées en plus' }).click();
		await tick(
			group(page, 'Données demandées en plus').getByRole('checkbox', {
				name: /^Montant de l’impôt/,
			}),
		);
		await next(page);
		const extra = matrix.getByRole('row', { name: /^Montant de l’impôt.*Sur-collecte/ });
		await visible(extra);
		await visible(page.getByRole('heading', { name: /^À corriger \(1\)$/ }));
		await visible(page.getByText(/^Donnée sans condition.: Montant de l’impôt/));

		// « Imprimer la matrice » opens the browser's print dialog.
		await page.evaluate(() => {
			(window as unknown as { printed: number }).printed = 0;
			window.print = () => {
				(window as unknown as { printed: number }).printed++;
			};
		});
		await page.getByRole('button', { name: 'Imprimer la matrice' }).click();
		await expect(
			page.evaluate(() => (window as unknown as { printed: number }).printed),
		).resolves.toBe(1);

		await page.emulateMedia({ media: 'print' });
		await visible(matrix);
		for (const role of ['banner', 'contentinfo', 'navigation'] as const)
			await hidden(page.getByRole(role, { includeHidden: true }));
		for (const name of ['Imprimer la matrice', 'Suivant', 'Exporter (JSON)'])
			await hidden(page.getByRole('button', { name, includeHidden: true }));
		await hidden(
			page.getByRole('heading', { name: 'Quotient familial CAF ou MSA', includeHidden: true }),
		);

		// Three aids: the matrix takes an A4 landscape page, with the matrix and nothing of the site frame.
		const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
		const dir = mkdtempSync(join(tmpdir(), 'hc-print-'));
		const path = join(dir, 'matrice.pdf');
		writeFileSync(path, pdf);
		const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
		const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
		// Landscape: the named page must be in the same sheet as the site's `@page` (see site.css).
		expect(info).toMatch(/^Pages:\s+1$/m);
		expect(Number(size?.[1])).toBeCloseTo(841.9, 0);
		expect(Number(size?.[2])).toBeCloseTo(595.3, 0);
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
		expect(text).toMatch(/Matrice de minimisation – CCAS de Villebourg-sur-Loir/);
		expect(text).toMatch(/Bourse au permis/);
		expect(text).toMatch(/Quotient\s+familial/);
		expect(text).not.toMatch(/Exporter \(JSON\)|Rechercher|Mentions légales/);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('has no axe violation on any step, errors and rows included', async () => {
		const { page, errors } = await open();
		const violations: Record<string, unknown> = {};
		await next(page);
		violations['ccas (erreurs)'] = await axeViolations(page);
		await importFile(page, examplePath);
		violations['ccas'] = await axeViolations(page);
		await next(page);
		await page.getByRole('button', { name: 'Ajouter une aide propre au CCAS' }).click();
		await page.locator('summary', { hasText: 'Données demandées en plus' }).click();
		violations['aides'] = await axeViolations(page);
		await next(page);
		violations['aides (erreurs)'] = await axeViolations(page);
		await page.getByRole('button', { name: 'Retirer cette aide' }).last().click();
		await next(page);
		await visible(page.getByRole('table').first());
		violations['donnees'] = await axeViolations(page);
		await next(page);
		violations['traitement'] = await axeViolations(page);
		await page.getByRole('button', { name: 'Effacer mes données' }).click();
		violations['effacement'] = await axeViolations(page);
		expect(violations).toEqual({
			'ccas (erreurs)': [],
			ccas: [],
			aides: [],
			'aides (erreurs)': [],
			donnees: [],
			traitement: [],
			effacement: [],
		});
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('asks for a justification above 36 months, and says why', async () => {
		const { page, errors } = await open();
		await importFile(page, examplePath);
		for (let i = 0; i < 3; i++) await next(page);
		await expect(stepTitle(page)).resolves.toBe(
			'Conservation, destinataires, information des usagers',
		);
		const justification = field(page, 'Justification de cette durée');
		await hidden(justification);
		await field(page, 'Durée de conservation').fill('48');
		await visible(justification);
		await next(page);
		await visible(page.getByRole('group', { name: /Cette étape contient 1.erreur$/ }));
		await expect(justification.getAttribute('aria-invalid')).resolves.toBe('true');
		await visible(
			page
				.getByText(/^Au-delà de 36 mois de conservation, DataPass exige une justification/)
				.first(),
		);
		await justification.fill('Les aides pluriannuelles sont réexaminées sur quatre ans.');
		await next(page);
		await leftStep(page, 'Conservation, destinataires, information des usagers');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('moves through a step with the keyboard alone (Tab, typing, arrows, Space, Enter)', async () => {
		const { page, errors } = await open();
		/** Presses Tab until the focused element's label or text starts with `name`. */
		async function tabTo(name: string): Promise<void> {
			for (let i = 0; i < 120; i++) {
				await page.keyboard.press('Tab');
				const current = await page.evaluate(() => {
					const active = document.activeElement as HTMLInputElement | null;
					return (active?.labels?.[0]?.textContent ?? active?.textContent ?? '').trim();
				});
				if (current.startsWith(name)) return;
			}
			throw new Error(`« ${name} » n’est pas atteint avec Tab`);
		}
		const type = (text: string) => page.keyboard.type(text);

		// A commune outside the official list is typed as it is.
		await tabTo('Commune');
		await type('Villebourg-sur-Loir');
		await page.keyboard.press('Tab');
		await type('CCAS de Villebourg-sur-Loir');
		await page.keyboard.press('Tab');
		await type('26410000000019');
		await tabTo('Numéro et voie');
		await type('2 place de la Mairie');
		await page.keyboard.press('Tab');
		await type('41999');
		await page.keyboard.press('Tab');
		await type('Villebourg-sur-Loir');
		await page.keyboard.press('Tab');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await tabTo('Madame');
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await type('Hélène Łukasiewicz');
		await tabTo('Madame');
		await page.keyboard.press('Space');
		await page.keyboard.press('Tab');
		await type('Minh Nguyễn');
		await page.keyboard.press('Tab');
		await type('Gülşen Öztürk');
		await page.keyboard.press('Tab');
		await type('dpo@agglo-villebourg.example');
		await tabTo('Suivant');
		await page.keyboard.press('Enter');

		await expect(stepTitle(page)).resolves.toBe('Vos aides et leurs conditions');
		// The arrows chose the third population band; the previous step is hidden now, the draft tells.
		await expect(storedDraft(page)).resolves.toContain('"population":"10000-a-49999"');
		await tabTo('Secours d’urgence');
		await page.keyboard.press('Space');
		await tabTo('Qui décide');
		await page.keyboard.press('ArrowDown');
		await tabTo('Suivant');
		await page.keyboard.press('Enter');
		await expect(stepTitle(page)).resolves.toBe('Données strictement nécessaires');
		await visible(page.getByRole('table', { name: /Données demandées et conditions/ }));
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('warns instead of overwriting when another tab saved a newer draft', async () => {
		const context: BrowserContext = await browser.newContext({ locale: 'fr-FR' });
		const [first, second] = [await context.newPage(), await context.newPage()];
		for (const page of [first, second]) {
			await page.goto(url);
			await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		}
		await field(second, 'Nom du CCAS').fill('CCAS de l’autre onglet');
		const warning = first.getByRole('heading', {
			name: /modifié dans un autre onglet/,
			includeHidden: true,
		});
		await visible(warning);
		await field(first, 'Commune').fill('Écrasera-t-elle ?');
		await expect(storedDraft(first)).resolves.not.toContain('Écrasera');
		await first.getByRole('button', { name: 'Recharger' }).click();
		await expect(field(first, 'Nom du CCAS').inputValue()).resolves.toBe('CCAS de l’autre onglet');
		await hidden(warning);
		await context.close();
	});

	it('warns and advises to export when the browser refuses to save', async () => {
		const page = await newPage(browser);
		await page.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('Quota dépassé', 'QuotaExceededError');
			};
		});
		await page.goto(url);
		await field(page, 'Nom du CCAS').fill('CCAS de Villebourg-sur-Loir');
		await visible(page.getByRole('heading', { name: 'Vos saisies ne sont pas enregistrées' }));
		await visible(page.getByText(/Exportez votre dossier en JSON/));
		await page.context().close();
	});

	it('shows the first step before any script runs', async () => {
		const page = await newPage(browser, { javaScriptEnabled: false });
		await page.goto(url);
		await visible(field(page, 'Nom du CCAS'));
		await hidden(page.getByRole('checkbox', { name: /^Aide alimentaire/, includeHidden: true }));
		await hidden(page.getByRole('button', { name: 'Suivant', includeHidden: true }));
		await page.context().close();
	});
});
