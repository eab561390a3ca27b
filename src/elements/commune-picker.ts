/**
 * Step 1's commune field: as the person types, suggests communes of the official list (one small
 * JSON file per first letter, fetched on first need); a commune chosen from the list fills its INSEE
 * code, département and inhabitants, ticks the population band and proposes the CCAS name, the
 * postcode and the city when they are empty. If the list cannot be loaded the field is plain text.
 * Loaded by the assistant when the field first takes the focus.
 */
import {
	ccasName,
	communeChunk,
	communeFromOption,
	communeOption,
	populationBand,
	searchCommunes,
	type CommuneRow,
} from '../lib/wizard/communes';
import { el } from './dom';
import { siteJson } from './site-json';

const nnbsp = '\u202f';
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, nnbsp);

/** Sets a control's value (or ticks a radio) and tells the assistant, as typing would. */
function set(form: HTMLFormElement, name: string, value: string, onlyIfEmpty = false): void {
	const controls = [...form.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)];
	const first = controls[0];
	if (!first) return;
	if (first.type === 'radio') {
		for (const radio of controls) radio.checked = radio.value === value;
	} else {
		if (onlyIfEmpty && first.value.trim() !== '') return;
		first.value = value;
	}
	first.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Wires the picker around the commune field of `root` (once). */
export function attachCommunePicker(root: HTMLElement): void {
	if (root.dataset['pickerReady']) return;
	root.dataset['pickerReady'] = 'on';
	const input = root.querySelector<HTMLInputElement>('input[name="commune"]');
	const list = root.querySelector<HTMLDataListElement>('datalist');
	const status = root.querySelector<HTMLElement>('[data-slot="commune-status"]');
	const form = input?.form;
	if (!input || !list || !status || !form) return;
	let rows: CommuneRow[] = [];
	let chosen = '';

	const choose = (row: CommuneRow): void => {
		const [name, insee, departement, population, postcodes] = row;
		chosen = name;
		input.value = name;
		set(form, 'inseeCode', insee);
		set(form, 'departement', departement);
		set(form, 'inhabitants', String(population));
		set(form, 'population', populationBand(population));
		set(form, 'name', ccasName(name), true);
		set(form, 'address.city', name, true);
		const codes = postcodes.split(' ').filter(Boolean);
		if (codes.length === 1) set(form, 'address.postcode', codes[0] ?? '', true);
		status.textContent = `Code INSEE ${insee}, département ${departement}, ${thousands(population)} habitants : la tranche de population est cochée plus bas.`;
	};

	const suggest = async (): Promise<void> => {
		// « Chaville (92) » is searched as « Chaville »: the list's own text must find itself.
		const typed = () => input.value.replace(/\s*\([^)]*\)?\s*$/, '');
		if (typed().trim().length < 2) return;
		let chunk: CommuneRow[];
		try {
			chunk = (await siteJson(
				`assistant/communes/${communeChunk(typed())}.json`,
				'Liste des communes',
			)) as CommuneRow[];
		} catch {
			status.textContent =
				'La liste officielle des communes n’a pas pu être chargée : saisissez le nom, puis choisissez la tranche de population plus bas.';
			return;
		}
		// The text may have changed while the file loaded: search what is there now.
		rows = searchCommunes(chunk, typed());
		const picked = communeFromOption(rows, input.value);
		if (picked && picked[0] !== chosen) {
			choose(picked);
			return;
		}
		list.replaceChildren(
			...rows.map((row) =>
				el('option', '', {
					value: communeOption(row),
					label: `${thousands(row[3])} habitants${row[4] ? `, ${row[4].split(' ')[0]}` : ''}`,
				}),
			),
		);
	};

	input.addEventListener('input', () => {
		const picked = communeFromOption(rows, input.value);
		if (picked) {
			choose(picked);
			return;
		}
		if (chosen && input.value.trim() !== chosen) {
			// Another name typed: the codes of the commune chosen before no longer apply.
			chosen = '';
			for (const name of ['inseeCode', 'departement', 'inhabitants']) set(form, name, '');
			status.textContent = '';
		}
		void suggest();
	});
	// A commune restored from the draft with its codes counts as chosen.
	chosen = form.querySelector<HTMLInputElement>('[name="inseeCode"]')?.value
		? input.value.trim()
		: '';
	// What was typed while this code loaded.
	void suggest();
}
