/** The poster informing users (GDPR art. 14): one A4 page in large type, for the reception area. */
import { doc } from '../../document/builders';
import type { Block, Doc } from '../../document/model';
import type { PackContext } from '../context';
import { documentFiles } from '../files';
import type { DocumentSpec } from '../spec';
import { renderDocumentTemplate } from '../text';
import { falseNegativeData } from '../protection';

/** Type size of the poster relative to the other documents (body 10.5 pt × 1.4 ≈ 14.7 pt). */
export const POSTER_SCALE = 1.4;
/** Smallest type size the poster goes down to, so that a long list of data still fits one page. */
export const POSTER_MIN_SCALE = 1.15;

/**
 * The poster's scale for `count` data items: 1.4 up to three items, a little smaller for each
 * further one, never below 1.15 (about 12 pt). Each item takes one or two lines.
 */
export function posterScale(count: number): number {
	return Math.max(POSTER_MIN_SCALE, POSTER_SCALE - 0.05 * Math.max(0, count - 3));
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
		// The false-negative warning takes about two items' lines.
		scale: posterScale(justified.length + (falseNegativeData(ctx).length > 0 ? 2 : 0)),
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
