import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const HEAVY = /from '(docx|pdf-lib|@pdf-lib\/fontkit)'/;
const root = new URL('../../src/lib/', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

describe('heavy libraries stay behind docx.ts and pdf.ts', () => {
	// The site loads docx, pdf-lib and fontkit with `await import()` on click: any other module
	// importing them would put them in the first download.
	const light = [
		...readdirSync(new URL('document/', root)).map((file) => `document/${file}`),
		...readdirSync(new URL('render/', root))
			.filter(
				// The PDF renderer's own helpers, imported only by pdf.ts: they load with it, on click.
				(file) =>
					!['docx.ts', 'pdf.ts', 'pdf-font-cache.ts', 'pdf-tags.ts', 'pdf-xmp.ts'].includes(file),
			)
			.map((file) => `render/${file}`),
		'french.ts',
	];

	it.each(light)('%s imports none of them', (path) => {
		expect(read(path)).not.toMatch(HEAVY);
	});

	it('docx.ts and pdf.ts do', () => {
		expect(read('render/docx.ts')).toMatch(/from 'docx'/);
		expect(read('render/pdf.ts')).toMatch(/from 'pdf-lib'/);
	});
});
