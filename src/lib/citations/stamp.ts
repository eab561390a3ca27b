/** The prefecture's acknowledgement stamp (« ID : 035-213500663-20250404-DEL29_2025-DE »). */

/** A recognised stamp: the act was transmitted for legality control through @CTES. */
export interface PrefectureStamp {
	/** The identifier as written. */
	id: string;
	/** Offset of the identifier in the text. */
	start: number;
	/** Offset just after it. */
	end: number;
	/** Département (035, 02A, 974). */
	department: string;
	/** SIREN of the authority that sent the act. */
	siren: string;
	/** Date of transmission, YYYY-MM-DD. */
	date: string;
	/** The authority's own number for the act. */
	number: string;
	/** ACTES nature code (DE délibération, AR arrêté réglementaire, AI arrêté individuel…). */
	nature: string;
}

// @CTES identifiers: département (3 characters), SIREN, date of sending, internal number, nature.
const STAMP =
	/\bID\s?:\s?((\d{2}[\dAB])-(\d{9})-(\d{4})(\d{2})(\d{2})-([A-Za-z0-9_]{1,40})-([A-Z]{2}))(?![A-Za-z0-9_-])/g;

/** Every prefecture stamp of the text whose date is a real calendar date, by position. */
export function findPrefectureStamps(text: string): PrefectureStamp[] {
	const stamps: PrefectureStamp[] = [];
	for (const match of text.matchAll(STAMP)) {
		const [
			,
			id = '',
			department = '',
			siren = '',
			y = '',
			m = '',
			d = '',
			number = '',
			nature = '',
		] = match;
		const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
		if (date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) continue;
		const start = match.index + match[0].length - id.length;
		stamps.push({
			id,
			start,
			end: start + id.length,
			department,
			siren,
			date: `${y}-${m}-${d}`,
			number,
			nature,
		});
	}
	return stamps;
}

/** How messages name an ACTES nature code. */
export const natureLabels: Record<string, string> = {
	DE: 'délibération',
	AR: 'arrêté réglementaire',
	AI: 'arrêté individuel',
	CC: 'contrat ou convention',
	BF: 'document budgétaire ou financier',
	AU: 'autre acte',
};
