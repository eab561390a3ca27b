/** Element ids of the wizard's fields, derived from the step and the field name. */

/**
 * The id of a field's control: `hc-<step>-<name>` with dots and other signs turned into dashes.
 * Braces are kept so that placeholders of repeated rows (`{n}`) survive until a row is created.
 */
export function fieldId(stepId: string, name: string): string {
	return `hc-${stepId}-${name}`.replace(/[^A-Za-z0-9_{}-]/g, '-');
}
