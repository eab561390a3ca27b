/** How a scope is shown everywhere: its label, then its identifier in brackets. */
import type { MinimisationResult } from '../minimise';

/**
 * « Quotient familial CAF & MSA [cnaf_quotient_familial] »: DataPass's label when the catalogue has
 * it, else the name of the datum the scope returns (never a made-up DataPass label).
 */
export function scopeText(
	result: Pick<MinimisationResult, 'scopes' | 'data'>,
	name: string,
): string {
	const scope = result.scopes.find((candidate) => candidate.name === name);
	const datum = result.data.find(
		(candidate) => scope?.dataIds.includes(candidate.id) ?? candidate.scopes.includes(name),
	);
	return `${scope?.label ?? datum?.label ?? name} [${name}]`;
}
