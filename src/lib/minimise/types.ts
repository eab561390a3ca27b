/** Result types of the minimisation engine. */
import type { DataItem } from '../schema/catalogue';

/** Why a datum is needed: one aid, one of its conditions, and the sentence to paste in DataPass. */
export interface Reason {
	aidId: string;
	aidLabel: string;
	/** Index of the condition in the aid. */
	conditionIndex: number;
	conditionLabel: string;
	/** The condition with its threshold, as a person reads it (« quotient familial ≤ 456 € »). */
	conditionText: string;
	/** Full sentence: aid, condition, why the datum proves it. */
	text: string;
	/**
	 * True when the condition is one branch of an « ou » group: the datum is still needed, since
	 * the family may meet the aid through this branch.
	 */
	alternative?: boolean;
}

/** A datum the CCAS needs (or asked for), with everything a DPO and DataPass need to know. */
export interface NeededData {
	id: string;
	label: string;
	api: DataItem['api'];
	providers: string[];
	scopes: string[];
	franceConnect: boolean;
	identityPivot: boolean;
	identification: string;
	specialCategory: boolean;
	apiClass: DataItem['apiClass'];
	notCovered: string[];
	/** Conditions that need it; empty when it was asked for with no condition behind it. */
	reasons: Reason[];
}

/** A scope to tick in DataPass, with the data and reasons behind it. */
export interface NeededScope {
	name: string;
	label: string | undefined;
	api: DataItem['api'];
	dataIds: string[];
	/** The reasons of its data, deduplicated. */
	reasons: string[];
}

/** How serious a finding is. */
export type Severity = 'erreur' | 'avertissement' | 'info';

/** Kinds of findings, in the order they are listed within a severity. */
export const findingKinds = [
	'sur-collecte',
	'donnee-injustifiee',
	'donnee-inconnue',
	'condition-inconnue',
	'habilitation-dgfip',
	'familles-non-couvertes',
	'donnee-sensible',
	'identite-complete',
	'preuve-manuelle',
] as const;

/** One kind of finding. */
export type FindingKind = (typeof findingKinds)[number];

/** Something a DPO or a director should act on, in a French sentence. */
export interface Finding {
	kind: FindingKind;
	severity: Severity;
	/** Short title. */
	title: string;
	/** What was found and what to do. */
	message: string;
	dataId?: string;
	aidId?: string;
	conditionIndex?: number;
	/** Id of the legal article that grounds the advice (content/legal). */
	articleId?: string;
}

/** One row of the DPO matrix: a datum and, per aid, the conditions that need it. */
export interface MatrixRow {
	dataId: string;
	label: string;
	apiClass: DataItem['apiClass'];
	/** One cell per aid of `MatrixResult.aids`, in order: the condition texts, empty when not needed. */
	cells: string[][];
	/** True when no condition of any aid needs it. */
	overCollected: boolean;
}

/** The DPO matrix: data × aids. */
export interface Matrix {
	aids: { id: string; label: string }[];
	rows: MatrixRow[];
}

/** Everything `minimise` returns. */
export interface MinimisationResult {
	data: NeededData[];
	scopes: NeededScope[];
	/** APIs involved, API Particulier first. */
	apis: DataItem['api'][];
	findings: Finding[];
	matrix: Matrix;
	/** Conditions that no API covers, with the proof to ask for. */
	manualConditions: {
		aidId: string;
		aidLabel: string;
		conditionIndex: number;
		label: string;
		proof: string;
	}[];
}
