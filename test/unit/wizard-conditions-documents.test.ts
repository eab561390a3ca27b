// Same logic everywhere: for aids with « ou », « ne pas », an age range and a QF scale, the sentence
// the deliberation writes for each aid is the one the DataPass text, the matrix and the registre write.
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { plainText } from '../../src/lib/document';
import { buildDeliberation, buildDocumentContext } from '../../src/lib/documents';
import { conditionsSentence } from '../../src/lib/minimise/condition-text';
import { preparePack } from '../../src/lib/pack';
import { dossier as dossierSchema, type DossierAid } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';

const catalogue = realCatalogue();
const templates = readPackTemplates();
const criteria = new Map(catalogue.criteria.map((c) => [c.id, c]));
const flat = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();

const youth: DossierAid = {
	id: 'perso-jeunes',
	fromCatalogue: false,
	label: 'Aide aux jeunes',
	nature: 'facultative',
	decidedBy: 'conseil',
	conditions: [
		{ criterionId: 'residence-commune' },
		{ criterionId: 'age-demandeur', range: { min: 18, max: 25 } },
		{ criterionId: 'demandeur-emploi', group: 1 },
		{ criterionId: 'beneficiaire-rsa', group: 1 },
	],
};
const withoutC2s: DossierAid = {
	id: 'aide-complementaire-sante',
	fromCatalogue: true,
	label: 'Aide à la complémentaire santé',
	nature: 'facultative',
	decidedBy: 'conseil',
	conditions: [
		{ criterionId: 'residence-commune' },
		{ criterionId: 'beneficiaire-c2s', negated: true },
	],
};
const meals: DossierAid = {
	id: 'restauration-scolaire',
	fromCatalogue: true,
	label: 'Aide à la restauration scolaire',
	nature: 'facultative',
	decidedBy: 'conseil',
	conditions: [
		{ criterionId: 'residence-commune' },
		{
			criterionId: 'ressources-quotient-familial',
			scale: [{ max: 400, label: 'tarif A' }, { max: 800, label: 'tarif B' }, { label: 'tarif C' }],
		},
	],
};
const seniors: DossierAid = {
	id: 'perso-aines',
	fromCatalogue: false,
	label: 'Colis des aînés',
	nature: 'facultative',
	decidedBy: 'conseil',
	conditions: [
		{ criterionId: 'age-demandeur', range: { min: 65 } },
		{ label: 'Vivre seul', proof: 'Attestation sur l’honneur', negated: true },
	],
};

const cases: { name: string; aids: DossierAid[]; expected: string[] }[] = [
	{
		name: 'an age range and an « ou » group',
		aids: [youth],
		expected: [
			'de 18 à 25 ans',
			'au moins l’une des conditions suivantes : demandeur d’emploi inscrit à France Travail ou bénéficiaire du RSA',
		],
	},
	{
		name: 'a « ne pas » condition',
		aids: [withoutC2s],
		expected: ['ne pas être bénéficiaire de la complémentaire santé solidaire (C2S)'],
	},
	{
		name: 'a QF scale of three tranches',
		aids: [meals],
		expected: [
			'tranche 1 (tarif A) : jusqu’à 400 €',
			'tranche 2 (tarif B) : de plus de 400 € à 800 €',
			'tranche 3 (tarif C) : plus de 800 €',
		],
	},
	{
		name: 'all of them, with a negated condition of the CCAS and an open range',
		aids: [youth, withoutC2s, meals, seniors],
		expected: ['65 ans ou plus', 'ne pas remplir la condition « vivre seul »'],
	},
];

describe('each aid’s conditions read the same in every document', () => {
	it.each(cases)('$name', ({ aids, expected }) => {
		const parsed = dossierSchema.safeParse({ ...exampleDossier(), aids });
		if (!parsed.success) throw new Error(parsed.error.message);
		const dossier = parsed.data;
		const prepared = preparePack({ dossier, catalogue, templates });
		if (!prepared.ok) throw new Error(prepared.problems.join('\n'));
		const doc = (id: string) => {
			const part = prepared.parts.find((p) => p.kind === 'doc' && p.id === id);
			if (part?.kind !== 'doc') throw new Error(`${id} absent du dossier`);
			return flat(plainText(part.doc));
		};
		const projet = buildDeliberation(buildDocumentContext(dossier, catalogue, templates), {
			projet: true,
		});
		if (!projet.ok) throw new Error(JSON.stringify(projet.problems));
		const texts = {
			délibération: doc('deliberation'),
			projet: flat(plainText(projet.doc)),
			'texte DataPass': flat(prepared.fields.map((f) => f.value).join('\n')),
			'fiche DataPass': doc('fiche-datapass'),
			matrice: doc('matrice'),
			registre: doc('registre'),
		};
		for (const aid of aids) {
			const sentence = flat(
				conditionsSentence(aid, (c) => (c.criterionId ? criteria.get(c.criterionId) : undefined)),
			);
			for (const [name, text] of Object.entries(texts))
				expect(text, `${name} : ${aid.label}`).toContain(sentence);
		}
		for (const part of expected)
			for (const [name, text] of Object.entries(texts))
				expect(text, `${name} : « ${part} »`).toContain(part);
	});
});
