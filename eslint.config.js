// ESLint flat config: TypeScript-aware rules for src/ and test/, Astro's recommended rules for .astro.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
	{
		// Built output, generated types and dependencies are not ours to lint.
		ignores: ['dist/', '.astro/', 'node_modules/', 'bench/results.json'],
	},
	// Type-aware rules for TypeScript files (they need the type checker: projectService reads
	// tsconfig.json); .astro files keep the syntactic set, the Astro parser has no type information.
	...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: ['**/*.ts'] })),
	{
		files: ['**/*.ts'],
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
	},
	...tseslint.configs.recommended.map((config) => ({
		...config,
		files: config.files ?? ['**/*.{js,mjs,astro}'],
	})),
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
		// Vitest's asymmetric matchers (expect.stringMatching, expect.any) are typed `any` by the
		// library itself: comparing objects that contain them is the point of the test.
		files: ['test/**/*.ts'],
		rules: { '@typescript-eslint/no-unsafe-assignment': 'off' },
	},
	{
		// Astro's set:html is the same sink inside templates.
		files: ['**/*.astro'],
		rules: { 'astro/no-set-html-directive': 'error' },
	},
);
