// Privacy: a whole session (header search, checker, editor form, assistant filled from the example
// with every document downloaded) makes no request to another origin, puts no dossier content in
// any URL, and triggers no Content-Security-Policy violation.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const example = JSON.parse(readFileSync('examples/ccas-villebourg.json', 'utf8')) as {
	ccas: { name: string; siret: string; dpo: { email: string } };
};
const CHAVILLE = readFileSync('test/fixtures/seeds/000_aac0786d8c4cf6f6.txt', 'utf8');

/** Every `name` of the example (president, director, DPO, board members…), its CCAS name, SIRET and DPO email. */
function secrets(): string[] {
	const names: string[] = [];
	const visit = (value: unknown, key = ''): void => {
		if (typeof value === 'string' && /name$/i.test(key) && value.trim().length > 3)
			names.push(value);
		else if (Array.isArray(value)) value.forEach((item) => visit(item));
		else if (value && typeof value === 'object')
			Object.entries(value).forEach(([k, v]) => visit(v, k));
	};
	visit(example);
	return [...new Set([...names, example.ccas.siret, example.ccas.dpo.email])];
}

/** A URL in every decoded form a leak could take. */
function decodedForms(url: string): string[] {
	const forms = [url];
	try {
		forms.push(decodeURIComponent(url));
		forms.push(decodeURIComponent(url.replace(/\+/g, ' ')));
	} catch {
		// Malformed escapes: the raw URL is checked.
	}
	return forms.map((form) => form.normalize('NFC').toLowerCase());
}

let browser: Browser;
let context: BrowserContext;
const requests: string[] = [];
const violations: string[] = [];
const errors: string[] = [];
/** Names of the download controls met, with the file each one saved. */
const downloads: Record<string, string> = {};

beforeAll(async () => {
	browser = await launchBrowser();
	context = await browser.newContext({ locale: 'fr-FR', acceptDownloads: true });
	context.on('request', (request) => requests.push(request.url()));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	context.on('page', (page) => {
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
	});
});
afterAll(async () => {
	await context?.close();
	await browser?.close();
});

async function visible(locator: Locator): Promise<void> {
	await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** Clicks every visible control whose name starts with « Télécharger » or « Exporter », saving each file. */
async function downloadAll(page: Page, step: string): Promise<void> {
	const controls = page
		.getByRole('button', { name: /^(Télécharger|Exporter)/ })
		.or(page.getByRole('link', { name: /^Télécharger/ }));
	const count = await controls.count();
	for (let i = 0; i < count; i++) {
		const control = controls.nth(i);
		if (!(await control.isVisible()) || !(await control.isEnabled())) continue;
		const name = (await control.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 60_000 }),
			control.click(),
		]);
		await download.path();
		downloads[`${step} › ${name}`] = download.suggestedFilename();
	}
}

describe('a whole session', () => {
	it('searches from the header', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl}/`);
		const combobox = page.getByRole('combobox', { name: 'Rechercher dans le site' });
		await combobox.fill('quotient familial');
		await visible(page.getByRole('listbox', { name: 'Suggestions' }));
		await page.keyboard.press('Enter');
		await page.waitForLoadState('networkidle');
		await page.goto(`${baseUrl}/recherche/?q=${encodeURIComponent('délibération quorum')}`);
		await page.waitForLoadState('networkidle');
		await page.close();
	});

	it('checks the Chaville deliberation', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl}/verifier/`);
		await page.getByLabel('Texte de la délibération').fill(CHAVILLE);
		await page.getByRole('button', { name: 'Vérifier', exact: true }).click();
		await visible(page.getByRole('heading', { level: 2, name: 'Résultat de la vérification' }));
		await page.close();
	});

	it('submits the editor form', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl}/editeurs/proposer/`);
		await page.getByLabel('Aides sociales des CCAS').check({ force: true });
		await page.getByLabel('API Particulier', { exact: true }).check({ force: true });
		await page
			.getByLabel('La solution a un formulaire prérempli sur DataPass')
			.check({ force: true });
		const values: Record<string, string> = {
			'Nom de l’éditeur': 'Éditions Sociales « Test »',
			'SIRET de l’éditeur': '351 421 300 00036',
			'Nom de la solution': 'Solidaire Plus',
			'Site web': 'https://www.exemple.fr',
			'Identifiant du formulaire DataPass': 'api-particulier-ccas-solidaire-plus',
			'Prénom et nom': 'Jeanne Martin',
			'Adresse électronique professionnelle': 'jeanne.martin@exemple.fr',
		};
		for (const [label, value] of Object.entries(values))
			await page.getByRole('textbox', { name: new RegExp(`^${label}`) }).fill(value);
		await page.getByLabel(/\[cnaf_quotient_familial\]$/).check({ force: true });
		await page.getByLabel(/^J’accepte que le nom de l’éditeur/).check({ force: true });
		await page.getByRole('button', { name: 'Vérifier et préparer l’envoi' }).click();
		await visible(page.getByRole('heading', { name: 'L’entrée est valide' }));
		await downloadAll(page, 'éditeurs');
		await page.close();
	});

	it('fills the assistant from the example, visits every step and downloads every document', async () => {
		const page = await context.newPage();
		await page.goto(`${baseUrl}/assistant/`);
		await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		await page.getByLabel(/^Importer un dossier/).setInputFiles('examples/ccas-villebourg.json');
		await visible(page.getByRole('heading', { name: 'Dossier importé' }));
		const title = () => page.locator('#hc-step-title [data-slot="title"]').textContent();
		const seen: string[] = [];
		for (let i = 0; i < 12; i++) {
			const current = (await title())?.trim() ?? '';
			if (seen.includes(current)) break;
			seen.push(current);
			await page.waitForLoadState('networkidle');
			await downloadAll(page, current);
			const next = page.getByRole('button', { name: /^(Suivant|Valider cette étape)$/ });
			if (!(await next.first().isVisible())) break;
			await next.first().click();
			await page.waitForTimeout(300);
		}
		console.info(`Étapes visitées : ${seen.join(' | ')}`);
		console.info(`Téléchargements : ${JSON.stringify(downloads, null, 1)}`);
		expect(seen.length).toBeGreaterThanOrEqual(4);
		expect(Object.keys(downloads).some((name) => /Exporter \(JSON\)/.test(name))).toBe(true);
		await page.close();
	});

	it('made no request to another origin, with no dossier content in any URL, and no CSP violation', () => {
		expect(requests.length).toBeGreaterThan(10);
		const foreign = requests.filter((url) => {
			if (url.startsWith('blob:') || url.startsWith('data:')) return false;
			return new URL(url).origin !== origin;
		});
		expect(foreign).toEqual([]);
		const leaks = requests.flatMap((url) =>
			secrets()
				.filter((secret) =>
					decodedForms(url).some((form) => form.includes(secret.normalize('NFC').toLowerCase())),
				)
				.map((secret) => `${secret} dans ${url}`),
		);
		expect(leaks).toEqual([]);
		expect(violations).toEqual([]);
		expect(errors).toEqual([]);
	});
});
