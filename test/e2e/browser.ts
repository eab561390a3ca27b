/** Launches Debian's Chromium through playwright-core (never a downloaded browser) and runs axe. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** Path of the system Chromium installed by .ci/run. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Starts a headless Chromium with the flags this sandbox needs (no background network). */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--disable-dev-shm-usage',
		],
	});
}

/** Opens a page in a fresh context (axe needs a context it owns; each test starts with empty storage). */
export async function newPage(
	browser: Browser,
	options: BrowserContextOptions = {},
): Promise<Page> {
	const context = await browser.newContext({ locale: 'fr-FR', ...options });
	return context.newPage();
}

/** WCAG 2.x A and AA rule sets, the level the RGAA maps to. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules disabled on every page, each with its reason. Keep this list empty unless a rule is wrong
 * for a DSFR pattern audited by its authors; never disable a rule to hide a defect of ours.
 */
export const disabledRules: string[] = [];

/** A violation as a readable line: rule, impact, and the first offending elements. */
export interface AxeLine {
	rule: string;
	impact: string;
	targets: string[];
	help: string;
}

/** Runs axe on the current page and returns one line per violated rule. */
export async function axeViolations(page: Page): Promise<AxeLine[]> {
	const results = await new AxeBuilder({ page })
		.withTags(wcagTags)
		.disableRules(disabledRules)
		.analyze();
	return results.violations.map((violation) => ({
		rule: violation.id,
		impact: violation.impact ?? 'inconnu',
		help: violation.help,
		targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
	}));
}
