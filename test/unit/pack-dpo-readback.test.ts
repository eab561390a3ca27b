// The DPO's documents read back as a person opens them: each DOCX converted by LibreOffice and read by
// poppler, the poster's PDF read by poppler; the words that matter must survive the round trip.
import { describe, expect, it } from 'vitest';
import { readPackTemplates } from '../../src/cli/templates';
import { preparePack } from '../../src/lib/pack';
import { renderDocx } from '../../src/lib/render/docx';
import { renderPdf } from '../../src/lib/render/pdf';
import { dossier as dossierSchema } from '../../src/lib/schema/dossier';
import { exampleDossier, realCatalogue } from '../helpers/catalogue';
import { nodePdfFonts } from '../helpers/fonts';
import { hasCommand, libreOfficeToPdf, pdfText } from '../helpers/poppler';

const catalogue = realCatalogue();
const templates = readPackTemplates();
const hasTools = hasCommand('soffice') && hasCommand('pdftotext');

// C2S and RSA (art. 9, false negatives), the editor's software (processor clauses), legal aid.
const example = exampleDossier();
const dossier = dossierSchema.parse({
	...example,
	aids: [
		...example.aids!,
		{
			id: 'aide-sante',
			fromCatalogue: false,
			label: 'Aide à la complémentaire santé',
			nature: 'légale',
			conditions: [{ criterionId: 'beneficiaire-c2s' }, { criterionId: 'beneficiaire-rsa' }],
			decidedBy: 'conseil',
		},
	],
});
const prepared = preparePack({ dossier, catalogue, templates });
if (!prepared.ok) throw new Error(prepared.problems.join('\n'));

/** The document of a spec id. */
function docOf(id: string) {
	const part = prepared.ok
		? prepared.parts.find((p) => p.kind === 'doc' && p.id === id)
		: undefined;
	if (part?.kind !== 'doc') throw new Error(`Document absent : ${id}`);
	return part.doc;
}

/** Spaces, no-break spaces and line breaks collapsed. */
function flat(text: string): string {
	return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

describe.skipIf(!hasTools)('the DPO documents, opened in LibreOffice and read by poppler', () => {
	it.each([
		['mentions', ['Mention du formulaire de demande', 'article 9 du RGPD', 'dossier absent']],
		[
			'liste-publique',
			['Données échangées', '« Statut C2S »', 'Liste publique et fondement juridique'],
		],
		['agents-habilites', ['Engagement de confidentialité', 'Travailleur social instructeur']],
		['sous-traitance', ['article 28 du RGPD', 'Millésime Action Sociale', 'de serveur à serveur']],
		['aipd', ['AIPD requise', 'Accès illégitime aux données', 'Vraisemblance']],
		[
			'registre',
			[
				'Sous-traitants',
				'Profils d’accès',
				'président du conseil départemental, qui statue sur les demandes d’aide sociale légale',
			],
		],
	])('%s', { timeout: 120_000 }, async (id, expected) => {
		const converted = libreOfficeToPdf(await renderDocx(docOf(id)));
		expect(converted.status, converted.output).toBe(0);
		const text = flat(pdfText(converted.pdf!));
		for (const words of expected) expect(text).toContain(words);
	});

	it('the poster', { timeout: 60_000 }, async () => {
		const pdf = await renderPdf(docOf('affiche'), await nodePdfFonts());
		const text = flat(pdfText(pdf));
		expect(text).toContain('Dossier absent');
		expect(text).toContain(
			'président du conseil départemental, qui statue sur les demandes d’aide sociale légale',
		);
	});
});
