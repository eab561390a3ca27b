/**
 * Every entry of the site as search documents, from the validated catalogue and the guides' bodies
 * and rendered headings. The build (index and search page) and the ranking tests share it.
 */
import type { Catalogue, WithId } from '../catalogue/types';
import type { Guide, LegalArticle } from '../schema/catalogue';
import { compareArticles } from '../catalogue/group';
import { sortEditors } from '../catalogue/editors';
import { legalCodes } from '../schema/catalogue';
import { legalCitation } from '../guides/citation';
import { withAsciiAnchors } from '../guides/toc';
import {
	aidDocument,
	criterionDocument,
	dataDocument,
	editorDocument,
	guideDocuments,
	legalDocument,
	toolDocuments,
	type SearchDocument,
} from './documents';
import { stepPurposes } from '../wizard/purposes';
import { mdxSections, type ComponentText, type RenderedHeading } from './mdx';

/** A guide with its MDX body and the headings its page renders (anchors as Astro makes them). */
export interface GuideSource {
	/** Front matter and id. */
	guide: WithId<Guide>;
	/** MDX body, without front matter. */
	body: string;
	/** Headings of the rendered page, in order. */
	headings: readonly RenderedHeading[];
}

/** Article citations inside guides become searchable text (« article L. 114-8 du CRPA »). */
export function legalComponentText(legal: readonly WithId<LegalArticle>[]): ComponentText {
	const citation = new Map(legal.map((article) => [article.id, legalCitation(article)]));
	return (name, attributes) =>
		name === 'LegalRef' || name === 'LegalTable'
			? (attributes['id'] ?? attributes['ids'] ?? '')
					.split(/\s+/)
					.map((id) => citation.get(id) ?? '')
					.join(' ')
			: undefined;
}

const byOrder = <T extends { id: string; order: number }>(list: readonly T[]) =>
	[...list].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

/** The site's tools and the assistant's steps, guides (by section, in guide order), then articles by code, data, criteria, aids and editors. */
export function siteDocuments(
	catalogue: Omit<Catalogue, 'guides'>,
	guides: readonly GuideSource[],
): SearchDocument[] {
	const componentText = legalComponentText(catalogue.legal);
	const guideDocs = [...guides]
		.sort((a, b) => a.guide.order - b.guide.order || a.guide.id.localeCompare(b.guide.id))
		.flatMap(({ guide, body, headings }) => {
			const { intro, sections } = mdxSections(body, withAsciiAnchors(headings), componentText);
			return guideDocuments(guide, intro, sections);
		});
	const legal = [...catalogue.legal].sort(
		(a, b) =>
			legalCodes.indexOf(a.code) - legalCodes.indexOf(b.code) ||
			compareArticles(a.article, b.article),
	);
	return [
		...toolDocuments(stepPurposes),
		...guideDocs,
		...legal.map(legalDocument),
		...byOrder(catalogue.data).map(dataDocument),
		...byOrder(catalogue.criteria).map(criterionDocument),
		...byOrder(catalogue.aids).map(aidDocument),
		...sortEditors(catalogue.editors).map(editorDocument),
	];
}
