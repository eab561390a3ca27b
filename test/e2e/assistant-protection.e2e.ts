// The DPO's fields of the assistant in Chromium (shown as the dossier asks, errors next to them,
// kept on reload, exported), and the import of files in other encodings or with a wrong nested type.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './browser';

const baseUrl = inject('baseUrl');
const exampleText = readFileSync('examples/ccas-villebourg.json', 'utf8');
const STEP = 'Conservation, destinataires, information des usagers';

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

/** The example without software, with a legal aid whose resources are read from tax data. */
function ruralDossier(): string {
	const dossier = JSON.parse(exampleText) as {
		ccas: Record<string, unknown>;
		aids: Record<string, unknown>[];
	};
	delete dossier.ccas['software'];
	dossier.aids.push({
		id: 'aide-sociale-legale',
		fromCatalogue: true,
		label: 'Instruction des demandes d’aide sociale légale',
		nature: 'légale',
		authority: 'prefet',
		decidedBy: 'conseil',
		conditions: [{ criterionId: 'residence-commune' }, { criterionId: 'ressources-revenu-fiscal' }],
	});
	return JSON.stringify(dossier);
}

async function open(width = 1280): Promise<{ page: Page; errors: string[] }> {
	const page = await newPage(browser, { acceptDownloads: true, viewport: { width, height: 900 } });
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${baseUrl}/assistant/`);
	await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
	return { page, errors };
}

/** Chooses a file in « Importer un dossier » and waits for its outcome. */
async function importBytes(page: Page, name: string, buffer: Buffer): Promise<void> {
	await page.getByLabel(/^Importer un dossier/).setInputFiles({
		name,
		mimeType: 'application/json',
		buffer,
	});
	await page
		.getByRole('heading', { name: /^(Dossier importé|Le fichier n’a pas été importé)$/ })
		.waitFor();
}

function stepTitle(page: Page): Promise<string | null> {
	return page.locator('#hc-step-title [data-slot="title"]').textContent();
}

/** Goes to the step with that title through the step links (the imported dossier has them all). */
async function goTo(page: Page, title: string): Promise<void> {
	await page.locator('summary', { hasText: 'Aller à une autre étape' }).click();
	await page.getByRole('link', { name: title, exact: true }).click();
	await page.waitForFunction(
		(wanted) =>
			document.querySelector('#hc-step-title [data-slot="title"]')?.textContent === wanted &&
			!document.querySelector('hc-assistant [aria-busy="true"]'),
		title,
	);
}

function group(page: Page, legend: RegExp): Locator {
	return page.getByRole('group', { name: legend });
}

async function tick(box: Locator): Promise<void> {
	await box.setChecked(true, { force: true });
}

describe('DPO fields of the assistant', () => {
	it('asks what the dossier raises, shows errors next to fields, keeps them on reload and exports them', async () => {
		const { page, errors } = await open();
		await importBytes(page, 'rural.json', Buffer.from(ruralDossier()));
		await goTo(page, STEP);

		const access = group(page, /^Comment le centre appellera-t-il l’API/);
		await expect(access.isVisible()).resolves.toBe(true);
		await page
			.locator('[data-access-default="aucun"]', { hasText: /sans logiciel, dites comment/ })
			.waitFor();
		const year = group(page, /^Année de revenus demandée/);
		await year.waitFor();
		await page.getByText(/^Laissé vide, les documents nomment l’autorité/).waitFor();
		await group(page, /^Familles sans quotient familial utilisable/).waitFor();

		await tick(access.getByRole('radio', { name: /^API Particulier via Démarche numérique/ }));
		await tick(year.getByRole('radio', { name: /^La dernière année de revenus déclarée/ }));
		const controller = group(page, /^Responsable de traitement pour l’API Impôt particulier/);
		await controller.getByLabel('Nom', { exact: true }).fill('Martin');
		await controller.getByLabel('Prénom', { exact: true }).fill('Claire');
		await controller.getByLabel(/^Adresse électronique/).fill('claire.martin');
		await controller.getByLabel(/^Téléphone/).fill('02 54 00 00 12');
		await controller.getByLabel(/^Fonction/).fill('Directrice du CCAS');
		const fallback = group(page, /^Familles sans quotient familial utilisable/);
		await tick(fallback.getByRole('radio', { name: /^Un quotient calculé par le centre/ }));
		const formula = page.getByLabel(/^Formule adoptée par le conseil/);
		await formula.fill('revenu fiscal de référence divisé par douze puis par le nombre de parts');

		await page.getByRole('button', { name: 'Suivant' }).click();
		const email = controller.getByLabel(/^Adresse électronique/);
		await page.waitForFunction(() =>
			document.querySelector('[name="taxController.email"][aria-invalid="true"]'),
		);
		const describedBy = (await email.getAttribute('aria-describedby')) ?? '';
		await expect(page.locator(`#${describedBy.split(' ').at(-1)}`).textContent()).resolves.toMatch(
			/adresse/i,
		);
		await expect(stepTitle(page)).resolves.toBe(STEP);
		await axeViolations(page).then((violations) => expect(violations).toEqual([]));

		await email.fill('claire.martin@villebourg.fr');
		await page.getByRole('button', { name: 'Suivant' }).click();
		await page.waitForFunction(
			(step) => document.querySelector('#hc-step-title [data-slot="title"]')?.textContent !== step,
			STEP,
		);

		await page.reload();
		await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		await goTo(page, STEP);
		await expect(
			access.getByRole('radio', { name: /^API Particulier via Démarche numérique/ }).isChecked(),
		).resolves.toBe(true);
		await expect(formula.inputValue()).resolves.toMatch(/^revenu fiscal de référence divisé/);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Exporter (JSON)' }).click(),
		]);
		const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
			dataProtection?: unknown;
		};
		expect(exported.dataProtection).toEqual({
			apiAccess: 'demarche-numerique',
			taxYear: 'dgfip_annee_n_moins_1',
			fallback: {
				method: 'formule',
				formula: 'revenu fiscal de référence divisé par douze puis par le nombre de parts',
			},
			taxController: {
				familyName: 'Martin',
				givenName: 'Claire',
				email: 'claire.martin@villebourg.fr',
				phone: '02 54 00 00 12',
				jobTitle: 'Directrice du CCAS',
			},
		});
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('hides the questions the example does not raise', async () => {
		const { page, errors } = await open();
		await importBytes(page, 'exemple.json', Buffer.from(exampleText));
		await goTo(page, STEP);
		await page
			.getByText('Sans réponse, les documents retiennent l’éditeur de votre logiciel.')
			.waitFor();
		await group(page, /^Familles sans quotient familial utilisable/).waitFor();
		await expect(
			page.getByRole('group', { name: /^Année de revenus demandée/ }).count(),
		).resolves.toBe(0);
		await expect(page.getByLabel(/^Autorité qui statue/).isVisible()).resolves.toBe(false);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it.each([1280, 375])('has no axe violation with every question open at %i px', async (width) => {
		const { page, errors } = await open(width);
		await importBytes(page, 'rural.json', Buffer.from(ruralDossier()));
		await goTo(page, STEP);
		await group(page, /^Année de revenus demandée/).waitFor();
		await expect(axeViolations(page)).resolves.toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

describe('import of a file in another encoding or with a wrong nested type', () => {
	const failure = (page: Page) =>
		page.getByRole('heading', { name: 'Le fichier n’a pas été importé' });

	it('accepts a file saved « UTF-8 avec BOM »', async () => {
		const { page, errors } = await open();
		const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(exampleText)]);
		await importBytes(page, 'bom.json', bom);
		await page.getByRole('heading', { name: 'Dossier importé' }).waitFor();
		await expect(page.getByLabel(/^Nom du CCAS/).inputValue()).resolves.toBe(
			'CCAS de Villebourg-sur-Loir',
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('refuses a Latin-1 file in French, without garbling a name', async () => {
		const { page, errors } = await open();
		await importBytes(page, 'latin1.json', Buffer.from(exampleText, 'latin1'));
		await failure(page).waitFor();
		await page.getByText(/^Ce fichier n’est pas enregistré en UTF-8/).waitFor();
		await expect(page.getByLabel(/^Nom du CCAS/).inputValue()).resolves.toBe('');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('names a nested field of the wrong type with the wizard’s labels, not its path', async () => {
		const { page, errors } = await open();
		const dossier = JSON.parse(exampleText) as {
			sitting: { vote: { kind: unknown }; members: { name: unknown }[] };
		};
		dossier.sitting.vote.kind = 5;
		const third = dossier.sitting.members[2];
		if (third) third.name = 12;
		await importBytes(page, 'types.json', Buffer.from(JSON.stringify(dossier)));
		await failure(page).waitFor();
		const list = page.locator('[data-alert="import-error"] li');
		await expect(list.allTextContents()).resolves.toEqual([
			'Étape « Séance du conseil », Membre 3 › Prénom et nom\u202f: Le nom du membre doit être un texte.',
			'Étape « Séance du conseil », Vote › Mode de vote\u202f: Le mode de vote : choisissez « unanimité » ou « scrutin ».',
		]);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
