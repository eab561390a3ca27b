/** Types of the `linebreak` package (UAX #14), which ships none: only what `line-breaks.ts` uses. */
declare module 'linebreak' {
	/** A break opportunity: the text may be broken before `position` (a UTF-16 index). */
	export interface Break {
		position: number;
		/** A mandatory break (after a newline). */
		required: boolean;
	}

	/** Walks the break opportunities of a string. */
	export default class LineBreaker {
		constructor(text: string);
		/** The next opportunity, or null at the end. */
		nextBreak(): Break | null;
	}
}
