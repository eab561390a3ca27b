/**
 * The official list of communes (INSEE's Code officiel géographique, through the maintained
 * `@etalab/decoupage-administratif` package), trimmed at build time to what step 1 needs and split
 * by first letter, so that the browser loads one small JSON file when the person types a name.
 */
import type { populationBands } from '../schema/dossier';

/** One commune: name, INSEE code, département, population, postcodes (space-separated). */
export type CommuneRow = [
	name: string,
	insee: string,
	departement: string,
	population: number,
	postcodes: string,
];

/** A commune as the package lists it (only the fields read here). */
interface SourceCommune {
	nom: string;
	code: string;
	type: string;
	departement?: string;
	population?: number;
	codesPostaux?: string[];
}

/** Lower case, no accents, œ/æ spelled out, punctuation as spaces: « L’Haÿ-les-Roses » → « l hay les roses ». */
export function foldName(name: string): string {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/æ/g, 'ae')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** The file a name's communes are in: its first folded letter (« a » … « z »), « autres » otherwise. */
export function communeChunk(name: string): string {
	const first = foldName(name)[0] ?? '';
	return /^[a-z]$/.test(first) ? first : 'autres';
}

/** Every chunk file name, for the build. */
export const communeChunks = [...'abcdefghijklmnopqrstuvwxyz', 'autres'];

/** Current communes only (no former or delegated ones), trimmed and grouped by chunk. */
export function trimCommunes(source: readonly SourceCommune[]): Map<string, CommuneRow[]> {
	const chunks = new Map<string, CommuneRow[]>(communeChunks.map((chunk) => [chunk, []]));
	for (const commune of source) {
		if (commune.type !== 'commune-actuelle' || !commune.departement) continue;
		chunks
			.get(communeChunk(commune.nom))
			?.push([
				commune.nom,
				commune.code,
				commune.departement,
				commune.population ?? 0,
				(commune.codesPostaux ?? []).join(' '),
			]);
	}
	return chunks;
}

/** The communes whose name starts with what was typed (folded), largest first, at most `limit`. */
export function searchCommunes(
	rows: readonly CommuneRow[],
	typed: string,
	limit = 12,
): CommuneRow[] {
	const query = foldName(typed);
	if (query === '') return [];
	return rows
		.filter(([name]) => foldName(name).startsWith(query))
		.sort((a, b) => b[3] - a[3] || a[0].localeCompare(b[0], 'fr'))
		.slice(0, limit);
}

/** How a commune is written in the list: « Saint-Denis (93) ». */
export function communeOption(row: CommuneRow): string {
	return `${row[0]} (${row[2]})`;
}

/** The commune an option stands for, or undefined when the text is not one of `rows`. */
export function communeFromOption(
	rows: readonly CommuneRow[],
	text: string,
): CommuneRow | undefined {
	return rows.find((row) => communeOption(row) === text.trim());
}

/** The population band of the deliberation rules (3 500 inhabitants is the threshold that matters). */
export function populationBand(population: number): (typeof populationBands)[number] {
	if (population < 3500) return 'moins-de-3500';
	if (population < 10_000) return '3500-a-9999';
	if (population < 50_000) return '10000-a-49999';
	return '50000-et-plus';
}

/** « CCAS de Chaville », « CCAS d’Orléans », « CCAS du Mans », « CCAS des Mureaux », « CCAS de La Rochelle ». */
export function ccasName(commune: string): string {
	const name = commune.trim();
	if (/^Le /.test(name)) return `CCAS du ${name.slice(3)}`;
	if (/^Les /.test(name)) return `CCAS des ${name.slice(4)}`;
	// Only before a vowel: whether an initial h is mute cannot be told from the name (the field stays editable).
	if (/^[aeiouyéèêâîôû]/i.test(name)) return `CCAS d’${name}`;
	return `CCAS de ${name}`;
}
