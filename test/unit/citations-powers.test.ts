// Who decides, as a text says it: powers given to agents, legal aid decided by the centre, the old cap on the board.
import { describe, expect, it } from 'vitest';
import { realCatalogue } from '../helpers/catalogue';
import { checkCitations, type FindingKind } from '../../src/lib/citations';
import { MAX_TEXT_LENGTH } from '../../src/lib/citations/limits';

type PowerKind = Extract<FindingKind, 'agent-power' | 'legal-aid-decision' | 'board-cap'>;
const powerKinds: readonly FindingKind[] = ['agent-power', 'legal-aid-decision', 'board-cap'];

// Sentences in the style of real acts, each with what a jurist would flag (written by hand).
const cases: [string, PowerKind[]][] = [
	// Powers given to agents.
	[
		'Article 2 : DÉLÈGUE à Mme Dupont, assistante sociale, l’attribution des aides d’urgence.',
		['agent-power'],
	],
	[
		'Le conseil d’administration délègue aux travailleurs sociaux du CCAS l’octroi des secours.',
		['agent-power'],
	],
	['Donne délégation à l’agent instructeur pour accorder les bons alimentaires.', ['agent-power']],
	[
		'Le conseil décide de déléguer l’attribution des chèques énergie à la commission technique.',
		['agent-power'],
	],
	[
		'En dessous de ce seuil, l’aide est accordée par le travailleur social lui-même.',
		['agent-power'],
	],
	['La décision est prise par un agent habilité du service.', ['agent-power']],
	['Pour les montants inférieurs à 100 euros, l’assistante sociale décide seule.', ['agent-power']],
	[
		'Les agents du CCAS attribuent les aides alimentaires sans passer par la commission.',
		['agent-power'],
	],
	[
		'Les aides d’urgence d’un montant inférieur à 150 euros sont attribuées par les travailleurs sociaux.',
		['agent-power'],
	],
	['AUTORISE les travailleurs sociaux à accorder des secours d’urgence.', ['agent-power']],
	['Les agents instructeurs sont habilités à attribuer les bons alimentaires.', ['agent-power']],
	// Legal aid decided by the centre.
	[
		'Le CCAS instruit les demandes d’aide sociale légale et décide de leur attribution.',
		['legal-aid-decision'],
	],
	[
		'Le conseil d’administration attribue les aides sociales légales et facultatives.',
		['legal-aid-decision'],
	],
	['Les aides légales sont accordées par le conseil d’administration.', ['legal-aid-decision']],
	['DÉLÈGUE au président l’attribution des aides sociales légales.', ['legal-aid-decision']],
	['La commission permanente statue sur les aides légales.', ['legal-aid-decision']],
	// The cap of 8 + 8 presented as law.
	[
		'Le conseil d’administration comprend, outre le maire, au plus huit membres élus et huit membres nommés.',
		['board-cap'],
	],
	['Le nombre des administrateurs ne peut excéder seize, hors le président.', ['board-cap']],
	// Correct texts: the engine's own wording, and usual forms of real acts.
	[
		'DÉLÈGUE au président l’attribution de l’aide « Aide alimentaire », dans les conditions fixées par la présente délibération. Le travailleur social instruit chaque demande et propose une décision.',
		[],
	],
	[
		'Le travailleur social instruit la demande et propose une décision ; la décision appartient au délégué désigné.',
		[],
	],
	[
		'Vu les articles R. 123-21 et R. 123-22 du même code, qui permettent au conseil d’administration de déléguer à son président ou à ses vice-présidents l’attribution de prestations ;',
		[],
	],
	[
		'Vu l’article R. 123-23 du même code, qui permet au président de déléguer sa signature au directeur ;',
		[],
	],
	['Délégué à la protection des données : M. Martin, agent du service informatique.', []],
	[
		'La vice-présidente déléguée, Mme Leroy, assistante sociale de profession, préside la séance.',
		[],
	],
	[
		'DÉLÈGUE au vice-président l’attribution des secours d’urgence, sur proposition de l’assistante sociale.',
		[],
	],
	['DÉLÈGUE au président l’attribution des aides, après instruction par les agents du CCAS.', []],
	['Les travailleurs sociaux instruisent les demandes d’aides légales et facultatives.', []],
	['L’aide n’est jamais accordée par le travailleur social.', []],
	['Le travailleur social ne décide pas : il instruit et propose.', []],
	[
		'AUTORISE le président à signer la convention ; les travailleurs sociaux sont habilités à consulter les données.',
		[],
	],
	[
		'Vu l’article R. 123-5 du même code, qui charge le centre des enquêtes sociales et de la constitution des dossiers de demande d’aide sociale légale, transmis à l’autorité qui décide ;',
		[],
	],
	[
		'Pour les aides sociales légales, le centre ne décide pas : il reçoit la demande, procède à l’enquête sociale, constitue le dossier et le transmet, avec son avis, à l’autorité compétente, qui statue.',
		[],
	],
	['Le président du conseil départemental décide de l’attribution des aides sociales légales.', []],
	[
		'Les aides légales sont accordées par le président du conseil départemental, après instruction par le CCAS.',
		[],
	],
	[
		'Le conseil d’administration attribue les aides facultatives ; il instruit les demandes d’aide sociale légale.',
		[],
	],
	[
		'Le conseil municipal a fixé à huit le nombre des membres élus et à huit celui des membres nommés.',
		[],
	],
	['Le conseil compte 24 membres : le maire, 12 membres élus et 11 membres nommés.', []],
	['L’aide est limitée à 8 repas par semaine pour un foyer de trois membres.', []],
];

const catalogue = realCatalogue();

function powers(text: string) {
	return checkCitations(text, catalogue).findings.filter((f) => powerKinds.includes(f.kind));
}

describe('what a deliberation gives to whom', () => {
	it.each(cases)('%s', (text, expected) => {
		expect(powers(text).map((f) => f.kind)).toEqual(expected);
	});

	it('errs on powers and legal aid, warns on the cap, and names the articles to read', () => {
		const [agent] = powers(cases[0]?.[0] ?? '');
		expect(agent).toMatchObject({
			severity: 'erreur',
			articleIds: ['casf-r123-21', 'casf-r123-23'],
		});
		expect(agent?.message).toContain('«\u202fDÉLÈGUE à Mme Dupont, assistante sociale\u202f»');
		const [legal] = powers('Les aides légales sont accordées par le conseil d’administration.');
		expect(legal).toMatchObject({ severity: 'erreur', articleIds: ['casf-l123-5', 'casf-r123-5'] });
		expect(legal?.message).toContain('président du conseil départemental ou le préfet');
		const [cap] = powers('Le conseil comprend au plus huit membres élus et huit membres nommés.');
		expect(cap).toMatchObject({
			severity: 'avertissement',
			articleIds: ['casf-l123-6', 'casf-r123-7'],
		});
	});

	it('points at the words of the original text, accents and case kept', () => {
		const text =
			'Vu le CASF ;\nEn dessous de ce seuil, l’aide est ACCORDÉE par le travailleur social.';
		const [found] = powers(text);
		expect(text.slice(found?.start ?? 0, found?.end ?? 0)).toBe(
			'ACCORDÉE par le travailleur social',
		);
	});
});

describe('long and repeated texts', () => {
	it('says a repeated point once, and stays fast on the longest text it reads', () => {
		const units = [
			'Le travailleur social décide. ',
			'DÉLÈGUE à l’assistante sociale l’attribution des secours ; ',
			'délègue à ',
			'Les aides légales sont accordées par le CCAS. ',
			'Les données sont conservées 10 ans. ',
			'Membres en exercice : 13. Présents : 6. M. A a donné procuration à Mme B. ',
		];
		for (const unit of units) {
			const text = unit.repeat(Math.ceil(MAX_TEXT_LENGTH / unit.length)).slice(0, MAX_TEXT_LENGTH);
			const start = performance.now();
			const report = checkCitations(text, catalogue);
			expect(performance.now() - start, unit).toBeLessThan(3000);
			// Each kind of point at most once (the truncation notes aside).
			const kinds = report.findings.map((f) => f.kind).filter((kind) => kind !== 'truncated');
			expect(kinds.length, unit).toBe(new Set(kinds).size);
		}
	});
});

describe('a delegation described but conferred by no article', () => {
	const unconferred = (text: string) =>
		checkCitations(text, catalogue)
			.findings.filter((f) => f.kind === 'delegation-not-conferred')
			.map((f) => text.slice(f.start ?? 0, f.end ?? 0));

	it('warns when decisions are said to be taken under a delegation no article confers', () => {
		expect(
			unconferred(
				'Exposé : les aides d’urgence sont attribuées par délégation du conseil d’administration par le Président.\nArticle 1 : APPROUVE le recours à l’API Particulier.',
			),
		).toEqual(['par délégation du conseil d’administration']);
	});

	it.each([
		'Les aides d’urgence sont attribuées par délégation. Article 2 : DÉLÈGUE au président l’attribution des aides d’urgence.',
		'Le conseil donne délégation au président ; les aides sont attribuées par délégation.',
		'Vu la délibération n° 2020-12 du 3 mars 2020 portant délégation au président ; les aides sont attribuées par délégation.',
		'Le directeur peut signer ces décisions par délégation de signature du président.',
	])('says nothing when the delegation is conferred, or is one of signature: %s', (text) => {
		expect(unconferred(text)).toEqual([]);
	});
});
