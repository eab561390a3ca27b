/**
 * The prose of an MDX guide, apart from what is code: front matter, code, components and their
 * attributes, link targets and expressions. Used to apply and check French typography on guides.
 */

// Everything that is not prose, in the order the alternatives must be tried.
const PROTECTED =
	/```[\s\S]*?```|~~~[\s\S]*?~~~|`[^`\n]*`|<[A-Za-z/][^<>]*>|\]\([^)]*\)|\{[^{}]*\}/g;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/;
// A private-use character stands for each protected run, so rules see a word, not a gap.
const MARK = '\uE000';

/** Applies `transform` to the prose of an MDX source and returns the source with everything else untouched. */
export function mapProse(source: string, transform: (prose: string) => string): string {
	const head = FRONT_MATTER.exec(source)?.[0] ?? '';
	const kept: string[] = [];
	const masked = source.slice(head.length).replace(PROTECTED, (match) => {
		kept.push(match);
		return MARK;
	});
	let index = 0;
	return head + transform(masked).replace(new RegExp(MARK, 'g'), () => kept[index++] ?? '');
}

/** The prose of an MDX source alone, each protected run replaced by a space. */
export function proseOf(source: string): string {
	let prose = '';
	mapProse(source, (masked) => {
		prose = masked.replace(new RegExp(MARK, 'g'), ' ');
		return masked;
	});
	return prose;
}
