// URLs break where UAX #14 allows (after « / », « ? », « & », « - »), never inside a word; bare
// URLs become links; fonts shared across documents lose no glyph.
import { describe, expect, it } from 'vitest';
import { doc, p } from '../../src/lib/document/index.ts';
import { wrapText } from '../../src/lib/render/layout';
import { breakableParts } from '../../src/lib/render/line-breaks';
import { linkBareUrls } from '../../src/lib/render/pdf-links';
import { renderPdf } from '../../src/lib/render/pdf';
import { nodePdfFonts } from '../helpers/fonts';
import { hasCommand, normalise, pdfText } from '../helpers/poppler';

const URL =
	'https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045213315?a=1&b=mot-compose';

describe('URL line breaks', () => {
	it('cuts an address only after / ? & or -', () => {
		const parts = breakableParts(URL);
		expect(parts.join('')).toBe(URL);
		expect(parts.length).toBeGreaterThan(5);
		for (const part of parts.slice(0, -1)) expect(part, part).toMatch(/[/?&-]$/);
	});

	it('wraps a long address at those places, on narrow lines', () => {
		const lines = wrapText(`Voir ${URL} pour le texte.`, 120, (text) => text.length * 5);
		expect(lines.join('').replace(/\s/g, '')).toBe(`Voir${URL}pourletexte.`);
		// Every line but the last two ends where the address may break.
		for (const line of lines.slice(0, -2)) expect(line, line).toMatch(/[/?&-]$/);
		expect(lines.length).toBeGreaterThanOrEqual(5);
	});

	it('turns bare URLs into links, punctuation left outside', () => {
		const runs = linkBareUrls([{ text: `Lien : ${URL}. Fin` }]);
		expect(runs).toEqual([{ text: 'Lien : ' }, { text: URL, href: URL }, { text: '. Fin' }]);
	});
});

describe.runIf(hasCommand('pdftotext'))('fonts shared across documents', () => {
	it('draw the same letters whatever was rendered before', async () => {
		const fonts = await nodePdfFonts();
		const date = new Date('2026-11-23T12:00:00Z');
		const names = doc({
			title: 'Noms',
			author: 'Test',
			subject: 'Rendu',
			blocks: [p('Nguyễn Thị Minh, Łukasz Wiśniewski, Gülşen Öztürk, Ştefan Ţepeş, ax')],
		});
		const other = doc({
			title: 'Autre',
			author: 'Test',
			subject: 'Rendu',
			blocks: [p('Ζεύς Київ xyz ǅ ẞ ax axe')],
		});
		const first = await renderPdf(names, fonts, { date });
		await renderPdf(other, fonts, { date });
		const again = await renderPdf(names, fonts, { date });
		expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
		expect(normalise(pdfText(again))).toContain(
			'Nguyễn Thị Minh, Łukasz Wiśniewski, Gülşen Öztürk, Ştefan Ţepeş, ax',
		);
	});
});
