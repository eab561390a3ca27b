/** How the engine compares people's names: one key for « the same name », one looser for « looks like ». */

/**
 * The key of a name for an exact comparison (a proxy holder, the president of the sitting): NFC,
 * spaces collapsed, case ignored. Text is already normalised at the Dossier boundary; normalising
 * here too keeps the comparison right for callers that build a Sitting by hand.
 */
export function nameKey(name: string): string {
	return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
}

/** Names compared loosely: case, accents, spaces, hyphens and order of the words do not matter. */
export function looselySameName(a: string, b: string): boolean {
	const words = (name: string) =>
		name
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.toLocaleLowerCase('fr')
			.split(/[\s-]+/)
			.filter(Boolean)
			.sort()
			.join(' ');
	return words(a) !== '' && words(a) === words(b);
}
