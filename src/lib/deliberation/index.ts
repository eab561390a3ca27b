/** The board deliberation: builder, placeholder registry and citation formatting. */
export {
	buildDeliberation,
	missingSections,
	type DeliberationCatalogue,
	type DeliberationResult,
} from './build';
export { deliberationRegistry } from './registry';
export { citationFormatter } from './cite';
