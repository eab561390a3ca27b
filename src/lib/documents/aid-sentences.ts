/**
 * Each aid's conditions in the one wording of the deliberation (`conditionsSentence`: « et », « ou »,
 * « ne pas », ranges, tranches), for the documents that list the aids: DataPass text, matrix, registre.
 */
import type { Catalogue } from '../catalogue/types';
import type { DossierAid } from '../schema/dossier';
import { conditionsSentence } from '../minimise/condition-text';

/** « Aide alimentaire (aide facultative) : résidence dans la commune ; et au moins l’une … ». */
export function aidConditionLines(
	aids: readonly DossierAid[],
	catalogue: Pick<Catalogue, 'criteria'>,
): string[] {
	const criteria = new Map(catalogue.criteria.map((criterion) => [criterion.id, criterion]));
	return aids.map(
		(aid) =>
			`${aid.label} (aide ${aid.nature}) : ${conditionsSentence(aid, (c) => (c.criterionId ? criteria.get(c.criterionId) : undefined))}`,
	);
}
