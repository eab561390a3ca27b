// /verifier/ as a user meets it: paste the Chaville deliberation, see the findings and the
// highlighted references, follow a link to an article page; read a .docx chosen in the file field;
// no JavaScript error and no axe violation once results are shown.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { doc, p } from '../../src/lib/document/index.ts';
import { renderDocx } from '../../src/lib/render/docx.ts';
import { axeViolations, launchBrowser, newPage } from './browser';

const baseUrl = inject('baseUrl');
const CHAVILLE = readFileSync('test/fixtures/seeds/000_aac0786d8c4cf6f6.txt', 'utf8');
const NNBSP = '\u202f';

let browser: Browser;
let page: Page;
let errors: string[];
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});
beforeEach(async () => {
	page = await newPage(browser);
	errors = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${baseUrl}/verifier/`);
});

const textField = () => page.getByLabel('Texte de la délibération');
const fileField = () => page.getByLabel('Ou choisissez le fichier de la délibération');
const verify = () => page.getByRole('button', { name: 'Vérifier', exact: true }).click();
const resultsHeading = () =>
	page.getByRole('heading', { level: 2, name: 'Résultat de la vérification' });

async function waitForResults(): Promise<void> {
	await resultsHeading().waitFor({ state: 'visible' });
}

describe('vérifier une délibération', () => {
	it('finds the Chaville faults, highlights them and links to the article pages', async () => {
		await textField().fill(CHAVILLE);
		await verify();
		await waitForResults();

		// Focus moves to the results, and the counts are announced in the live region.
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
			'verifier-resultat',
		);
		await page
			.getByRole('status')
			.filter({ hasText: 'Vérification terminée' })
			.waitFor({ state: 'attached' });
		await expect(
			page.getByRole('status').filter({ hasText: 'Vérification' }).textContent(),
		).resolves.toBe(`Vérification terminée${NNBSP}: 5 erreurs, 3 avertissements et 0 information.`);
		for (const count of ['5 erreurs', '3 avertissements', '0 information'])
			await expect(page.getByText(count, { exact: true }).isVisible()).resolves.toBe(true);

		// The mistyped L11-8, with L. 114-8 to cite instead.
		const references = page.getByRole('list', { name: 'Références citées' });
		const mistyped = references.getByRole('listitem').filter({ hasText: 'numéro erroné' });
		await expect(
			mistyped.getByText(`«${NNBSP}L11-8${NNBSP}»`, { exact: false }).count(),
		).resolves.toBeGreaterThan(0);
		await expect(mistyped.getByText('Erreur', { exact: true }).isVisible()).resolves.toBe(true);
		await expect(
			mistyped
				.getByRole('link', { name: `À citer${NNBSP}: article L. 114-8 du CRPA` })
				.getAttribute('href'),
		).resolves.toBe('/cadre-juridique/crpa-l114-8/');

		// The abrogated R 114-9-3, with D. 114-9-1 to cite instead.
		const abrogated = references.getByRole('listitem').filter({ hasText: 'article abrogé' });
		await expect(abrogated.textContent()).resolves.toContain('R 114-9-3');
		await expect(
			abrogated
				.getByRole('link', { name: `À citer${NNBSP}: article D. 114-9-1 du CRPA` })
				.getAttribute('href'),
		).resolves.toBe('/cadre-juridique/crpa-d114-9-1/');
		await expect(
			abrogated
				.getByRole('link', { name: 'L’article R. 114-9-3 du CRPA sur Légifrance' })
				.getAttribute('href'),
		).resolves.toMatch(/^https:\/\/www\.legifrance\.gouv\.fr\//);

		// Document findings: the missing CASF references, the recommended CRPA ones, and the aid
		// granted by the social worker himself.
		const findings = page.getByRole('list', { name: 'Constats sur l’ensemble du texte' });
		// Direct items only: each item holds its own list of links.
		await expect(findings.locator(':scope > li').count()).resolves.toBe(4);
		await expect(findings.textContent()).resolves.toContain('Référence manquante');
		const power = findings.locator(':scope > li').filter({ hasText: 'Pouvoir donné à un agent' });
		await expect(power.textContent()).resolves.toContain('accordée par le travailleur social');
		await expect(
			power
				.getByRole('link', { name: /article R\. 123-21 du CASF/ })
				.first()
				.getAttribute('href'),
		).resolves.toBe('/cadre-juridique/casf-r123-21/');

		// Every reference, and the located finding, is highlighted in the text.
		await expect(page.locator('mark').allTextContents()).resolves.toEqual([
			'L 312-1',
			'R 123-5',
			'L11-8',
			'R 114-9-3',
			'accordée par le travailleur social',
		]);
		const mark = page.getByRole('link', { name: `L11-8 (erreur${NNBSP}: numéro erroné)` });
		await mark.click();
		await expect(page.evaluate(() => location.hash)).resolves.toBe('#verifier-reference-3');
		// And each result leads back to its place in the text.
		await mistyped.getByRole('link', { name: 'Ligne 33 dans le texte' }).click();
		await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toContain(
			'L11-8',
		);

		expect(await axeViolations(page), 'violations axe avec les résultats').toEqual([]);

		await abrogated
			.getByRole('link', { name: `À citer${NNBSP}: article D. 114-9-1 du CRPA` })
			.click();
		await page.waitForURL(`${baseUrl}/cadre-juridique/crpa-d114-9-1/`);
		await expect(page.locator('h1').textContent()).resolves.toMatch(/D\. 114-9-1/);
		expect(errors).toEqual([]);
	});

	it('reads a .docx chosen in the file field, then checks it', async () => {
		const blocks = CHAVILLE.split('\n').map((line) => p(line));
		const docx = await renderDocx(
			doc({ title: 'Chaville', author: 'CCAS', subject: 'Délibération', blocks }),
		);
		await fileField().setInputFiles({
			name: 'chaville.docx',
			mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			buffer: Buffer.from(docx),
		});
		await page.getByText(`Fichier «${NNBSP}chaville.docx${NNBSP}» lu`).waitFor();
		await expect(textField().inputValue()).resolves.toContain('Vu l’article L11-8');
		await verify();
		await waitForResults();
		// Four references and the aid granted by the social worker himself.
		await expect(page.locator('mark').count()).resolves.toBe(5);
		await expect(
			page.getByRole('link', { name: `À citer${NNBSP}: article D. 114-9-1 du CRPA` }).count(),
		).resolves.toBeGreaterThan(0);
		expect(errors).toEqual([]);
	});

	it('says why a file cannot be read, and asks for a text when there is none', async () => {
		await fileField().setInputFiles({
			name: 'ancien.docx',
			mimeType: 'application/octet-stream',
			buffer: Buffer.from('pas un document Word'),
		});
		await page
			.getByText('Ce fichier n’est pas un document Word (.docx) lisible', { exact: false })
			.waitFor();

		await verify();
		await page.getByText('Collez le texte de la délibération ou choisissez un fichier.').waitFor();
		await expect(textField().getAttribute('aria-invalid')).resolves.toBe('true');
		await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('verifier-texte');
		await expect(resultsHeading().isVisible()).resolves.toBe(false);
		expect(await axeViolations(page), 'violations axe avec les erreurs').toEqual([]);
		expect(errors).toEqual([]);
	});

	it('writes its explanations with French typography', async () => {
		const texts = await page.locator('main section').allInnerTexts();
		const joined = texts.join('\n');
		expect(joined).toContain('Ce qui est vérifié');
		expect(joined).not.toMatch(/ [;:!?»]|« /);
	});
});

describe('liens vers la page', () => {
	it('is reachable from the home page and the plan du site', async () => {
		await page.goto(`${baseUrl}/`);
		await page.getByRole('link', { name: 'Vérifier une délibération existante' }).click();
		await page.waitForURL(`${baseUrl}/verifier/`);
		await page.goto(`${baseUrl}/plan-du-site/`);
		await expect(
			page
				.getByRole('link', { name: 'Vérifier une délibération', exact: true })
				.getAttribute('href'),
		).resolves.toBe('/verifier/');
	});
});
