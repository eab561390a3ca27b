/** The catalogue: every content collection, keyed by id, as the engine and the pages use it. */
import type { Aid, Criterion, DataItem, Editor, Guide, LegalArticle } from '../schema/catalogue';

/** An entry with its id (the file name without extension). */
export type WithId<T> = T & { id: string };

/** All facts of content/, validated. */
export interface Catalogue {
	legal: WithId<LegalArticle>[];
	data: WithId<DataItem>[];
	criteria: WithId<Criterion>[];
	aids: WithId<Aid>[];
	editors: WithId<Editor>[];
	guides: WithId<Guide>[];
}

/** Collection names, in the order they are checked. */
export const collectionNames = ['legal', 'data', 'criteria', 'aids', 'editors', 'guides'] as const;
/** One collection name. */
export type CollectionName = (typeof collectionNames)[number];

/** A problem found in content, naming the file and the field. */
export interface ContentProblem {
	/** Path of the file, relative to the project (e.g. content/criteria/residence.yaml). */
	file: string;
	/** Dotted path of the field (e.g. data[0]). */
	field: string;
	/** What is wrong and how to fix it, in French. */
	message: string;
}

/** Formats a problem as one line: « fichier : champ : message ». */
export function formatProblem(problem: ContentProblem): string {
	return `${problem.file} : ${problem.field || '(entrée)'} : ${problem.message}`;
}
