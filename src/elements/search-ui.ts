/**
 * Everything the search needs once asked for, in one chunk: the combobox, the results list and the
 * engine. Both loaders (header box, search page) import this module dynamically, so no code is
 * shared between chunks and the loaders stay a few hundred bytes.
 */
export { enhance } from './search-combobox';
export { showResults } from './search-results-list';
