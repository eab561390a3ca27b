// Issue 15's case, from an empty assistant to the ZIP, by role and label: 3 aids, 11 members
// (2 proxies, 1 absent). With the mouse it counts the controls set, screenshots each step at 1280
// and 375 px (test-results/ecrans/, git-ignored) and runs axe on both; with the keyboard alone it
// counts the Tab presses. `npm run bench` prints the same two figures.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { WALK_GOALS as GOALS, walkDossier } from '../../bench/dossier-walk';
import { slugify } from '../../src/lib/slug';
import { axeViolations, launchBrowser, newPage } from './browser';

const baseUrl = inject('baseUrl');
const shots = join('test-results', 'ecrans');

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
	mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
	await browser?.close();
});

async function open(): Promise<{ page: Page; errors: string[] }> {
	const page = await newPage(browser, {
		acceptDownloads: true,
		viewport: { width: 1280, height: 900 },
	});
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${baseUrl}/assistant/`);
	await page.waitForFunction(() => customElements.get('hc-assistant') !== undefined);
	return { page, errors };
}

describe('the whole dossier of a CCAS', () => {
	it(`takes at most ${GOALS.controls} controls with the mouse, each step axe-clean at 1280 and 375 px`, async () => {
		const { page, errors } = await open();
		const violations: Record<string, unknown> = {};
		const result = await walkDossier(page, 'souris', async (title, index) => {
			// The step's module (previews, counts) has rendered before it is looked at.
			await page.waitForFunction(() => !document.querySelector('hc-assistant [aria-busy="true"]'));
			for (const width of [1280, 375]) {
				await page.setViewportSize({ width, height: width === 1280 ? 900 : 800 });
				await page.screenshot({
					path: join(shots, `${index}-${slugify(title)}-${width}.png`),
					fullPage: true,
				});
				const found = await axeViolations(page);
				if (found.length > 0) violations[`${title} (${width} px)`] = found;
			}
			await page.setViewportSize({ width: 1280, height: 900 });
		});
		expect(violations).toEqual({});
		expect(result.steps).toHaveLength(8);
		expect(result.controls).toBeLessThanOrEqual(GOALS.controls);
		expect(result.zip.name).toMatch(/^dossier-habilitation-ccas-de-chaville\.zip$/);
		const files = Object.keys(unzipSync(readFileSync(result.zip.path)));
		expect(files.some((name) => /deliberation\.pdf$/.test(name))).toBe(true);
		const dossier = JSON.parse(
			new TextDecoder().decode(
				unzipSync(readFileSync(result.zip.path))['dossier.json'] ?? new Uint8Array(),
			),
		) as {
			ccas: { inseeCode: string; population: string; name: string };
			sitting: { members: { attendance: string; proxyTo?: string; civility: string }[] };
			request: { dpo: { email: string }; technique: { familyName: string } };
		};
		// What the commune list filled, and the people entered once.
		expect(dossier.ccas).toMatchObject({
			inseeCode: '92022',
			population: '10000-a-49999',
			name: 'CCAS de Chaville',
		});
		const board = dossier.sitting.members;
		expect(board).toHaveLength(11);
		expect(board.filter((m) => m.attendance === 'représenté').map((m) => m.proxyTo)).toEqual([
			'Claire Dubois',
			'Paul Girard',
		]);
		expect(board.filter((m) => m.attendance === 'absent')).toHaveLength(1);
		expect(board.filter((m) => m.civility === 'Mme')).toHaveLength(6);
		expect(dossier.request.dpo.email).toBe('dpo@ville-chaville.example');
		expect(dossier.request.technique.familyName).toBe('Benali');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it(`takes at most ${GOALS.tabs} Tab presses with the keyboard alone`, async () => {
		const { page, errors } = await open();
		const result = await walkDossier(page, 'clavier');
		expect(result.steps).toHaveLength(8);
		expect(result.tabs).toBeLessThanOrEqual(GOALS.tabs);
		expect(result.zip.name).toMatch(/\.zip$/);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});
