/** The type size multiplier of a document, shared by the renderers. */

import type { Doc } from './model.ts';

/** `doc.scale` kept between 0.5 and 3; 1 when absent or not a positive number. */
export function docScale(doc: Pick<Doc, 'scale'>): number {
	const scale = doc.scale;
	if (scale === undefined || !Number.isFinite(scale) || scale <= 0) return 1;
	return Math.min(3, Math.max(0.5, scale));
}
