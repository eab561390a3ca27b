/** A deliberation-like document with hard names, a U+202F number, a 40-row table: 3+ pages. */

import {
	b,
	doc,
	h1,
	h2,
	h3,
	i,
	link,
	note,
	ol,
	p,
	pageBreak,
	signature,
	spacer,
	table,
	title,
	ul,
} from '../../src/lib/document/index.ts';
import type { Doc } from '../../src/lib/document/index.ts';
import {
	formatDateFr,
	formatNumberFr,
	frenchTypography,
	sittingOpening,
} from '../../src/lib/french.ts';

/** Names in scripts a WinAnsi font cannot draw. */
export const HARD_NAMES = [
	'Łukasz Wiśniewski',
	'Nguyễn Thị Minh Khai',
	'Gülşen Öztürk',
	'Ğ',
] as const;

/** Headings of the sample, in order. */
export const SAMPLE_HEADINGS = [
	'Objet : accès à l’API Particulier',
	'Exposé des motifs',
	'Données strictement nécessaires',
	'Décision',
	'Annexe : mentions d’information',
] as const;

/** The amount written with `formatNumberFr`, so with U+202F. */
export const SAMPLE_AMOUNT = formatNumberFr(12345.5);

const FILLER = frenchTypography(
	"Le centre communal d'action sociale instruit les demandes d'aides facultatives : " +
		'il vérifie les conditions de ressources, de résidence et de composition du foyer, ' +
		"sans demander aux familles des pièces que l'administration détient déjà ; " +
		'la vérification est officielle, définitive et tracée dans le registre des traitements.',
);

/** The sample document. */
export function sampleDoc(): Doc {
	const paragraphs = (count: number) =>
		Array.from({ length: count }, (_, index) => p(`${index + 1}. ${FILLER}`));
	return doc({
		title: 'Délibération n° 2026-042 — accès à l’API Particulier',
		author: 'CCAS de Villeneuve-sur-Lot',
		subject: 'Délibération du conseil d’administration',
		keywords: ['CCAS', 'API Particulier', 'délibération'],
		header: 'CCAS de Villeneuve-sur-Lot — Délibération n° 2026-042',
		footer: `Conseil d’administration du ${formatDateFr('2026-11-23')}`,
		blocks: [
			title('Centre communal d’action sociale de Villeneuve-sur-Lot', 'Délibération n° 2026-042'),
			p(`${sittingOpening('2026-11-23', '18:00')}, le conseil d’administration s’est réuni.`),
			p(b('Présents : '), HARD_NAMES.join(', '), '.'),
			p(i('Secrétaire de séance : '), 'Gülşen Öztürk.'),
			h1(SAMPLE_HEADINGS[0]),
			p(
				`Montant annuel des aides concernées : ${SAMPLE_AMOUNT} €. Voir `,
				link('la documentation de l’API', 'https://particulier.api.gouv.fr/'),
				'.',
			),
			h2(SAMPLE_HEADINGS[1]),
			...paragraphs(8),
			ul('Aide alimentaire', 'Aide à l’énergie', [b('Secours'), ' d’urgence']),
			h2(SAMPLE_HEADINGS[2]),
			table({
				caption: 'Données demandées par aide',
				header: ['N°', 'Donnée', 'Fondement', 'Conservation'],
				rows: Array.from({ length: 40 }, (_, index) => [
					String(index + 1),
					index === 7 ? HARD_NAMES[1] : `Donnée ${index + 1} : quotient familial`,
					'Article L. 114-8 du code des relations entre le public et l’administration',
					index % 2 === 0 ? 'Durée de l’instruction' : 'Cinq ans',
				]),
			}),
			h2(SAMPLE_HEADINGS[3]),
			ol('Approuve la demande d’habilitation.', 'Autorise le président à signer.'),
			note('À noter', 'Aucune donnée n’est conservée au-delà de la durée indiquée.'),
			...paragraphs(4),
			signature(
				'Fait à Villeneuve-sur-Lot, le 23 novembre 2026',
				{ role: 'Le président', name: HARD_NAMES[0] },
				{ role: 'La secrétaire de séance', name: HARD_NAMES[2] },
			),
			pageBreak(),
			h3(SAMPLE_HEADINGS[4]),
			spacer(1),
			...paragraphs(3),
		],
	});
}
