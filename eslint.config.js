// ESLint flat config: TypeScript-aware rules for src/ and test/, Astro's recommended rules for .astro.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
	{
		// Built output, generated types and dependencies are not ours to lint.
		ignores: ['dist/', '.astro/', 'node_modules/', 'bench/results.json'],
	},
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		rules: {
			// Unused arguments named _x document a required signature (e.g. Astro hooks).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
			// User text must never be parsed as HTML (ARCHITECTURE.md): forbid the sinks outright in our code.
			'no-restricted-properties': [
				'error',
				{
					property: 'innerHTML',
					message: 'N’insérez jamais de HTML : utilisez textContent ou des nœuds DOM.',
				},
				{
					property: 'outerHTML',
					message: 'N’insérez jamais de HTML : utilisez textContent ou des nœuds DOM.',
				},
				{
					property: 'insertAdjacentHTML',
					message: 'N’insérez jamais de HTML : utilisez insertAdjacentText ou des nœuds DOM.',
				},
			],
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.property.name='write'][callee.object.name='document']",
					message: 'document.write est interdit.',
				},
			],
		},
	},
	{
		// Astro's set:html is the same sink inside templates.
		files: ['**/*.astro'],
		rules: { 'astro/no-set-html-directive': 'error' },
	},
);
