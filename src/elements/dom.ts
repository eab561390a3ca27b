/** Small DOM helpers for the custom elements: typed look-ups, text-only element building, templates. */

/** The first element matching `selector` under `root`, or an error naming what is missing. */
export function must<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
	const found = root.querySelector<T & Element>(selector);
	if (!found) throw new Error(`Élément introuvable : ${selector}`);
	return found;
}

/** Elements matching `selector` under `root`, as an array. */
export function all<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
	return [...root.querySelectorAll<T & Element>(selector)];
}

/** The element with `data-slot="<name>"` under `root`. */
export function slot<T extends Element = HTMLElement>(root: ParentNode, name: string): T {
	return must<T>(root, `[data-slot="${name}"]`);
}

/** Creates an element whose content is text only (never parsed as HTML), with attributes. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	text = '',
	attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	if (text !== '') element.textContent = text;
	for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
	return element;
}

/** A copy of a template's content (templates carry the theme's markup, so the code stays theme-free). */
export function fromTemplate(root: ParentNode, name: string): DocumentFragment {
	const template = must<HTMLTemplateElement>(root, `template[data-template="${name}"]`);
	return document.importNode(template.content, true);
}

/** Shows or hides an element with the `hidden` attribute. */
export function show(element: Element, visible: boolean): void {
	element.toggleAttribute('hidden', !visible);
}

/** Adds or removes one id in an aria-* id list (aria-describedby). */
export function toggleIdRef(element: Element, attribute: string, id: string, on: boolean): void {
	const ids = (element.getAttribute(attribute) ?? '').split(/\s+/).filter((x) => x && x !== id);
	if (on) ids.push(id);
	if (ids.length > 0) element.setAttribute(attribute, ids.join(' '));
	else element.removeAttribute(attribute);
}
