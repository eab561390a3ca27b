/** Bounds on the checker's work, so a huge or hostile input stays fast. */

/** Characters analysed at most: a hundred-page deliberation is well under this. */
export const MAX_TEXT_LENGTH = 250_000;

/** References judged at most. */
export const MAX_CITATIONS = 2_000;
