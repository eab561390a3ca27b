/** URLs written as plain text become links in the PDF, so that a reader can follow them. */

import type { Run, Runs } from '../document/model.ts';

// An http(s) address runs to the next space; punctuation that ends the sentence is not part of it.
const URL = /https?:\/\/[^\s<>«»"]+/g;
const TRAILING = /[.,;:!?)\]’'\u202F\u00A0]+$/u;

/** The runs with every bare URL in a run without a link cut out as a run linking to itself. */
export function linkBareUrls(runs: Runs): Runs {
	const result: Run[] = [];
	for (const run of runs) {
		if (run.href !== undefined || !run.text.includes('://')) {
			result.push(run);
			continue;
		}
		let last = 0;
		for (const match of run.text.matchAll(URL)) {
			const url = match[0].replace(TRAILING, '');
			if (url.length <= 'https://'.length) continue;
			const start = match.index;
			if (start > last) result.push({ ...run, text: run.text.slice(last, start) });
			result.push({ ...run, text: url, href: url });
			last = start + url.length;
		}
		if (last < run.text.length)
			result.push(last === 0 ? run : { ...run, text: run.text.slice(last) });
	}
	return result;
}
