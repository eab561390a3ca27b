// CCAS law after loi 3DS and décret n° 2023-632, rule by rule: delegations conferred by an article and
// only to the president or a vice-président, legal aid instructed and forwarded, conditions with
// « et / ou / ne pas », ranges and scales, the board model, the projet, and the migration of version 1.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { plainText } from '../../src/lib/document';
import { buildDeliberation, buildDocumentContext } from '../../src/lib/documents';
import { parseDossierJson } from '../../src/lib/dossier/parse';
import { conditionText, conditionsSentence } from '../../src/lib/minimise/condition-text';
import { minimise } from '../../src/lib/minimise';
import { dossierAid, type Dossier, type DossierAid } from '../../src/lib/schema/dossier';
import { sitting as sittingSchema, type Sitting } from '../../src/lib/schema/sitting';
import { checkSitting } from '../../src/lib/sitting/check';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';
import { normalise } from '../helpers/poppler';

const catalogue = realCatalogue();
const templates = readPackTemplates();
const criteria = new Map(catalogue.criteria.map((c) => [c.id, c]));
const criterionOf = (c: { criterionId?: string | undefined }) =>
	c.criterionId ? criteria.get(c.criterionId) : undefined;
const flat = (text: string) => normalise(text).replace(/[\u00a0\u202f]/g, ' ');

function fixture(name: string): Dossier {
	const parsed = parseDossierJson(readFileSync(`test/fixtures/dossiers/${name}`, 'utf8'));
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.dossier;
}

function deliberationText(dossier: Dossier, projet = false): string {
	const result = buildDeliberation(buildDocumentContext(dossier, catalogue, templates), { projet });
	if (!result.ok) throw new Error(JSON.stringify(result.problems));
	return flat(plainText(result.doc));
}

const aid = (patch: Record<string, unknown>) =>
	dossierAid.safeParse({
		id: 'aide',
		fromCatalogue: false,
		label: 'Aide',
		nature: 'facultative',
		conditions: [{ criterionId: 'residence-commune' }],
		decidedBy: 'conseil',
		...patch,
	});

describe('delegations (CASF R. 123-21, R. 123-22, R. 123-23)', () => {
	it.each([
		['travailleur-social', false],
		['commission-permanente', false],
		['conseil', false],
		['president', true],
		['vice-president', true],
		['vice-president-delegue', true],
	])('a delegation to « %s » is %s', (to, accepted) => {
		const result = aid({ delegation: { to } });
		expect(result.success).toBe(accepted);
		if (!result.success)
			expect(result.error.issues.map((i) => i.message).join(' ')).toMatch(
				/article R\. 123-21 du CASF/,
			);
	});

	it('refuses a social worker as the one who decides, citing R. 123-21', () => {
		const result = aid({ decidedBy: 'travailleur-social' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toMatch(/R\. 123-21/);
	});

	it('refuses a QF ceiling on an aid whose conditions use no quotient', () => {
		const result = aid({ delegation: { to: 'president', qfMax: 500 } });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['delegation', 'qfMax']);
		expect(
			aid({
				conditions: [{ criterionId: 'ressources-quotient-familial', threshold: 800 }],
				delegation: { to: 'president', qfMax: 500 },
			}).success,
		).toBe(true);
	});

	it('refuses any delegation of a legal aid, citing R. 123-5', () => {
		const result = aid({ nature: 'légale', delegation: { to: 'president' } });
		expect(result.error?.issues[0]?.message).toMatch(/R\. 123-5/);
	});

	it('confers each delegation by an article, with the report at each sitting', () => {
		const text = deliberationText(fixture('loi-3ds-complet.json'));
		expect(text).toMatch(
			/Article \d+\. DÉLÈGUE au président du conseil d’administration l’attribution de l’aide « Aide à la complémentaire santé »/,
		);
		expect(text).toContain(
			'rend compte des décisions prises à chaque séance du conseil (article R. 123-22',
		);
		expect(text).toContain(
			'Le directeur du centre peut signer ces décisions par délégation de signature',
		);
		expect(text).toContain('Le travailleur social instruit chaque demande et propose une décision');
		expect(text).not.toMatch(/travailleur social[^.]*décide/);
	});
});

describe('legal aid (CASF R. 123-5)', () => {
	it('is instructed and forwarded, with no decider and no ceiling of its own', () => {
		const text = deliberationText(fixture('loi-3ds-complet.json'));
		expect(text).toContain(
			'(aide sociale légale) : instruction de la demande et transmission du dossier au président du conseil départemental, qui décide',
		);
		const item =
			/Aide sociale légale \(aide à domicile, hébergement\) \(aide sociale légale\)[^•]*?65 ans ou plus\./.exec(
				text,
			)?.[0] ?? '';
		expect(item).not.toMatch(/Décision :|plafond|délégation/);
		// The deciding authority is a recipient of the data.
		expect(text).toMatch(
			/ne sont accessibles qu’aux personnes suivantes[^.]*le président du conseil départemental/,
		);
	});
});

describe('conditions with « et », « ou », « ne pas », ranges and scales', () => {
	const cases: [string, Record<string, unknown>, string][] = [
		[
			'an age range',
			{ criterionId: 'age-demandeur', range: { min: 18, max: 25 } },
			'Âge du demandeur : de 18 à 25 ans',
		],
		[
			'an age minimum',
			{ criterionId: 'age-demandeur', range: { min: 65 } },
			'Âge du demandeur : 65 ans ou plus',
		],
		[
			'an age maximum',
			{ criterionId: 'age-demandeur', range: { max: 25 } },
			'Âge du demandeur : 25 ans au plus',
		],
		[
			'a negated status',
			{ criterionId: 'beneficiaire-c2s', negated: true },
			'ne pas être bénéficiaire de la complémentaire santé solidaire (C2S)',
		],
		[
			'a QF scale',
			{ criterionId: 'ressources-quotient-familial', scale: [{ max: 400 }, { max: 800 }, {}] },
			'selon le barème suivant : tranche 1 : jusqu’à 400 € ; tranche 2 : de plus de 400 € à 800 € ; tranche 3 : plus de 800 €',
		],
	];
	it.each(cases)('reads %s in plain French', (_, condition, expected) => {
		const parsed = aid({ conditions: [condition] });
		if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
		const [first] = parsed.data.conditions;
		expect(flat(conditionText(first!, criterionOf(first!)))).toContain(expected);
	});

	it.each([
		[
			{ criterionId: 'age-demandeur', range: { min: 30, max: 20 } },
			'Le minimum doit être inférieur ou égal au maximum.',
		],
		[{ criterionId: 'age-demandeur', range: {} }, 'Indiquez un minimum, un maximum ou les deux.'],
		[
			{ criterionId: 'ressources-quotient-familial', scale: [{ max: 800 }, { max: 400 }, {}] },
			'Les tranches vont en croissant',
		],
		[
			{ criterionId: 'ressources-quotient-familial', scale: [{ max: 800 }] },
			'Un barème a au moins deux tranches.',
		],
	])('refuses %j with a French message', (condition, message) => {
		const result = aid({ conditions: [condition] });
		expect(result.error?.issues.map((i) => i.message).join(' ')).toContain(message);
	});

	it('joins required conditions with « et » and a group with « ou »', () => {
		const parsed = aid({
			conditions: [
				{ criterionId: 'residence-commune' },
				{ criterionId: 'demandeur-emploi', group: 1 },
				{ criterionId: 'beneficiaire-rsa', group: 1 },
			],
		});
		if (!parsed.success) throw new Error('invalide');
		expect(flat(conditionsSentence(parsed.data, criterionOf))).toBe(
			'résidence ou domiciliation dans la commune ; et au moins l’une des conditions suivantes : demandeur d’emploi inscrit à France Travail ou bénéficiaire du RSA',
		);
		expect(
			aid({ conditions: [{ criterionId: 'demandeur-emploi', group: 2 }] }).error?.issues[0]
				?.message,
		).toMatch(/ne contient qu’une condition/);
	});

	it('still needs every datum that proves one branch of an « ou », and says so', () => {
		const dossier = fixture('loi-3ds-complet.json');
		const result = minimise(dossier, catalogue);
		for (const id of ['statut-demandeur-emploi', 'statut-rsa']) {
			const item = result.data.find(
				(d) => d.reasons.some((r) => r.alternative) && d.id.includes(id.split('-')[1] ?? ''),
			);
			expect(item, id).toBeDefined();
		}
		expect(result.data.flatMap((d) => d.reasons).filter((r) => r.alternative)).toHaveLength(2);
		expect(result.data.flatMap((d) => d.reasons).find((r) => r.alternative)?.text).toContain(
			'l’une des conditions possibles',
		);
	});
});

/** A sitting of 9 members with roles, modified by `change`. */
function board(change: (s: Sitting) => void = () => {}): Sitting {
	const roles = [
		'président',
		'vice-président',
		'vice-président délégué',
		'élu',
		'élu',
		'élu',
		'nommé',
		'nommé',
		'nommé',
	] as const;
	const base = sittingSchema.parse({
		date: '2026-11-23',
		time: '18:00',
		place: 'en mairie',
		noticeDate: '2026-11-18',
		inOffice: 9,
		members: roles.map((role, i) => ({
			civility: i % 2 ? 'M.' : 'Mme',
			name: `Membre ${String.fromCharCode(65 + i)}`,
			attendance: 'présent',
			role,
		})),
		presidentOfSitting: 'Membre A',
		secretary: 'Jean Juliet, directeur',
		vote: { kind: 'unanimité' },
		number: '2026-14',
	});
	change(base);
	return base;
}

describe('the board after loi 3DS (CASF L. 123-6, R. 123-17, R. 123-18, R. 123-23)', () => {
	it('has no maximum size: a board of 31 passes', () => {
		const big = board((s) => {
			for (let i = 0; i < 22; i++)
				s.members.push({
					civility: 'M.',
					name: `Autre ${i}`,
					attendance: 'présent',
					role: i % 2 ? 'élu' : 'nommé',
				});
			s.inOffice = s.members.length;
		});
		expect(checkSitting(big).problems).toEqual([]);
	});

	it.each([
		[
			'the vice-président chairs while the president is present',
			(s: Sitting) => (s.presidentOfSitting = 'Membre B'),
			'sitting.presidentOfSitting',
			/L\. 123-6 et R\. 123-18/,
		],
		[
			'a second convocation without the first sitting’s date',
			(s: Sitting) => (s.secondNotice = true),
			'sitting.firstSittingDate',
			/R\. 123-17/,
		],
		[
			'the first sitting after the second',
			(s: Sitting) => {
				s.secondNotice = true;
				s.firstSittingDate = '2026-11-30';
			},
			'sitting.firstSittingDate',
			/R\. 123-17/,
		],
		[
			'a secretary who is an absent member',
			(s: Sitting) => {
				s.secretary = 'Membre I';
				s.members[8]!.attendance = 'absent';
			},
			'sitting.secretary',
			/R\. 123-23/,
		],
		[
			'an absent president of the sitting',
			(s: Sitting) => {
				s.presidentOfSitting = 'Membre D';
				s.members[3]!.attendance = 'absent';
			},
			'sitting.presidentOfSitting',
			/R\. 123-18/,
		],
	])('refuses %s, citing its article', (_, change, path, article) => {
		const problems = checkSitting(board(change)).problems;
		const problem = problems.find((p) => p.path === path);
		expect(problem?.message).toMatch(article);
	});

	it('lets the vice-président chair when the president is absent, then the vice-président délégué', () => {
		expect(
			checkSitting(
				board((s) => {
					s.members[0]!.attendance = 'absent';
					s.presidentOfSitting = 'Membre B';
				}),
			).problems,
		).toEqual([]);
		expect(
			checkSitting(
				board((s) => {
					s.members[0]!.attendance = 'absent';
					s.members[1]!.attendance = 'absent';
					s.presidentOfSitting = 'Membre C';
				}),
			).problems,
		).toEqual([]);
	});

	it('warns (without blocking) when parity or the 4 + 4 seats cannot hold', () => {
		const unbalanced = checkSitting(
			board((s) => {
				for (const i of [6, 7, 8]) s.members[i]!.role = 'élu';
			}),
		);
		expect(unbalanced.problems).toEqual([]);
		expect(unbalanced.warnings.map((w) => w.message).join(' ')).toMatch(/Parité[^]*L\. 123-6/);
		const small = checkSitting(
			board((s) => {
				s.members.splice(6);
				s.inOffice = 6;
			}),
		);
		expect(small.warnings.map((w) => w.message).join(' ')).toMatch(
			/au moins quatre membres nommés/,
		);
	});

	it('reports two members with one name once, without a misleading proxy message', () => {
		const twins = board((s) => {
			s.members[8] = { ...s.members[8]!, name: 'Membre H' };
			s.members[2] = { ...s.members[2]!, attendance: 'représenté', proxyTo: 'Membre H' };
		});
		const problems = checkSitting(twins).problems;
		expect(problems.map((p) => p.path)).toEqual(['sitting.members[8].name']);
	});
});

describe('projet, then act', () => {
	it('writes the projet with blanks for attendance, quorum and vote, and no « Fait et délibéré »', () => {
		const dossier = fixture('loi-3ds-complet.json');
		const projet = deliberationText(dossier, true);
		expect(projet).toMatch(/^Projet de délibération/);
		expect(projet).toContain('Présents : ………… Représentés : ………… Absents : …………');
		expect(projet).toContain('par ………… voix pour, ………… voix contre et ………… abstentions');
		expect(projet).not.toContain('Fait et délibéré');
		expect(projet).not.toContain('Pour extrait conforme');
		expect(projet).not.toMatch(/unanimité|Résultat du vote/);
	});

	it('needs no sitting for the projet', () => {
		const { sitting: _sitting, ...noSitting } = exampleDossier();
		const text = deliberationText(noSitting, true);
		expect(text).toContain('Délibération n° …………');
		const act = buildDeliberation(buildDocumentContext(noSitting, catalogue, templates));
		expect(act.ok).toBe(false);
	});

	it('writes the act with the quorum sentence, the formal mentions and the optional certification', () => {
		const example = deliberationText(exampleDossier());
		expect(example).toContain(
			'Le quorum étant atteint (9 membres présents sur 13 en exercice, pour un quorum de 7)',
		);
		expect(example).toContain('Fait et délibéré les jour, mois et an susdits.');
		expect(example).toContain('Pour extrait conforme au registre des délibérations.');
		expect(example).toMatch(
			/Certification \(mention facultative, article L\. 2131-1[^)]*\) : [^.]*publication le ………………/,
		);
		const second = deliberationText(fixture('loi-3ds-complet.json'));
		expect(second).toContain(
			'Le quorum n’ayant pas été atteint lors de la séance du 16 novembre 2026',
		);
	});
});

describe('visas that depend on the dossier', () => {
	it('cites L. 312-1 only for a CCAS that runs social or medico-social services', () => {
		const dossier = exampleDossier();
		expect(deliberationText(dossier)).not.toContain('L. 312-1');
		if (dossier.ccas) dossier.ccas.managesSocialServices = true;
		expect(deliberationText(dossier)).toContain('Vu l’article L. 312-1 du même code');
	});

	it('cites the act that fixed the conditions, or adopts them itself', () => {
		expect(deliberationText(exampleDossier())).toContain(
			'Vu le règlement des aides n° 2025-03 du conseil d’administration du 18 mars 2025',
		);
		const fresh = deliberationText(fixture('loi-3ds-complet.json'));
		expect(fresh).toContain('Article 1er. ADOPTE les conditions d’attribution des aides');
		expect(fresh).not.toContain('Vu le règlement des aides');
	});

	it('cites GDPR art. 9 and its extra care whenever a special-category datum is requested', () => {
		const fresh = deliberationText(fixture('loi-3ds-complet.json'));
		expect(fresh).toContain('notamment ses articles 5, 6, 9 et 14');
		expect(fresh).toMatch(/catégorie particulière de données au sens de l’article 9/);
		expect(deliberationText(exampleDossier())).not.toMatch(/articles 5, 6, 9/);
	});
});

describe('dossiers of version 1', () => {
	it.each(['example-v1.json', 'invalid-fields.json', 'version-0.json'])(
		'%s still imports or explains why',
		(name) => {
			const parsed = parseDossierJson(readFileSync(`test/fixtures/dossiers/${name}`, 'utf8'));
			if (name === 'invalid-fields.json') {
				expect(parsed.ok).toBe(false);
				return;
			}
			expect(parsed.ok).toBe(true);
		},
	);

	it('migrates the example of version 1 with a French note of what to complete', () => {
		const parsed = parseDossierJson(readFileSync('test/fixtures/dossiers/example-v1.json', 'utf8'));
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
		expect(parsed.migratedFrom).toBe(1);
		const aid = parsed.dossier.aids?.[0] as DossierAid;
		expect(aid.delegation).toMatchObject({ to: 'president', qfMax: 456, directorSigns: true });
		expect(parsed.notes?.join(' ')).toMatch(
			/délégation au travailleur social est devenue une délégation au président/,
		);
		expect(deliberationText(parsed.dossier)).toContain('DÉLÈGUE au président');
	});
});
