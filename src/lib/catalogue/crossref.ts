/** Cross-reference checks between collections: a dangling id fails the build, naming the file and field. */
import { legalId } from './legal-id';
import type { Catalogue, CollectionName, ContentProblem } from './types';

/** Where an entry lives, to name it in messages. */
export type FileOf = (collection: CollectionName, id: string) => string;

/** Default file naming: content/<collection>/<id>.yaml (.mdx for guides). */
export const defaultFileOf: FileOf = (collection, id) =>
	`content/${collection}/${id}.${collection === 'guides' ? 'mdx' : 'yaml'}`;

/** Returns every dangling or inconsistent reference between collections (empty when all is well). */
export function checkCrossReferences(
	catalogue: Catalogue,
	fileOf: FileOf = defaultFileOf,
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const ids = (list: { id: string }[]) => new Set(list.map((entry) => entry.id));
	const legalIds = ids(catalogue.legal);
	const dataIds = ids(catalogue.data);
	const criterionIds = ids(catalogue.criteria);
	const apis = new Set(catalogue.data.map((item) => item.api));
	const scopeLabels = new Map<string, string | undefined>();
	const report = (collection: CollectionName, id: string, field: string, message: string) =>
		problems.push({ file: fileOf(collection, id), field, message });

	for (const article of catalogue.legal) {
		const expected = legalId(article.code, article.article);
		if (article.id !== expected)
			report(
				'legal',
				article.id,
				'article',
				`Le nom du fichier doit être « ${expected} » (code et article en minuscules).`,
			);
		if (article.replacedBy && !legalIds.has(article.replacedBy))
			report(
				'legal',
				article.id,
				'replacedBy',
				`« ${article.replacedBy} » ne correspond à aucun article de content/legal.`,
			);
	}
	for (const item of catalogue.data) {
		item.scopes.forEach((scope, index) => {
			const known = scopeLabels.get(scope.name);
			if (known !== undefined && scope.label !== undefined && known !== scope.label) {
				report(
					'data',
					item.id,
					`scopes[${index}].label`,
					`Le périmètre ${scope.name} porte ailleurs le libellé « ${known} » : un périmètre a un seul libellé.`,
				);
			}
			if (scope.label !== undefined || !scopeLabels.has(scope.name))
				scopeLabels.set(scope.name, scope.label);
		});
	}
	for (const criterion of catalogue.criteria) {
		criterion.data.forEach((dataId, index) => {
			if (!dataIds.has(dataId))
				report(
					'criteria',
					criterion.id,
					`data[${index}]`,
					`« ${dataId} » ne correspond à aucune donnée de content/data.`,
				);
		});
	}
	for (const aid of catalogue.aids) {
		aid.criteria.forEach((criterionId, index) => {
			if (!criterionIds.has(criterionId))
				report(
					'aids',
					aid.id,
					`criteria[${index}]`,
					`« ${criterionId} » ne correspond à aucune condition de content/criteria.`,
				);
		});
	}
	for (const editor of catalogue.editors) {
		editor.apis.forEach((api, index) => {
			if (!apis.has(api))
				report(
					'editors',
					editor.id,
					`apis[${index}]`,
					`L’API « ${api} » ne fournit aucune donnée de content/data.`,
				);
		});
		editor.datapassForm?.scopes.forEach((scope, index) => {
			if (!scopeLabels.has(scope))
				report(
					'editors',
					editor.id,
					`datapassForm.scopes[${index}]`,
					`Le périmètre « ${scope} » n’existe dans aucune donnée de content/data.`,
				);
		});
	}
	for (const guide of catalogue.guides) {
		guide.relatedData.forEach((dataId, index) => {
			if (!dataIds.has(dataId))
				report(
					'guides',
					guide.id,
					`relatedData[${index}]`,
					`« ${dataId} » ne correspond à aucune donnée de content/data.`,
				);
		});
		guide.relatedArticles.forEach((articleId, index) => {
			if (!legalIds.has(articleId))
				report(
					'guides',
					guide.id,
					`relatedArticles[${index}]`,
					`« ${articleId} » ne correspond à aucun article de content/legal.`,
				);
		});
	}
	return problems;
}
