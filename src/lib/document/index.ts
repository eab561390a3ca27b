/** The document model, its builders and its plain-text view; no rendering here. */

export type * from './model.ts';
export * from './builders.ts';
export * from './plain-text.ts';
export * from './href.ts';
export * from './scale.ts';
