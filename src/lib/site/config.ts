/**
 * Site-wide constants: name, tagline, navigation. What depends on who publishes the site (contact
 * address, repository, operator name) is in operator.json, read by ./operator-file.ts.
 */

/** Name of the service, as shown in the header and in document metadata. */
export const siteName = 'Habilitation CCAS';

/** One-line description of the service. */
export const siteTagline = 'Préparer la demande d’accès à l’API Particulier d’un CCAS';

/** A main navigation entry. */
export interface NavItem {
	/** Label shown in the menu. */
	label: string;
	/** Path of the section (with trailing slash). */
	href: string;
}

/** The main navigation, in display order. */
export const mainNav: readonly NavItem[] = [
	{ label: 'Préparer mon dossier', href: '/assistant/' },
	{ label: 'Guide', href: '/guides/' },
	{ label: 'Cadre juridique', href: '/cadre-juridique/' },
	{ label: 'Données', href: '/donnees/' },
	{ label: 'Éditeurs', href: '/editeurs/' },
];

/** True when `path` is within the section `href` (used for aria-current). */
export function isCurrentSection(path: string, href: string): boolean {
	const normalised = path.endsWith('/') ? path : `${path}/`;
	return href === '/' ? normalised === '/' : normalised.startsWith(href);
}
