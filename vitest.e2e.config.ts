// End-to-end tests: the built site (dist/) served by `astro preview`, driven by Debian's Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/e2e/**/*.e2e.ts'],
		globalSetup: ['test/e2e/global-setup.ts'],
		testTimeout: 120_000,
		hookTimeout: 120_000,
		// One browser at a time: the machine has two cores and Chromium is heavy.
		fileParallelism: false,
	},
});
