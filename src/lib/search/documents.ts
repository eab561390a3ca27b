/**
 * Search documents: one per guide section, legal article, data item, criterion, aid and editor,
 * built from the validated catalogue so the index never names something that does not exist.
 */
import { apiNames, codeNames } from '../catalogue/group';
import { legalCitationStart } from '../guides/citation';
import { useCaseLabels } from '../catalogue/editors';
import type { WithId } from '../catalogue/types';
import type { Aid, Criterion, DataItem, Editor, Guide, LegalArticle } from '../schema/catalogue';
import type { SearchHit } from './kinds';

/** A document to index: the hit plus the text the engine searches. */
export interface SearchDocument extends SearchHit {
	/** Short exact terms (article numbers, scope names, former names): matched strongly. */
	keywords: string[];
	/** Body text, plain. */
	text: string;
	/** Multiplies the score (lower ranks first): 1 by default, more for entries kept for history. */
	rank: number;
}

/** Paths of the pages entries lead to; criteria and aids have no page of their own, so they lead to their entry on the search page. */
export const entryPaths = {
	guide: (id: string, anchor?: string) => `/guides/${id}/${anchor ? `#${anchor}` : ''}`,
	legal: (id: string) => `/cadre-juridique/${id}/`,
	data: (id: string) => `/donnees/${id}/`,
	criterion: (id: string) => `/recherche/#condition-${id}`,
	aid: (id: string) => `/recherche/#aide-${id}`,
	editor: (id: string) => `/editeurs/${id}/`,
} as const;

/** Anchor of a criterion or an aid on the search page. */
export function entryAnchor(kind: 'criterion' | 'aid', id: string): string {
	return `${kind === 'criterion' ? 'condition' : 'aide'}-${id}`;
}

/** « Article L. 114-8 du CRPA : titre » as a result title (U+202F before the colon). */
export function legalTitle(article: Pick<LegalArticle, 'code' | 'article' | 'title'>): string {
	return `${legalCitationStart(article)}\u202f: ${article.title}`;
}

/** A legal article as a search document; its number is a keyword in every usual spelling. */
export function legalDocument(article: WithId<LegalArticle>): SearchDocument {
	const status = article.status === 'abrogé' ? 'Abrogé' : 'En vigueur';
	return {
		id: `legal:${article.id}`,
		kind: 'legal',
		title: legalTitle(article),
		url: entryPaths.legal(article.id),
		context: `${codeNames[article.code]} · ${status}`,
		keywords: [article.article, `${article.code} ${article.article}`, status],
		text: [article.summary, article.usage ?? ''].join(' '),
		rank: 1,
	};
}

/** A data item as a search document; its scopes and providers are keywords. */
export function dataDocument(item: WithId<DataItem>): SearchDocument {
	return {
		id: `data:${item.id}`,
		kind: 'data',
		title: item.label,
		url: entryPaths.data(item.id),
		context: `${apiNames[item.api]} · ${item.providers.join(', ')}`,
		keywords: [...item.scopes.map((scope) => scope.name), ...item.providers],
		text: [item.description, item.identification, ...item.notCovered].join(' '),
		rank: 1,
	};
}

/** A criterion as a search document. */
export function criterionDocument(criterion: WithId<Criterion>): SearchDocument {
	return {
		id: `criterion:${criterion.id}`,
		kind: 'criterion',
		title: criterion.label,
		url: entryPaths.criterion(criterion.id),
		context: 'Condition d’attribution',
		keywords: [],
		text: [criterion.description, criterion.reason, criterion.manualProof].join(' '),
		rank: 1,
	};
}

/** An aid as a search document. */
export function aidDocument(aid: WithId<Aid>): SearchDocument {
	return {
		id: `aid:${aid.id}`,
		kind: 'aid',
		title: aid.label,
		url: entryPaths.aid(aid.id),
		context: aid.nature === 'légale' ? 'Aide sociale légale' : 'Aide facultative',
		keywords: [],
		text: aid.description,
		rank: 1,
	};
}

/** An editor as a search document; an editor kept for history ranks after active ones. */
export function editorDocument(editor: WithId<Editor>): SearchDocument {
	const history = editor.status === 'historique';
	return {
		id: `editor:${editor.id}`,
		kind: 'editor',
		title: `${editor.solution} (${editor.name})`,
		url: entryPaths.editor(editor.id),
		context: [
			editor.useCases.map((useCase) => useCaseLabels[useCase]).join(', '),
			history ? 'historique' : '',
		]
			.filter(Boolean)
			.join(' · '),
		keywords: [editor.name, editor.solution, ...editor.formerNames, editor.datapassForm?.id ?? ''],
		text: editor.note ?? '',
		rank: history ? 1.5 : 1,
	};
}

/** The site's tools: the assistant, its example, the vérificateur and the editor form. */
const tools = [
	{
		anchor: 'assistant',
		title: 'Préparer mon dossier (assistant)',
		url: '/assistant/',
		keywords: ['assistant'],
		text: 'L’assistant mène le CCAS de ses aides et de leurs conditions aux données strictement nécessaires, à la délibération du conseil d’administration et à la demande DataPass, en huit étapes.',
	},
	{
		anchor: 'exemple',
		title: 'Exemple de dossier complet',
		url: '/assistant/exemple/',
		keywords: ['exemple'],
		text: 'Le dossier d’un CCAS fictif en lecture seule : aides, données strictement nécessaires, matrice de minimisation pour le DPO, séance du conseil.',
	},
	{
		anchor: 'verificateur',
		title: 'Vérifier une délibération existante (vérificateur)',
		url: '/verifier/',
		keywords: ['vérificateur', 'vérifier'],
		text: 'Le vérificateur lit une délibération (texte, DOCX ou PDF) et signale les articles abrogés, mal tapés ou cités à tort, sans que le texte quitte le navigateur.',
	},
	{
		anchor: 'proposer',
		title: 'Proposer une solution (éditeurs)',
		url: '/editeurs/proposer/',
		keywords: ['proposer'],
		text: 'Le formulaire des éditeurs de logiciels connectés à l’API Particulier : il vérifie l’entrée et prépare le fichier à envoyer.',
	},
] as const;

/**
 * The site's tools and each step of the assistant (found by what it is for), as the sections of
 * one « guide » entry, « Les outils du site », listed with the guides.
 */
export function toolDocuments(
	steps: readonly { id: string; title: string; purpose: string }[],
): SearchDocument[] {
	const section = (anchor: string) => `guide:outils#${anchor}`;
	return [
		{
			id: 'guide:outils',
			kind: 'guide',
			title: 'Les outils du site',
			url: '/plan-du-site/',
			context: 'Outils',
			keywords: [],
			text: 'L’assistant et ses étapes, l’exemple de dossier, le vérificateur de délibération et le formulaire des éditeurs.',
			rank: 1.5,
		},
		...tools.map((tool) => ({
			id: section(tool.anchor),
			kind: 'guide' as const,
			title: tool.title,
			url: tool.url,
			context: 'Outil du site',
			keywords: [...tool.keywords],
			text: tool.text,
			rank: 1,
		})),
		...steps.map((step, index) => ({
			id: section(`etape-${step.id}`),
			kind: 'guide' as const,
			title: `Étape ${index + 1} de l’assistant : ${step.title}`,
			url: `/assistant/#etape-${step.id}`,
			context: 'Préparer mon dossier',
			// Below the guides: « délibération » must find the guide before the step.
			keywords: [],
			text: step.purpose,
			rank: 1.6,
		})),
	];
}

/** The start of a text, cut at a word and ended with « … » when longer than `max` characters. */
export function excerpt(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	// Keep the last word only when it ends right at the cut.
	const whole = /[\s,;:.]/.test(text.charAt(max - 1)) || /[\s,;:.]$/.test(cut);
	const space = cut.lastIndexOf(' ');
	const kept = whole || space <= max / 2 ? cut : cut.slice(0, space);
	return `${kept.replace(/[\s,;:.\u202f]+$/, '')}…`;
}

/** A section of a guide: its heading, anchor and plain text. */
export interface GuideSection {
	/** Heading text. */
	title: string;
	/** Anchor of the heading on the page. */
	slug: string;
	/** Heading level (2 or 3). */
	depth: number;
	/** Plain text of the section, up to the next heading. */
	text: string;
}

/** A guide as search documents: its introduction (title and summary) then one per section. */
export function guideDocuments(
	guide: WithId<Guide>,
	intro: string,
	sections: GuideSection[],
): SearchDocument[] {
	const first: SearchDocument = {
		id: `guide:${guide.id}`,
		kind: 'guide',
		title: guide.title,
		url: entryPaths.guide(guide.id),
		context: excerpt(guide.summary, 110),
		keywords: [],
		text: [guide.summary, intro].join(' '),
		rank: 1,
	};
	return [
		first,
		...sections.map((section) => ({
			id: `guide:${guide.id}#${section.slug}`,
			kind: 'guide' as const,
			title: section.title,
			url: entryPaths.guide(guide.id, section.slug),
			context: `Guide «\u202f${guide.title}\u202f»`,
			keywords: [],
			text: section.text,
			rank: 1,
		})),
	];
}
