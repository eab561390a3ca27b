/**
 * Fills the shared error summary (src/components/ErrorSummary.astro): the count, one line per
 * problem, each a link that opens what hides its field and moves the focus there.
 */
import { el, show, slot } from './dom';

/** One line of the summary: its text and the control it leads to, when there is one. */
export interface SummaryLine {
	text: string;
	target?: HTMLElement | undefined;
}

/** Opens the `<details>` around a field so that it can take the focus. */
export function reveal(target: HTMLElement): void {
	for (let node: HTMLElement | null = target; node; node = node.parentElement)
		if (node instanceof HTMLDetailsElement) node.open = true;
}

/** Moves the focus to a field, shown and centred. */
export function focusField(target: HTMLElement): void {
	reveal(target);
	target.focus();
	target.scrollIntoView({ block: 'center' });
}

/** Shows the summary with its title and lines (hidden when there are none); `focus` moves the focus to it. */
export function showSummary(
	summary: HTMLElement,
	title: string,
	lines: readonly SummaryLine[],
	{ focus = false, intro }: { focus?: boolean; intro?: string } = {},
): void {
	if (lines.length === 0 && intro === undefined) {
		show(summary, false);
		return;
	}
	slot(summary, 'title').textContent = title;
	const introText = summary.querySelector<HTMLElement>('[data-slot="intro"]');
	if (introText && intro !== undefined) introText.textContent = intro;
	slot(summary, 'list').replaceChildren(
		...lines.map(({ text, target }) => {
			const item = el('li');
			if (!target?.id) {
				item.textContent = text;
				return item;
			}
			const link = el('a', text, { href: `#${target.id}` });
			link.addEventListener('click', (event) => {
				event.preventDefault();
				focusField(target);
			});
			item.append(link);
			return item;
		}),
	);
	show(summary, true);
	if (focus) summary.focus();
}
