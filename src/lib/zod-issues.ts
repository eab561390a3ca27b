/** Turns zod issues into field paths and French messages a person can act on. */
import type { z } from './schema/zod-fr';

/** One validation problem: the field path (a.b[0].c) and the French message. */
export interface FieldProblem {
	/** Dotted path of the field, empty for the whole object. */
	path: string;
	/** French message naming the fix. */
	message: string;
}

/** Formats a zod path as `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>(
		(out, key) =>
			typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key),
		'',
	);
}

/** Converts a zod error into field problems, in the order zod reports them. */
export function fieldProblems(error: z.core.$ZodError): FieldProblem[] {
	return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}
