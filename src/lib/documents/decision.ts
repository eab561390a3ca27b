/**
 * Who decides on a facultative aid, as the act must confer it. The president (or a vice-président)
 * decides only under a delegation the board confers by an article (CASF R. 123-21 1°): a dossier
 * that names the president as decider without a delegation gets one, without ceiling, rather than an
 * act that describes a power it never gives.
 */
import { delegates, type DossierAid } from '../schema/dossier';
import { deciderLabels } from './labels';

/** A delegation of the attribution of an aid, as the deliberation confers it. */
export type AidDelegation = NonNullable<DossierAid['delegation']>;

/** The delegation an aid's decision rests on, or undefined when the board or a commission decides. */
export function effectiveDelegation(aid: DossierAid): AidDelegation | undefined {
	if (aid.nature !== 'facultative') return undefined;
	if (aid.delegation) return aid.delegation;
	if ((delegates as readonly string[]).includes(aid.decidedBy))
		return { to: aid.decidedBy, directorSigns: false };
	return undefined;
}

/**
 * Who decides above a delegation's ceiling: the aid's usual decider, unless that is the delegate
 * itself, in which case the board (which keeps every power it has not delegated).
 */
export function deciderBeyondCeiling(aid: DossierAid): string {
	const delegation = effectiveDelegation(aid);
	return delegation?.to === aid.decidedBy ||
		(delegates as readonly string[]).includes(aid.decidedBy)
		? deciderLabels.conseil
		: deciderLabels[aid.decidedBy];
}
