/**
 * The verifier's behaviour, loaded on first use: has the worker (verifier-worker.ts) read a chosen
 * file and run the citation checker on the text, within a time limit, and draws the results by
 * cloning the <template>s of src/components/Verifier.astro. Text is only ever set as text.
 */
import {
	highlightSegments,
	type Citation,
	type CitationReport,
	type Finding,
	type Severity,
} from '../lib/citations';
import { MAX_TEXT_LENGTH } from '../lib/citations/limits';
import { formatNumberFr } from '../lib/french';
import {
	citationLinks,
	citationTitle,
	countLabel,
	countsSentence,
	findingLabels,
	findingLinks,
	findingTitle,
	severityLabels,
	severityOrder,
	textPosition,
	verdictLabels,
	type ReportLink,
} from '../lib/citations/report-text';
import type { CheckerArticle } from '../pages/verifier/_legal';
import { CallError, createWorkerCalls } from './verifier-calls';

// Refused before reading: a huge file would be loaded into memory for nothing (same limit as docx-text).
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What the element can ask of the verifier. */
export interface Verifier {
	/** Checks the text of the field and shows the results. */
	check(): Promise<void>;
	/** Reads a .txt, .docx or .pdf file into the field (the user then asks for the check). */
	readFile(file: File): Promise<void>;
}

/** « {name} » placeholders of a data-* string replaced by values. */
function fill(template: string, values: Record<string, string>): string {
	return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}

function parseLegal(json: string | undefined): CheckerArticle[] {
	try {
		const parsed: unknown = JSON.parse(json ?? '[]');
		return Array.isArray(parsed) ? (parsed as CheckerArticle[]) : [];
	} catch {
		return [];
	}
}

/** One highlighted span of the text and the result item it belongs to. */
interface Span {
	start: number;
	end: number;
	severity: Severity;
	/** Verdict or finding kind, in words. */
	what: string;
	/** Id of the list item. */
	itemId: string;
	/** Id of the mark in the text. */
	markId: string;
}

/** Binds the verifier to its <hc-verifier> element. */
export function createVerifier(root: HTMLElement): Verifier {
	const slot = <T extends Element = HTMLElement>(name: string): T | null =>
		root.querySelector<T>(`[data-slot="${name}"]`);
	const string = (name: string): string => root.dataset[name] ?? '';
	const legal = parseLegal(root.dataset['legal']);
	const input = slot<HTMLTextAreaElement>('input');
	const textGroup = slot('text-group');
	const textMessages = slot('text-messages');
	const fileMessages = slot('file-messages');
	const status = slot('status');
	const results = slot('results');
	const calls = createWorkerCalls();
	const failure = (reason: unknown) =>
		string(reason instanceof CallError && reason.failure === 'timeout' ? 'timeout' : 'loadError');

	/** A deep copy of a <template>'s first element. */
	const clone = <T extends Element = HTMLElement>(name: string): T | null => {
		const template = root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`);
		const element = template?.content.firstElementChild?.cloneNode(true);
		return element instanceof Element ? (element as T) : null;
	};
	const part = (element: Element, name: string): HTMLElement | null =>
		element.querySelector<HTMLElement>(`[data-slot="${name}"]`);

	const message = (group: HTMLElement | null, tone: 'error' | 'info', text: string) => {
		if (!group) return;
		const line = text ? clone(`message-${tone}`) : null;
		if (line) line.textContent = text;
		group.replaceChildren(...(line ? [line] : []));
	};

	const setTextError = (text: string) => {
		message(textMessages, 'error', text);
		const invalid = text !== '';
		for (const element of [textGroup, input]) {
			const errorClass = element?.dataset['errorClass'];
			if (element && errorClass) element.classList.toggle(errorClass, invalid);
		}
		if (invalid) input?.setAttribute('aria-invalid', 'true');
		else input?.removeAttribute('aria-invalid');
	};

	const announce = (text: string) => {
		if (!status) return;
		// Emptied first, so the same result announced twice is still read out.
		status.textContent = '';
		setTimeout(() => {
			status.textContent = text;
		}, 100);
	};

	const linkItem = (link: ReportLink): HTMLLIElement => {
		const item = document.createElement('li');
		const anchor = document.createElement('a');
		anchor.href = link.href;
		anchor.textContent = link.label;
		if (link.kind === 'official') anchor.rel = 'noopener noreferrer';
		item.append(anchor);
		return item;
	};

	const resultItem = (
		severity: Severity,
		id: string,
		title: string,
		text: string,
		links: ReportLink[],
		where: { markId: string; line: number } | null,
	): HTMLElement | null => {
		const item = clone('item');
		if (!item) return null;
		item.id = id;
		item.dataset['severity'] = severity;
		const badge = clone(`badge-${severity}`);
		if (badge) part(item, 'badge')?.replaceChildren(badge);
		const heading = part(item, 'title');
		if (heading) heading.textContent = title;
		const body = part(item, 'message');
		if (body) body.textContent = text;
		const list = part(item, 'links');
		if (list) {
			const items = links.map(linkItem);
			if (where) {
				items.unshift(
					linkItem({
						label: fill(string('where'), { line: String(where.line) }),
						href: `#${where.markId}`,
						kind: 'page',
					}),
				);
			}
			list.replaceChildren(...items);
		}
		return item;
	};

	const drawText = (text: string, spans: Span[]) => {
		const container = slot('highlighted');
		if (!container) return;
		const nodes: Node[] = highlightSegments(text, spans).map((segment) => {
			const span = segment.citationIndex === undefined ? undefined : spans[segment.citationIndex];
			const mark = span ? clone<HTMLAnchorElement>('mark') : null;
			if (!span || !mark) return document.createTextNode(segment.text);
			mark.id = span.markId;
			mark.href = `#${span.itemId}`;
			mark.dataset['severity'] = span.severity;
			const highlighted = part(mark, 'text');
			if (highlighted) highlighted.textContent = segment.text;
			const label = part(mark, 'label');
			if (label) {
				label.textContent = fill(string('markLabel'), {
					severity: severityLabels[span.severity].one,
					what: span.what,
				});
			}
			return mark;
		});
		container.replaceChildren(...nodes);
	};

	let busy = false;
	const check = async () => {
		const whole = input?.value ?? '';
		if (whole.trim() === '') {
			setTextError(string('empty'));
			input?.focus();
			return;
		}
		if (busy) return;
		setTextError('');
		// The checker reads this much; drawing more would only slow the page.
		const text = whole.length > MAX_TEXT_LENGTH ? whole.slice(0, MAX_TEXT_LENGTH) : whole;
		busy = true;
		announce(string('checking'));
		let report: CitationReport;
		try {
			// The page ships only the fields the checker reads (see src/pages/verifier/_legal.ts).
			const answer = await calls.call({ kind: 'check', text: whole, legal });
			if (answer.kind !== 'check') throw new CallError('failed');
			report = answer.report;
		} catch (reason) {
			setTextError(failure(reason));
			announce(failure(reason));
			return;
		} finally {
			busy = false;
		}
		const spans: Span[] = [];
		const line = (offset: number) => textPosition(text, offset).line;

		const citationItems = report.citations.map((citation: Citation, index) => {
			const itemId = `verifier-reference-${index + 1}`;
			const markId = `verifier-marque-reference-${index + 1}`;
			spans.push({
				start: citation.start,
				end: citation.end,
				severity: citation.severity,
				what: verdictLabels[citation.verdict],
				itemId,
				markId,
			});
			return resultItem(
				citation.severity,
				itemId,
				citationTitle(citation),
				citation.message,
				citationLinks(citation, legal),
				{ markId, line: line(citation.start) },
			);
		});
		const findingItems = report.findings.map((finding: Finding, index) => {
			const itemId = `verifier-constat-${index + 1}`;
			const markId = `verifier-marque-constat-${index + 1}`;
			const located = finding.start !== null && finding.end !== null;
			if (located) {
				spans.push({
					start: finding.start ?? 0,
					end: finding.end ?? 0,
					severity: finding.severity,
					what: findingLabels[finding.kind],
					itemId,
					markId,
				});
			}
			return resultItem(
				finding.severity,
				itemId,
				findingTitle(finding),
				finding.message,
				findingLinks(finding, legal),
				located ? { markId, line: line(finding.start ?? 0) } : null,
			);
		});

		slot('counts')?.replaceChildren(
			...severityOrder.flatMap((severity) => {
				const count = clone(`count-${severity}`);
				const label = count ? part(count, 'label') : null;
				if (!count || !label) return [];
				label.textContent = countLabel(severity, report.counts[severity]);
				return [count];
			}),
		);
		const present = (items: (HTMLElement | null)[]) =>
			items.filter((item): item is HTMLElement => item !== null);
		slot('citations')?.replaceChildren(...present(citationItems));
		slot('findings')?.replaceChildren(...present(findingItems));
		const noCitations = slot('no-citations');
		if (noCitations) noCitations.hidden = citationItems.length > 0;
		const noFindings = slot('no-findings');
		if (noFindings) noFindings.hidden = findingItems.length > 0;
		drawText(text, spans);

		if (results) results.hidden = false;
		slot('results-heading')?.focus();
		announce(fill(string('done'), { counts: countsSentence(report.counts) }));
	};

	const readFile = async (file: File) => {
		message(fileMessages, 'info', string('reading'));
		if (file.size > MAX_FILE_BYTES) {
			message(fileMessages, 'error', string('tooLarge'));
			return;
		}
		let answer;
		try {
			const bytes = new Uint8Array(await file.arrayBuffer());
			answer = await calls.call({ kind: 'read', bytes, name: file.name });
		} catch (reason) {
			message(fileMessages, 'error', failure(reason));
			return;
		}
		if (answer.kind !== 'read') {
			message(fileMessages, 'error', string('loadError'));
			return;
		}
		if (!answer.ok) {
			message(fileMessages, 'error', answer.message);
			return;
		}
		if (input) input.value = answer.text;
		setTextError('');
		const done = answer.cut ? 'fileCut' : 'fileRead';
		message(
			fileMessages,
			'info',
			fill(string(done), { name: file.name, length: formatNumberFr(MAX_TEXT_LENGTH) }),
		);
	};

	return { check, readFile };
}
