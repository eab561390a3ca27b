// Property: any valid sitting with any Unicode names yields a DOCX and a PDF; any broken sitting is refused in French.
import fc from 'fast-check';
import { PDFDocument } from 'pdf-lib';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDeliberation, buildDocumentContext } from '../../src/lib/documents';
import { readPackTemplates } from '../../src/cli/templates';
import { renderDocx } from '../../src/lib/render/docx';
import { renderPdf } from '../../src/lib/render/pdf';
import type { PdfFonts } from '../../src/lib/render/fonts';
import { dossier as dossierSchema, type Dossier } from '../../src/lib/schema/dossier';
import { checkSitting } from '../../src/lib/sitting/check';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';
import { nodePdfFonts } from '../helpers/fonts';

const catalogue = realCatalogue();
const templates = readPackTemplates();
// 50 runs by default (each renders a DOCX and a PDF: about 0.3 s); PROPERTY_SCALE=20 gives the
// 1 000 runs of a nightly check, PROPERTY_RUNS sets the count outright.
const RUNS = Number(
	process.env['PROPERTY_RUNS'] ?? 50 * Number(process.env['PROPERTY_SCALE'] ?? 1),
);

/**
 * A name a person could type, in the letters the Dossier accepts (those the PDF fonts draw: Latin
 * with every extension, Greek, Cyrillic), spaces, apostrophes and dashes. Other scripts are
 * refused at the boundary: test/unit/script-names-property.test.ts covers them.
 */
const name = fc
	.array(
		fc.oneof(
			fc.constantFrom(
				'Ł',
				'ễ',
				'Ğ',
				'ı',
				'ß',
				'é',
				'ñ',
				'Ø',
				'ç',
				'ü',
				'ø',
				'Ā',
				' ',
				'-',
				'’',
				'a',
				'Z',
				'Ж',
				'Ω',
			),
			fc.integer({ min: 0xc0, max: 0x24f }).map((code) => String.fromCodePoint(code)),
			fc
				.integer({ min: 0x391, max: 0x3c9 })
				// U+03A2 is unassigned (no final capital sigma).
				.filter((code) => code !== 0x3a2)
				.map((code) => String.fromCodePoint(code)),
			fc.integer({ min: 0x410, max: 0x44f }).map((code) => String.fromCodePoint(code)),
		),
		{ minLength: 2, maxLength: 40 },
	)
	.map((chars) =>
		chars
			.join('')
			.replace(/[<>\u0000-\u001f\u007f]/g, 'x')
			.trim(),
	)
	.filter((value) => value.length >= 2 && value.length <= 120);

/** A valid sitting by construction: quorum reached, one proxy per present holder, consistent vote. */
const validSitting = fc
	.record({
		inOffice: fc.integer({ min: 3, max: 25 }),
		names: fc.uniqueArray(name, {
			minLength: 25,
			maxLength: 25,
			selector: (n) => n.normalize('NFC').replace(/\s+/g, ' ').toLocaleLowerCase('fr'),
		}),
		extraPresent: fc.nat(25),
		represented: fc.nat(25),
		unanimous: fc.boolean(),
		against: fc.nat(3),
		abstentions: fc.nat(3),
		dateStyle: fc.constantFrom('lettres', 'chiffres'),
		secondNotice: fc.boolean(),
		hour: fc.integer({ min: 0, max: 23 }),
		minute: fc.integer({ min: 0, max: 59 }),
	})
	.map((r) => {
		const quorum = Math.floor(r.inOffice / 2) + 1;
		const present = Math.min(r.inOffice, quorum + (r.extraPresent % (r.inOffice - quorum + 1)));
		const represented = Math.min(r.inOffice - present, present, r.represented);
		const names = r.names.slice(0, r.inOffice);
		const members = names.map((n, i) =>
			i < present
				? { civility: 'Mme' as const, name: n, attendance: 'présent' as const }
				: i < present + represented
					? {
							civility: 'M.' as const,
							name: n,
							attendance: 'représenté' as const,
							proxyTo: names[i - present] ?? '',
						}
					: { civility: 'M.' as const, name: n, attendance: 'absent' as const },
		);
		const voters = present + represented;
		const against = Math.min(r.against, Math.floor((voters - 1) / 2));
		const abstentions = Math.min(r.abstentions, voters - 1 - 2 * against);
		return {
			date: '2026-11-23',
			time: `${String(r.hour).padStart(2, '0')}:${String(r.minute).padStart(2, '0')}`,
			place: 'en mairie',
			noticeDate: '2026-11-10',
			secondNotice: r.secondNotice,
			// At a second convocation the act states the first sitting's date (CASF R. 123-17).
			...(r.secondNotice ? { firstSittingDate: '2026-11-09' } : {}),
			inOffice: r.inOffice,
			members,
			presidentOfSitting: names[0] ?? '',
			presidentRole: 'Président du conseil d’administration',
			secretary: names[1] ?? '',
			vote: r.unanimous
				? { kind: 'unanimité' as const }
				: {
						kind: 'scrutin' as const,
						for: voters - against - abstentions,
						against,
						abstentions,
						notVoting: 0,
					},
			number: '2026-14',
			actesCode: '8.2',
			dateStyle: r.dateStyle,
		};
	});

function withSitting(sitting: unknown): Dossier {
	const parsed = dossierSchema.safeParse({ ...exampleDossier(), sitting });
	if (!parsed.success) throw new Error(parsed.error.message);
	return parsed.data;
}

let fonts: PdfFonts;
beforeAll(async () => {
	fonts = await nodePdfFonts();
});

describe('deliberation properties', () => {
	it(`any valid sitting produces a valid DOCX and PDF (${RUNS} runs)`, async () => {
		await fc.assert(
			fc.asyncProperty(validSitting, async (sitting) => {
				const dossier = withSitting(sitting);
				const result = buildDeliberation(buildDocumentContext(dossier, catalogue, templates));
				expect(result.ok, JSON.stringify(!result.ok && result.problems)).toBe(true);
				if (!result.ok) return;
				const [docx, pdf] = await Promise.all([
					renderDocx(result.doc),
					renderPdf(result.doc, fonts),
				]);
				const xml = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array());
				expect(xml).toContain('Visas');
				const loaded = await PDFDocument.load(pdf);
				expect(loaded.getPageCount()).toBeGreaterThanOrEqual(2);
				expect(loaded.getTitle()).toContain('Délibération n° 2026-14');
			}),
			{ numRuns: RUNS },
		);
	}, 600_000);

	it(`any broken sitting is refused with a French message naming a sitting field (${RUNS} runs)`, () => {
		type Raw = {
			inOffice: number;
			noticeDate: string;
			presidentOfSitting: string;
			secondNotice: boolean;
			vote: unknown;
			members: { name: string; attendance: string; proxyTo?: string }[];
		};
		const first = (s: Raw, i: number) => s.members[i]?.name ?? '';
		const breakers = [
			(s: Raw) => (s.inOffice += 1),
			(s: Raw) => (s.noticeDate = '2026-11-22'),
			(s: Raw) => (s.presidentOfSitting = 'Personne Inconnue Hors Conseil'),
			(s: Raw) => {
				const giver = s.members.find((m) => m.attendance !== 'représenté');
				if (giver) giver.proxyTo = first(s, 0) === giver.name ? first(s, 1) : first(s, 0);
			},
			(s: Raw) => (s.vote = { kind: 'scrutin', for: 1, against: 1, abstentions: 0, notVoting: 0 }),
			(s: Raw) => {
				s.secondNotice = false;
				for (const m of s.members.slice(1)) {
					m.attendance = 'absent';
					delete m.proxyTo;
				}
			},
		];
		fc.assert(
			fc.property(
				validSitting,
				fc.integer({ min: 0, max: breakers.length - 1 }),
				(sitting, which) => {
					const broken = structuredClone(sitting) as unknown as Raw;
					breakers[which]?.(broken);
					const dossier = withSitting(broken);
					const result = buildDeliberation(buildDocumentContext(dossier, catalogue, templates));
					expect(result.ok).toBe(false);
					if (result.ok) return;
					expect(result.problems.length).toBeGreaterThan(0);
					for (const problem of result.problems) {
						expect(problem.path).toMatch(/^sitting\./);
						expect(problem.message).toMatch(/[a-zéèàù]{3,}/);
					}
					expect(checkSitting(dossier.sitting!).problems).toEqual(result.problems);
				},
			),
			{ numRuns: RUNS },
		);
	});
});
