/**
 * `npm exec -- tsx bench/hostile.ts`: the bounds of issue 18 measured in Node, as ratios where a
 * timing depends on the machine:
 * - search: a 10 000-character query against a French question (median of 20 each);
 * - DOCX: a 1 MB entry declaring 4 096 bytes, and one inflating past its size, against our own DOCX;
 * - pack: the largest dossier under the size budget (MAX_DOSSIER_BYTES), time and peak memory,
 *   against the example.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { strToU8, zipSync } from 'fflate';
import { loadCatalogue } from '../src/cli/load-catalogue';
import { nodeFonts, readPackTemplates } from '../src/cli/templates';
import { doc, p, type Doc } from '../src/lib/document';
import { readDocxText } from '../src/lib/docx-text';
import { MAX_DOSSIER_BYTES, parseDossierValue } from '../src/lib/dossier/parse';
import { buildPack } from '../src/lib/pack';
import { renderDocx } from '../src/lib/render/docx';
import { renderPdf } from '../src/lib/render/pdf';
import { buildSearchPayload, createSearch, type SearchPayload } from '../src/lib/search/engine';
import { siteDocuments } from '../src/lib/search/site';
import type { Dossier, DossierInput } from '../src/lib/schema/dossier';
import { guideSources } from '../test/helpers/guide-sources';

const median = (values: number[]) =>
	[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timed(run: () => unknown, times = 20): Promise<number> {
	const values: number[] = [];
	for (let i = 0; i < times; i++) {
		const start = performance.now();
		await run();
		values.push(performance.now() - start);
	}
	return median(values);
}

/** A ZIP whose word/document.xml holds `xml` but declares `declared` bytes. */
function lyingDocx(xml: string, declared: number): Uint8Array {
	const zip = zipSync({ 'word/document.xml': strToU8(xml) });
	const view = new DataView(zip.buffer);
	for (let at = 0; at + 4 <= zip.length; at++) {
		const signature = view.getUint32(at, true);
		if (signature === 0x04034b50) view.setUint32(at + 22, declared, true);
		if (signature === 0x02014b50) view.setUint32(at + 24, declared, true);
	}
	return zip;
}

/** The example grown to just under the budget: 40 aids of long custom conditions, 40 members. */
function largestDossier(example: DossierInput, budget = MAX_DOSSIER_BYTES): Dossier {
	const grown = structuredClone(example) as Dossier;
	const letters = (n: number, seed: number) =>
		Array.from({ length: n }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * 7 + seed) % 26]).join('');
	if (grown.sitting) {
		const members = Array.from({ length: 40 }, (_, i) => ({
			civility: 'Mme' as const,
			name: `${letters(100, i)} ${i}`,
			attendance: 'présent' as const,
		}));
		grown.sitting = {
			...grown.sitting,
			inOffice: 40,
			members,
			presidentOfSitting: members[0]?.name ?? '',
			secretary: members[1]?.name ?? '',
		};
	}
	const aid = (index: number, conditions: number) => ({
		id: `perso-aide-${index}`,
		fromCatalogue: false,
		label: `Aide ${letters(150, index)}`,
		nature: 'facultative' as const,
		decidedBy: 'conseil' as const,
		conditions: [
			// One condition the API answers, so that the request has an object.
			{ criterionId: 'ressources-quotient-familial', threshold: 456 },
			...Array.from({ length: conditions - 1 }, (_, c) => ({
				label: `Condition ${c} ${letters(180, c + index)}`,
				proof: `Justificatif ${c} ${letters(380, c * 3 + index)}`,
			})),
		],
	});
	let conditions = 30;
	for (;;) {
		grown.aids = Array.from({ length: 40 }, (_, i) => aid(i, conditions));
		if (JSON.stringify(grown).length <= budget || conditions === 1) break;
		conditions--;
	}
	const parsed = parseDossierValue(grown);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
	return parsed.dossier;
}

async function main(): Promise<void> {
	const { catalogue } = loadCatalogue('content');
	const search = createSearch(
		JSON.parse(
			JSON.stringify(buildSearchPayload(siteDocuments(catalogue, guideSources(catalogue)))),
		) as SearchPayload,
	);
	const question = await timed(() => search('délibération quotient familial'));
	const long = await timed(() => search('quotient familial délibération '.repeat(330)));
	const oneWord = await timed(() => search('a'.repeat(10_000)));
	console.log(
		`recherche : question ${question.toFixed(1)} ms, 10 000 caractères ${long.toFixed(1)} ms (× ${(long / question).toFixed(1)}), un mot de 10 000 lettres ${oneWord.toFixed(1)} ms`,
	);

	const own = await renderDocx(
		doc({ title: 'T', author: 'A', subject: 'S', blocks: [p('Bonjour')] }),
	);
	const ownTime = await timed(() => readDocxText(own));
	const filler = (n: number) =>
		`<w:document><w:body><w:p><w:r><w:t>${'a'.repeat(n)}</w:t></w:r></w:p></w:body></w:document>`;
	// The adversarial run's case: about 100 kB of DEFLATE that inflates to 100 MB, declaring 4 kB.
	const lying = lyingDocx(filler(100_000_000), 4096);
	const overflowing = lyingDocx(filler(3_000_000), 4096);
	const lyingTime = await timed(() => readDocxText(lying));
	const overflowTime = await timed(() => readDocxText(overflowing));
	console.log(
		`DOCX : le nôtre ${ownTime.toFixed(2)} ms ; ${lying.length} octets déclarant 4 096 : ${lyingTime.toFixed(2)} ms ; ${overflowing.length} octets gonflant au-delà : ${overflowTime.toFixed(2)} ms`,
	);

	const example = JSON.parse(readFileSync('examples/ccas-villebourg.json', 'utf8')) as DossierInput;
	const fonts = await nodeFonts();
	const templates = readPackTemplates();
	// Time per document (title), to show which one dominates the pack of a large dossier.
	const perDocument = new Map<string, number>();
	const timedRender =
		<A extends unknown[], R>(render: (doc: Doc, ...rest: A) => Promise<R>) =>
		async (document: Doc, ...rest: A): Promise<R> => {
			const start = performance.now();
			const result = await render(document, ...rest);
			const key = document.meta.title;
			perDocument.set(key, (perDocument.get(key) ?? 0) + performance.now() - start);
			return result;
		};
	const pack = async (dossier: Dossier) => {
		const result = await buildPack({
			dossier,
			catalogue,
			templates,
			fonts,
			renderPdf: timedRender(renderPdf),
			renderDocx: timedRender(renderDocx),
		});
		if (!result.ok) throw new Error(result.problems.join('\n'));
		return result;
	};
	const parsedExample = parseDossierValue(example);
	if (!parsedExample.ok) throw new Error('exemple invalide');
	const exampleTime = await timed(() => pack(parsedExample.dossier), 3);
	const largest = largestDossier(
		example,
		Number(process.env['BENCH_DOSSIER_BYTES'] ?? MAX_DOSSIER_BYTES),
	);
	const size = JSON.stringify(largest).length;
	perDocument.clear();
	const before = process.memoryUsage().rss;
	let peak = before;
	const watch = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
	const start = performance.now();
	const built = await pack(largest);
	const largestTime = performance.now() - start;
	clearInterval(watch);
	console.log(
		`dossier complet : exemple ${exampleTime.toFixed(0)} ms ; le plus gros accepté (${size} octets, ${largest.aids?.length ?? 0} aides de ${largest.aids?.[0]?.conditions.length ?? 0} conditions, ${largest.sitting?.members.length ?? 0} membres) ${largestTime.toFixed(0)} ms, ZIP ${Math.round(built.zip.length / 1000)} ko, mémoire de pointe ${Math.round(peak / 1e6)} Mo`,
	);
	const slowest = [...perDocument].sort((a, b) => b[1] - a[1]).slice(0, 3);
	console.log(
		`  documents les plus lents : ${slowest.map(([title, time]) => `${title} ${Math.round(time)} ms`).join(' ; ')}`,
	);
}

await main();
