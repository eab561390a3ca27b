/** The poster informing users (GDPR art. 14): one A4 page in large type, for the reception area. */
import { doc } from '../../document/builders';
import type { Block, Doc } from '../../document/model';
import type { PackContext } from '../context';
import { documentFiles } from '../files';
import type { DocumentSpec } from '../spec';
import { blocksText, renderDocumentTemplate } from '../text';

/** Type size of the poster relative to the other documents (body 10.5 pt × 1.4 ≈ 14.7 pt). */
export const POSTER_SCALE = 1.4;
/** Smallest type size the poster goes down to (the body size of the other documents, 10.5 pt). */
export const POSTER_MIN_SCALE = 1;

/**
 * Characters of body text one A4 page holds at the poster's full scale, and how fast the type
 * shrinks beyond: calibrated on the example poster and the fullest fixture (loi-3ds-complet), each
 * laid out on one page with a few lines to spare. The exponent is above the 0.5 a pure area model
 * gives because a smaller type also leaves more room at the end of each paragraph.
 */
export const POSTER_CHARACTERS_AT_FULL_SCALE = 1600;
const POSTER_SHRINK_EXPONENT = 0.75;

/**
 * The poster's scale for a body of `characters`: 1.4 while the text fits at that size, then
 * smaller as the text grows, never below the other documents' size. Counting characters rather
 * than items: recipients and data labels vary far more in length than in number.
 */
export function posterScale(characters: number): number {
	const fit =
		POSTER_SCALE *
		(POSTER_CHARACTERS_AT_FULL_SCALE / Math.max(1, characters)) ** POSTER_SHRINK_EXPONENT;
	return Math.max(POSTER_MIN_SCALE, Math.min(POSTER_SCALE, fit));
}

/** « CNAF (caisses d’allocations familiales) ou MSA ». */
function providers(list: readonly string[]): string {
	if (list.length <= 1) return list[0] ?? '';
	return `${list.slice(0, -1).join(', ')} ou ${list.at(-1) ?? ''}`;
}

/** Builds the poster. */
export function buildPoster(ctx: PackContext): Doc {
	const { dossier, result } = ctx;
	const justified = result.data.filter((item) => item.reasons.length > 0);
	const donnees: Block[] = [
		{
			kind: 'list',
			ordered: false,
			items: justified.map((item) => [
				{ text: item.label, bold: true },
				{ text: ` : ${providers(item.providers)}` },
			]),
		},
	];
	const body = renderDocumentTemplate(ctx, 'affiche.md', { blocks: { donnees } });
	const name = dossier.ccas.name;
	return doc({
		title: `Information des usagers – ${name}`,
		author: name,
		subject: 'Informations obtenues auprès d’autres administrations pour instruire les aides',
		keywords: ['information', 'RGPD', 'article 14', 'API Particulier', 'CCAS'],
		scale: posterScale(blocksText(body).length),
		blocks: body,
	});
}

/** The poster in the pack. */
export const posterSpec: DocumentSpec = {
	kind: 'doc',
	id: 'affiche',
	title: 'Affiche d’information des usagers (A4)',
	templates: { 'affiche.md': { blocks: ['donnees'] } },
	files: [{ path: documentFiles.posterPdf, format: 'pdf' }],
	build: buildPoster,
};
