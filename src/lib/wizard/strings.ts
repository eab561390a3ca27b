/** The wizard's French interface texts set by the browser code (the rest is in the Astro markup). */
import { siteName } from '../site/config';

/** Texts of the assistant, in one typed dictionary. */
export const strings = {
	stepState: (index: number, count: number) => `Étape ${index} sur ${count}`,
	documentTitle: (index: number, count: number, title: string, page: string) =>
		`Étape ${index} sur ${count} : ${title} – ${page} | ${siteName}`,
	next: 'Suivant',
	finish: 'Valider cette étape',
	/**
	 * « Brouillon enregistré à 10 h 32 »: the hour written as french.ts's formatTimeFr does, inlined
	 * so that module (and its chunk) stays out of the page's first download.
	 */
	saved: (at: Date) =>
		`Brouillon enregistré à ${at.getHours()}\u00a0h${at.getMinutes() === 0 ? '' : `\u00a0${String(at.getMinutes()).padStart(2, '0')}`}`,
	errorCount: (count: number) =>
		count === 1 ? 'Cette étape contient 1 erreur' : `Cette étape contient ${count} erreurs`,
	problem: (label: string, message: string) => `${label} : ${message}`,
	recapMissing: 'À compléter.',
	finishedTitle: 'Étape validée',
	finishedMessage:
		'Votre dossier est enregistré dans ce navigateur. Exportez-le (JSON) pour le garder ou le transmettre à votre DPO.',
} as const;
