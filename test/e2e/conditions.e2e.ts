// The condition editor of « Vos aides et leurs conditions » in Chromium: an age range, an « ou »
// group, a « ne pas » condition and a QF scale, typed by label, kept through a reload, written into
// the projet de délibération downloaded before any sitting; axe clean on both steps at 1280 and 375 px.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { axeViolations, launchBrowser, newPage } from './browser';
import { exampleDossier } from '../helpers/catalogue';
import { normalise, pdfText } from '../helpers/poppler';

const baseUrl = inject('baseUrl');
const url = `${baseUrl}/assistant/`;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A field by the start of its label. */
const field = (scope: Page | Locator, label: string) =>
	scope.getByLabel(new RegExp(`^${escape(label)}`));

/** A fieldset by the start of its legend. */
const group = (scope: Page | Locator, legend: string) =>
	scope.getByRole('group', { name: new RegExp(`^${escape(legend)}`) });

/** DSFR draws the label over the native box: tick through it, as a person does. */
const tick = (box: Locator, checked = true) => box.setChecked(checked, { force: true });

async function waitTitle(page: Page, expected: string): Promise<void> {
	await page.waitForFunction(
		(wanted) =>
			document.querySelector('#hc-step-title [data-slot="title"]')?.textContent === wanted,
		expected,
		{ timeout: 10_000 },
	);
}

async function next(page: Page): Promise<void> {
	await page.getByRole('button', { name: /^(Suivant|Valider cette étape)$/ }).click();
}

/** The catalogue condition `label` of an aid: its box, and the editor shown once it is ticked. */
function condition(aid: Locator, label: string): { box: Locator; more: Locator } {
	const name = new RegExp(`^${escape(label)}`);
	// `has` is looked for inside each candidate, so it starts from the page, not from the aid.
	const more = aid
		.locator('[data-condition]')
		.filter({ has: aid.page().getByRole('checkbox', { name }) });
	return { box: more.getByRole('checkbox', { name }), more };
}

async function axeAt(page: Page, widths: number[]): Promise<string[]> {
	const found: string[] = [];
	for (const width of widths) {
		await page.setViewportSize({ width, height: 900 });
		for (const line of await axeViolations(page))
			found.push(`${width} px : ${line.rule} (${line.targets.join(', ')})`);
	}
	return found;
}

describe('condition editor', () => {
	it('edits a range, « ou », « ne pas » and a scale, keeps them and writes them in the projet', async () => {
		const page = await newPage(browser, { acceptDownloads: true });
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(url);
		await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		// The example before its sitting: the projet is what the CCAS needs first.
		const { sitting: _sitting, ...beforeSitting } = exampleDossier();
		await page.getByLabel(/^Importer un dossier/).setInputFiles({
			name: 'avant-la-seance.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(beforeSitting)),
		});
		await page.getByRole('heading', { name: 'Dossier importé' }).waitFor();
		await next(page);
		await waitTitle(page, 'Vos aides et leurs conditions');

		// Youth aid: 18 to 25, job seeker or RSA (the custom « 18 to 25 » condition gives way to the range).
		const youth = group(page, 'Aide propre au CCAS').first();
		await youth.getByRole('button', { name: 'Retirer cette condition' }).click();
		const age = condition(youth, 'Âge du demandeur');
		await tick(age.box);
		await field(age.more, 'À partir de (en ans)').fill('18');
		await field(age.more, 'Jusqu’à (en ans, inclus)').fill('16');
		await field(age.more, 'Jusqu’à (en ans, inclus)').blur();
		await expect(
			age.more.getByText('L’âge maximum (16 ans) est inférieur à l’âge minimum (18 ans)').count(),
		).resolves.toBe(1);
		await field(age.more, 'Jusqu’à (en ans, inclus)').fill('25');
		const job = condition(youth, 'Demandeur d’emploi inscrit à France Travail');
		const rsa = condition(youth, 'Bénéficiaire du RSA');
		await tick(rsa.box);
		await field(job.more, 'Avec les autres conditions').selectOption('1');
		await field(rsa.more, 'Avec les autres conditions').selectOption('1');
		const youthSentence = youth.locator('[data-aid-sentence]');
		await expect(youthSentence.textContent()).resolves.toBe(
			'Résidence ou domiciliation dans la commune ; âge du demandeur : de 18 à 25\u00a0ans ; et au moins l’une des conditions suivantes : bénéficiaire du RSA ou demandeur d’emploi inscrit à France Travail.',
		);

		// An aid for people without the C2S: « ne pas », with its sentence under the box.
		const energy = group(page, 'Aide au paiement des factures d’énergie et d’eau :').first();
		const c2s = condition(energy, 'Bénéficiaire de la complémentaire santé solidaire (C2S)');
		// The other catalogue conditions are built when « Ajouter une autre condition » opens.
		const built = () => energy.locator('[data-condition] input[type="checkbox"]').count();
		const usual = await built();
		await energy.getByText('Ajouter une autre condition du catalogue').click();
		await c2s.box.waitFor();
		await expect(built()).resolves.toBeGreaterThan(usual + 10);
		await tick(c2s.box);
		const inverted = c2s.more.getByRole('checkbox', { name: /^La condition est inversée/ });
		await expect(inverted.getAttribute('aria-describedby')).resolves.toBeTruthy();
		await expect(
			c2s.more
				.getByText('ne pas être bénéficiaire de la complémentaire santé solidaire (C2S)')
				.count(),
		).resolves.toBe(1);
		await tick(inverted);
		await expect(energy.locator('[data-aid-sentence]').textContent()).resolves.toContain(
			'ne pas être bénéficiaire de la complémentaire santé solidaire (C2S)',
		);

		// A school-meal tariff in three QF tranches.
		await tick(page.getByRole('checkbox', { name: /^Aide à la restauration scolaire/ }));
		const meals = group(page, 'Aide à la restauration scolaire : conditions').first();
		const qf = condition(meals, 'Ressources appréciées par le quotient familial');
		await qf.more.getByText('Barème par tranches de quotient familial').click();
		const add = qf.more.getByRole('button', { name: 'Ajouter une tranche' });
		for (const [max, label] of [
			['400', 'tarif A : 1 € le repas'],
			['300', 'tarif B : 2,50 € le repas'],
			['', 'tarif C : 4 € le repas'],
		] as const) {
			await add.click();
			const row = group(qf.more, 'Tranche').last();
			await field(row, 'Jusqu’à un quotient de').fill(max);
			await field(row, 'Ce que donne la tranche').fill(label);
		}
		await expect(group(qf.more, 'Tranche 3').getByText('Au-dessus de 300').count()).resolves.toBe(
			1,
		);
		await next(page);
		await expect(
			page
				.getByText(
					'La borne de la tranche 2 (300\u00a0€) doit dépasser celle de la tranche 1 (400\u00a0€)',
				)
				.first()
				.isVisible(),
		).resolves.toBe(true);
		await field(group(qf.more, 'Tranche 2'), 'Jusqu’à un quotient de').fill('800');
		await meals.getByLabel(/^Qui décide/).selectOption('conseil');
		expect(await axeAt(page, [1280, 375])).toEqual([]);
		await page.setViewportSize({ width: 1280, height: 900 });
		await next(page);
		await waitTitle(page, 'Données strictement nécessaires');

		// Reload: nothing lost.
		await page.reload();
		await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
		await waitTitle(page, 'Données strictement nécessaires');
		await page.getByRole('button', { name: 'Précédent' }).click();
		await waitTitle(page, 'Vos aides et leurs conditions');
		await expect(field(age.more, 'À partir de (en ans)').inputValue()).resolves.toBe('18');
		await expect(field(age.more, 'Jusqu’à (en ans, inclus)').inputValue()).resolves.toBe('25');
		await expect(field(rsa.more, 'Avec les autres conditions').inputValue()).resolves.toBe('1');
		await expect(c2s.box.isChecked()).resolves.toBe(true);
		await expect(inverted.isChecked()).resolves.toBe(true);
		await expect(
			field(group(qf.more, 'Tranche 3'), 'Ce que donne la tranche').inputValue(),
		).resolves.toBe('tarif C : 4 € le repas');
		await expect(youthSentence.textContent()).resolves.toContain('de 18 à 25\u00a0ans');

		// No sitting yet: from « Séance du conseil » straight to the projet.
		for (const step of [
			'Données strictement nécessaires',
			'Conservation, destinataires, information des usagers',
		]) {
			await next(page);
			await waitTitle(page, step);
		}
		await next(page);
		await waitTitle(page, 'Séance du conseil');
		await page.getByRole('link', { name: 'préparer le projet de délibération' }).click();
		await waitTitle(page, 'Délibération');
		await page.getByRole('heading', { name: 'Aperçu du projet de délibération' }).waitFor();
		await page.getByRole('heading', { name: 'La délibération attend la séance' }).waitFor();
		await expect(
			page.getByRole('button', { name: /^Télécharger la délibération à signer/ }).isVisible(),
		).resolves.toBe(false);
		await expect(
			page.getByRole('button', { name: /^Télécharger le rapport explicatif/ }).count(),
		).resolves.toBe(2);
		expect(await axeAt(page, [1280, 375])).toEqual([]);
		await page.setViewportSize({ width: 1280, height: 900 });

		const button = page.getByRole('button', {
			name: /^Télécharger le projet de délibération\s+PDF/,
		});
		const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
		expect(download.suggestedFilename()).toBe('00-projet-de-deliberation.pdf');
		const text = normalise(pdfText(new Uint8Array(readFileSync(await download.path()))));
		expect(text).toContain('Projet de délibération');
		expect(text).toMatch(/de 18 à 25 ans/);
		expect(text).toContain(
			'au moins l’une des conditions suivantes : bénéficiaire du RSA ou demandeur d’emploi inscrit à France Travail',
		);
		expect(text).toContain('ne pas être bénéficiaire de la complémentaire santé solidaire (C2S)');
		expect(text).toMatch(/tranche 1 \(tarif A : 1 € le repas\) : jusqu’à 400 €/);
		expect(text).toMatch(/tranche 2 \(tarif B : 2,50 € le repas\) : de plus de 400 € à 800 €/);
		expect(text).toMatch(/tranche 3 \(tarif C : 4 € le repas\) : plus de 800 €/);
		expect(text).toContain('………… voix pour');
		expect(text).not.toMatch(/\d+ voix pour/);

		// The links name the fields of « Séance » that the act still needs.
		const date = page.getByRole('link', { name: 'Date de la séance' });
		await date.click();
		await waitTitle(page, 'Séance du conseil');
		await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'date');
		expect(errors).toEqual([]);
		await page.context().close();
	}, 300_000);
});
