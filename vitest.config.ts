import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/unit/**/*.test.ts'],
		environment: 'node',
		// LibreOffice takes seconds to start, and a cold start on CI can take much longer.
		testTimeout: 120_000,
		hookTimeout: 120_000,
	},
});
