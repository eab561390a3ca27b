/** Serves dist/ with `astro preview` on a free port for the whole e2e run (see bench/preview.ts). */
import type { TestProject } from 'vitest/node';
import { startPreview } from '../../bench/preview';

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
	}
}

export default async function setup(project: TestProject): Promise<() => void> {
	const preview = await startPreview();
	project.provide('baseUrl', preview.baseUrl);
	return preview.stop;
}
