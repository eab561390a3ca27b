/**
 * The whole dossier of issue 15, as a new user fills it, from an empty assistant to the ZIP: a CCAS
 * chosen from the official list of communes, 3 aids, 11 board members (2 proxies, 1 absent), found
 * by role and label. The same walk runs with the mouse (it counts the controls set) or the keyboard
 * alone (it also counts the Tab presses); `test/e2e/dossier-walk.e2e.ts` and `npm run bench` run it.
 */
import type { Locator, Page } from 'playwright-core';

/**
 * Goals of issue 15 (93 controls and 343 Tab presses before it), read by the e2e test and the bench.
 * Tabs: 215 since the condition editor (« ne pas », « ou » per condition) added stops; 200 is to win back.
 */
export const WALK_GOALS = { controls: 55, tabs: 215 } as const;

/** How the walk is driven. */
export type WalkMode = 'souris' | 'clavier';

/** What a walk measured. */
export interface WalkResult {
	/** Fields the person had to set (typed, chosen or ticked). */
	controls: number;
	/** Tab presses of the keyboard-only walk (0 with the mouse). */
	tabs: number;
	/** The downloaded ZIP's file name and path. */
	zip: { name: string; path: string };
	/** Titles of the steps passed, in order. */
	steps: string[];
	/** Controls set and Tab presses, step by step (Tab presses to « Suivant » included). */
	byStep: { step: string; controls: number; tabs: number }[];
}

/** Called on each step once it is shown (screenshots, axe). */
export type StepHook = (title: string, index: number) => Promise<void>;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const startsWith = (text: string) => new RegExp(`^${escape(text)}`);

/** A field by the start of its label (hints follow the label in the accessible name). */
export function field(scope: Page | Locator, label: string): Locator {
	return scope.getByLabel(startsWith(label));
}

/** A fieldset by the start of its legend. */
export function group(scope: Page | Locator, legend: string | RegExp): Locator {
	return scope.getByRole('group', {
		name: typeof legend === 'string' ? startsWith(legend) : legend,
	});
}

/** Sets fields the way the mode says, and counts. */
class Person {
	controls = 0;
	tabs = 0;
	constructor(
		readonly page: Page,
		readonly mode: WalkMode,
	) {}

	/** Presses Tab until `target` (or, for a radio, one of its group) has the focus. */
	async reach(target: Locator): Promise<void> {
		if (this.mode !== 'clavier') return;
		const handle = await target.elementHandle();
		if (!handle) throw new Error('champ introuvable');
		for (let presses = 0; presses < 120; presses++) {
			const there = await handle.evaluate((element) => {
				const active = document.activeElement;
				if (active === element) return true;
				// Tab enters a radio group on its checked (or first) radio; arrows move within it.
				return (
					element instanceof HTMLInputElement &&
					element.type === 'radio' &&
					active instanceof HTMLInputElement &&
					active.type === 'radio' &&
					active.name === element.name
				);
			});
			if (there) return;
			await this.page.keyboard.press('Tab');
			this.tabs += 1;
		}
		throw new Error(
			`« ${await target.evaluate((e) => `${e.tagName} ${e.getAttribute('name') ?? ''}`)} » n’est pas atteint avec Tab`,
		);
	}

	async fill(target: Locator, text: string): Promise<void> {
		this.controls += 1;
		if (this.mode === 'souris') {
			await target.fill(text);
			return;
		}
		await this.reach(target);
		await this.page.keyboard.press('ControlOrMeta+A');
		await this.page.keyboard.type(text);
	}

	async select(target: Locator, label: string): Promise<void> {
		this.controls += 1;
		await this.reach(target);
		await target.selectOption({ label });
	}

	/** Ticks a box or a radio (DSFR draws its own box over the native one: a click goes through the label). */
	async tick(target: Locator, checked = true): Promise<void> {
		this.controls += 1;
		if (this.mode === 'souris') {
			await target.setChecked(checked, { force: true });
			return;
		}
		await this.reach(target);
		if ((await target.getAttribute('type')) === 'radio') {
			for (let moves = 0; moves < 10 && !(await target.isChecked()); moves++)
				await this.page.keyboard.press('ArrowDown');
			if (!(await target.isChecked())) await this.page.keyboard.press('Space');
		} else if ((await target.isChecked()) !== checked) await this.page.keyboard.press('Space');
	}

	/** A button: clicked, or reached with Tab and pressed with Enter. */
	async press(target: Locator): Promise<void> {
		if (this.mode === 'souris') {
			await target.click();
			return;
		}
		await this.reach(target);
		await this.page.keyboard.press('Enter');
	}
}

async function stepTitle(page: Page): Promise<string> {
	return ((await page.locator('#hc-step-title [data-slot="title"]').textContent()) ?? '').trim();
}

/** « Suivant », then waits for the next step (it fails with the error summary's text if it stays). */
async function next(person: Person): Promise<void> {
	const { page } = person;
	const before = await stepTitle(page);
	await person.press(page.getByRole('button', { name: 'Suivant', exact: true }));
	try {
		await page.waitForFunction(
			(previous) =>
				document.querySelector('#hc-step-title [data-slot="title"]')?.textContent?.trim() !==
				previous,
			before,
			{ timeout: 10_000 },
		);
	} catch {
		const summary = await page
			.locator('[data-error-summary]')
			.innerText()
			.catch(() => '');
		throw new Error(`L’étape « ${before} » ne se valide pas : ${summary}`);
	}
}

/** Step 1: the commune from the official list fills INSEE code, population, name, postcode, city. */
async function ccas(person: Person): Promise<void> {
	const { page } = person;
	const commune = field(page, 'Commune');
	await person.fill(commune, 'Chaville (92)');
	await page.waitForFunction(
		() => (document.querySelector<HTMLInputElement>('[name="inseeCode"]')?.value ?? '') !== '',
		undefined,
		{ timeout: 10_000 },
	);
	await person.fill(field(page, 'Numéro SIRET du CCAS'), '26920022000011');
	await person.fill(field(group(page, 'Adresse du CCAS'), 'Numéro et voie'), '1 place du Marché');
	const president = group(page, 'Président du conseil d’administration');
	await person.tick(president.getByRole('radio', { name: 'Madame' }));
	await person.fill(field(president, 'Prénom et nom'), 'Agnès Lefèvre-Nguyen');
	const director = group(page, 'Directeur ou directrice du CCAS');
	await person.tick(director.getByRole('radio', { name: 'Monsieur' }));
	await person.fill(field(director, 'Prénom et nom'), 'Karim Benali');
	const dpo = group(page, 'Délégué à la protection des données');
	await person.fill(field(dpo, 'Nom du délégué ou du service'), 'Sophie Marchand');
	await person.fill(field(dpo, 'Adresse électronique du délégué'), 'dpo@ville-chaville.example');
	await person.select(
		field(page, 'Logiciel utilisé par le CCAS'),
		'Millésime Action Sociale (Arche MC2)',
	);
}

/** Step 2: three catalogue aids, each with its usual conditions, a threshold and who decides. */
async function aids(person: Person): Promise<void> {
	const { page } = person;
	const aid = async (
		name: RegExp,
		legend: RegExp,
		threshold: [string, string],
		decider: string,
	) => {
		await person.tick(page.getByRole('checkbox', { name }));
		const box = group(page, legend);
		await person.fill(field(box, threshold[0]), threshold[1]);
		await person.select(field(box, 'Qui décide'), decider);
	};
	await aid(
		/^Secours d’urgence/,
		/^Secours d’urgence.: conditions et décision/,
		['Reste à vivre inférieur ou égal à', '300'],
		'La commission permanente',
	);
	await aid(
		/^Aide à la restauration scolaire/,
		/^Aide à la restauration scolaire.: conditions et décision/,
		['Quotient familial inférieur ou égal à', '800'],
		'Le président du conseil d’administration',
	);
	await aid(
		/^Aide aux frais d’obsèques/,
		/^Aide aux frais d’obsèques.: conditions et décision/,
		['Reste à vivre inférieur ou égal à', '400'],
		'Le conseil d’administration',
	);
}

/** Step 4: recipients, one role of agents, one way of informing families (retention kept). */
async function processing(person: Person): Promise<void> {
	const { page } = person;
	await person.fill(field(page, 'Destinataires des données'), 'Travailleurs sociaux du CCAS');
	const agents = group(page, 'Agents habilités à interroger l’API');
	await person.fill(field(agents, 'Fonction'), 'Travailleur social instructeur');
	await person.fill(field(agents, 'Nombre d’agents'), '3');
	await person.tick(
		group(page, 'Comment les usagers sont-ils informés').getByRole('checkbox', { name: /affiche/ }),
	);
}

/** The 11 members: the president comes from step 1; 2 represented, 1 absent. */
const members = [
	'Mme Claire Dubois',
	'M. Paul Girard',
	'Mme Léa Moreau',
	'M. Hugo Laurent',
	'Mme Inès Garcia',
	'M. Louis Martin',
	'Mme Zoé Bernard',
	'M. Jules Petit',
	'Mme Emma Roux',
	'M. Noah Fournier',
];

/** Step 5: date, place, the number in office (it creates the rows), each member by its row. */
async function sitting(person: Person): Promise<void> {
	const { page } = person;
	await person.fill(field(page, 'Date de la séance'), '16/03/2026');
	await person.fill(field(page, 'Heure'), '18:30');
	await person.fill(field(page, 'Lieu de la séance'), 'salle du conseil de la mairie');
	await person.fill(field(page, 'Date d’envoi de la convocation'), '09/03/2026');
	await person.fill(field(page, 'Nombre de membres en exercice'), '11');
	await group(page, 'Membre 11 sur 11').waitFor();
	for (const [index, name] of members.entries()) {
		const row = group(page, `Membre ${index + 2} sur 11`);
		await person.fill(field(row, 'Prénom et nom'), name);
		// The civility typed with the name is ticked when the field is left.
		if (index === 4 || index === 7) {
			await person.select(field(row, 'Présence'), 'représenté');
			await person.select(
				field(row, 'A donné procuration à'),
				index === 4 ? 'Claire Dubois' : 'Paul Girard',
			);
		}
		if (index === 9) await person.select(field(row, 'Présence'), 'absent');
	}
	await person.fill(field(page, 'Numéro de la délibération'), '2026-07');
}

/** Step 7: the director and the DPO come from step 1; what is left of the DataPass contacts. */
async function request(person: Person): Promise<void> {
	const { page } = person;
	await person.fill(field(page, 'Volumétrie'), '600');
	await person.fill(field(page, 'Date de mise en production prévue'), '01/06/2026');
	const business = group(page, 'Contact métier');
	await person.fill(
		field(business, 'Adresse électronique professionnelle'),
		'k.benali@ville-chaville.example',
	);
	await person.fill(field(business, 'Téléphone'), '01 41 15 40 00');
	await person.tick(
		page.getByRole('checkbox', { name: /^Le contact métier est aussi le contact technique/ }),
	);
	const dpo = group(page, 'Délégué à la protection des données (DPO)');
	await person.fill(field(dpo, 'Téléphone'), '01 41 15 40 01');
}

/**
 * Walks from an empty assistant (already open on `page`) to the downloaded ZIP. With the keyboard,
 * the walk starts with the skip link to the content, as a keyboard user would.
 */
export async function walkDossier(
	page: Page,
	mode: WalkMode,
	onStep?: StepHook,
): Promise<WalkResult> {
	const person = new Person(page, mode);
	const steps: string[] = [];
	const shown = async () => {
		const title = await stepTitle(page);
		steps.push(title);
		await onStep?.(title, steps.length);
	};
	if (mode === 'clavier') {
		await page.keyboard.press('Tab');
		person.tabs += 1;
		await page.keyboard.press('Enter');
	}
	const fills: Record<string, ((person: Person) => Promise<void>) | undefined> = {
		'Votre CCAS': ccas,
		'Vos aides et leurs conditions': aids,
		'Conservation, destinataires, information des usagers': processing,
		'Séance du conseil': sitting,
		'Demande DataPass': request,
	};
	const byStep: WalkResult['byStep'] = [];
	const zipButton = page.getByRole('button', { name: /dossier complet/i });
	for (;;) {
		await shown();
		const title = steps.at(-1) ?? '';
		const before = { controls: person.controls, tabs: person.tabs };
		await fills[title]?.(person);
		if (title !== 'Votre dossier') await next(person);
		else await person.reach(zipButton);
		byStep.push({
			step: title,
			controls: person.controls - before.controls,
			tabs: person.tabs - before.tabs,
		});
		if (title === 'Votre dossier') break;
	}
	await zipButton.waitFor({ timeout: 20_000 });
	const [download] = await Promise.all([page.waitForEvent('download'), person.press(zipButton)]);
	return {
		controls: person.controls,
		tabs: person.tabs,
		zip: { name: download.suggestedFilename(), path: await download.path() },
		steps,
		byStep,
	};
}
