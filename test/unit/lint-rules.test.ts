// The lint rules that keep user text out of HTML parsing (eslint.config.js) fire on a sample, through ESLint's Node API.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

// The samples exist only in memory: the type checker cannot load them, so the type-aware rules are
// switched off here (the sink rules under test are syntactic).
const eslint = new ESLint({
	cwd: process.cwd(),
	overrideConfig: tseslint.configs.disableTypeChecked,
});

/** The rule ids reported for a source text linted as if it were `file`. */
async function ruleIds(code: string, file: string): Promise<(string | null)[]> {
	const [result] = await eslint.lintText(code, { filePath: file });
	return (result?.messages ?? []).map((message) => message.ruleId);
}

describe('no HTML sinks', { timeout: 60_000 }, () => {
	it.each([
		['innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }\n'],
		['outerHTML', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }\n'],
		[
			'insertAdjacentHTML',
			"export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }\n",
		],
	])('refuses %s in a TypeScript file', async (_name, code) => {
		expect(await ruleIds(code, 'src/lib/lint-sample.ts')).toContain('no-restricted-properties');
	});

	it('refuses document.write', async () => {
		expect(await ruleIds("document.write('<p>x</p>');\n", 'src/lib/lint-sample.ts')).toContain(
			'no-restricted-syntax',
		);
	});

	it('refuses set:html in an Astro template', async () => {
		const code = '---\nconst text = Astro.props.text;\n---\n<p set:html={text} />\n';
		expect(await ruleIds(code, 'src/components/LintSample.astro')).toContain(
			'astro/no-set-html-directive',
		);
	});

	it('refuses innerHTML in an Astro client script', async () => {
		const code =
			'<p id="x"></p>\n<script>\nconst el = document.getElementById("x");\nif (el) el.innerHTML = location.hash;\n</script>\n';
		expect(await ruleIds(code, 'src/components/LintSample.astro')).toContain(
			'no-restricted-properties',
		);
	});

	it('accepts textContent', async () => {
		const code = 'export function f(el: HTMLElement, s: string) { el.textContent = s; }\n';
		expect(await ruleIds(code, 'src/lib/lint-sample.ts')).toEqual([]);
	});
});
