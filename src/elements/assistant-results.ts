/**
 * Renders a minimisation result into step 3's containers, with DOM nodes and textContent only.
 * Alerts, badges and the matrix's styled parts come from templates in the markup.
 */
import type { MinimisationResult, Severity } from '../lib/minimise';
import type { WizardCatalogue } from '../lib/wizard/types';
import { severityLabels } from '../lib/wizard/labels';
import { resultStrings as t } from '../lib/wizard/strings-results';
import { scopeText } from '../lib/wizard/scope-label';
import { el, fromTemplate, show, slot } from './dom';

const severities: Severity[] = ['erreur', 'avertissement', 'info'];
type ApiNames = WizardCatalogue['apiNames'];

function list(target: HTMLElement, lines: string[], empty: string): void {
	target.replaceChildren(...(lines.length > 0 ? lines : [empty]).map((line) => el('li', line)));
}

function renderData(root: HTMLElement, result: MinimisationResult, apiNames: ApiNames): void {
	slot(root, 'data').replaceChildren(
		...result.data.map((datum) => {
			const block = el('div', '', { class: 'hc-datum' });
			block.append(
				el('h4', datum.label),
				el(
					'p',
					t.dataMeta(
						apiNames[datum.api],
						datum.providers,
						datum.scopes.map((name) => scopeText(result, name)),
					),
				),
			);
			const reasons = el('ul');
			reasons.append(...datum.reasons.map((reason) => el('li', reason.text)));
			block.append(datum.reasons.length > 0 ? reasons : el('p', t.noReason));
			return block;
		}),
	);
}

function renderFindings(root: HTMLElement, result: MinimisationResult): void {
	const target = slot(root, 'findings');
	const groups = severities.flatMap((severity) => {
		const findings = result.findings.filter((finding) => finding.severity === severity);
		if (findings.length === 0) return [];
		return [
			el('h4', `${severityLabels[severity]} (${findings.length})`),
			...findings.map((finding) => {
				const alert = fromTemplate(root, `finding-${severity}`);
				slot(alert, 'title').textContent = finding.title;
				slot(alert, 'message').textContent = finding.message;
				return alert;
			}),
		];
	});
	target.replaceChildren(...(groups.length > 0 ? groups : [el('p', t.noFindings)]));
}

function renderMatrix(root: HTMLElement, result: MinimisationResult): void {
	const { aids, rows } = result.matrix;
	slot(root, 'matrix-head').replaceChildren(
		el('th', t.matrixData, { scope: 'col' }),
		...aids.map((aid) => el('th', aid.label, { scope: 'col' })),
	);
	slot(root, 'matrix-body').replaceChildren(
		...rows.map((row) => {
			const tr = el('tr');
			const head = el('th', row.label, { scope: 'row' });
			if (row.overCollected) {
				tr.setAttribute('data-over', '');
				head.append(fromTemplate(root, 'over-collected'));
			}
			tr.append(
				head,
				...row.cells.map((cell) => {
					const td = el('td');
					if (cell.length === 0) td.append(fromTemplate(root, 'not-needed'));
					else td.append(...cell.map((text) => el('p', text, { class: 'hc-cell-line' })));
					return td;
				}),
			);
			return tr;
		}),
	);
	// Four columns or more do not fit a portrait A4 page.
	slot(root, 'matrix-body')
		.closest('[data-matrix]')
		?.toggleAttribute('data-wide', aids.length >= 3);
}

/** Fills step 3 from a minimisation result, or shows the « choose your aids first » notice. */
export function renderResults(
	root: HTMLElement,
	result: MinimisationResult | undefined,
	context: { ccasName: string | undefined; date: string; apiNames: ApiNames },
): void {
	const { apiNames } = context;
	show(root.querySelector('[data-results-empty]') ?? root, result === undefined);
	const body = root.querySelector('[data-results-body]');
	if (body) show(body, result !== undefined);
	if (!result) return;
	list(
		slot(root, 'apis'),
		result.apis.map((api) => apiNames[api]),
		t.noApi,
	);
	renderData(root, result, apiNames);
	list(
		slot(root, 'scopes'),
		result.scopes.map((scope) => scopeText(result, scope.name)),
		t.noScope,
	);
	renderFindings(root, result);
	list(
		slot(root, 'manual'),
		result.manualConditions.map((c) => t.manual(c.aidLabel, c.label, c.proof)),
		t.noManual,
	);
	renderMatrix(root, result);
	slot(root, 'print-title').textContent = t.printTitle(context.ccasName, context.date);
}
