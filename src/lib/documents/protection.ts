/**
 * The one source of what the data-protection documents state: recipients, access profiles,
 * retention, special-category data (GDPR art. 9), data that can be false negatives, how the API is
 * called, processors, the tax year and the fallback rule for a missing quotient familial. Every
 * document (deliberation, poster, registre, AIPD, DataPass sheet, mentions, public list) reads these
 * functions, so that they cannot contradict each other.
 */
import type { Catalogue } from '../catalogue/types';
import type { MinimisationResult, NeededData } from '../minimise';
import type { Dossier } from '../schema/dossier';
import type { DataProtection, fallbackMethods } from '../schema/dpo';
import { effectiveDelegation } from './decision';
import { frenchList, legalAuthorities, lowerFirst, softwareName } from './labels';

/** The context parts these functions read (a partial dossier gives empty lists). */
export interface ProtectionContext {
	dossier: Dossier;
	catalogue: Pick<Catalogue, 'data' | 'editors'>;
	result: MinimisationResult;
}

/** Who decides on the aide sociale légale the CCAS instructs, when the dossier does not say. */
export const DEFAULT_LEGAL_AID_AUTHORITY =
	'L’autorité qui statue sur les demandes d’aide sociale légale transmises par le centre (président du conseil départemental ou préfet, selon l’aide)';

/** One access profile: who, and what they may see or do. */
export interface AccessProfile {
	who: string;
	access: string;
}

/** The data some condition needs (the rest is over-collection, never stated as processed). */
export function justifiedData(ctx: Pick<ProtectionContext, 'result'>): NeededData[] {
	return ctx.result.data.filter((item) => item.reasons.length > 0);
}

/** True when an aid of the dossier is an aide sociale légale (the CCAS instructs and forwards). */
export function hasLegalAid(dossier: Pick<Dossier, 'aids'>): boolean {
	return (dossier.aids ?? []).some((aid) => aid.nature === 'légale');
}

/** The authority deciding on legal aid, when the dossier has a legal aid. */
export function legalAidAuthority(dossier: Pick<Dossier, 'aids' | 'dataProtection'>) {
	if (!hasLegalAid(dossier)) return undefined;
	if (dossier.dataProtection?.legalAidAuthority) return dossier.dataProtection.legalAidAuthority;
	// Each legal aid names the authority its file is forwarded to (CASF R. 123-5).
	const named = legalAuthorities(dossier.aids ?? []);
	return named.length > 0
		? `${frenchList(named)}, qui statue sur les demandes d’aide sociale légale transmises par le centre`
		: DEFAULT_LEGAL_AID_AUTHORITY;
}

/**
 * The people who decide on a facultative aid and therefore see, in the file submitted to them, the
 * data it needs: the board, the commission permanente, the president or a vice-président holding a
 * delegation. Each is stated once, in the dossier's words when the dossier already names it.
 */
const deciderRecipients = [
	{
		id: 'conseil',
		text: 'Membres du conseil d’administration',
		named: /membres du conseil|administrateurs/,
	},
	{
		id: 'commission-permanente',
		text: 'Membres de la commission permanente',
		named: /commission permanente/,
	},
	{
		id: 'president',
		text: 'Président du conseil d’administration',
		named: /(?<!vice-)president/,
	},
	{
		id: 'vice-president',
		text: 'Vice-président du conseil d’administration',
		named: /vice-president(?! delegue)/,
	},
	{
		id: 'vice-president-delegue',
		text: 'Vice-président délégué du conseil d’administration',
		named: /vice-president delegue/,
	},
] as const;

/** Lower case without accents or typographic apostrophes, for « does the dossier already say it ». */
function comparableText(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLocaleLowerCase('fr');
}

/** The deciders of the facultative aids the dossier's own recipients do not already name. */
function decidersNotNamed(dossier: Pick<Dossier, 'aids' | 'processing'>): string[] {
	const deciders = new Set<string>();
	for (const aid of dossier.aids ?? []) {
		if (aid.nature !== 'facultative') continue;
		deciders.add(aid.decidedBy);
		const delegation = effectiveDelegation(aid);
		if (delegation) deciders.add(delegation.to);
	}
	const typed = (dossier.processing?.recipients ?? []).map(comparableText);
	return deciderRecipients
		.filter(({ id, named }) => deciders.has(id) && !typed.some((text) => named.test(text)))
		.map(({ text }) => text);
}

/**
 * Every recipient of the data: the dossier's recipients, the deciders of the facultative aids it
 * does not name, then the legal-aid deciding authority.
 */
export function recipientsOf(ctx: Pick<ProtectionContext, 'dossier'>): string[] {
	const authority = legalAidAuthority(ctx.dossier);
	return [...centreRecipients(ctx.dossier), ...(authority ? [authority] : [])];
}

/** The recipients inside the centre and its board: the dossier's own list, then the deciders it omits. */
function centreRecipients(dossier: Pick<Dossier, 'aids' | 'processing'>): string[] {
	return [...(dossier.processing?.recipients ?? []), ...decidersNotNamed(dossier)];
}

/** The special-category data (GDPR art. 9) some condition needs: health or disability. */
export function specialCategoryData(ctx: Pick<ProtectionContext, 'result'>): NeededData[] {
	return justifiedData(ctx).filter((item) => item.specialCategory);
}

/** The benefit statuses for which « dossier absent » can be returned for a real beneficiary. */
export function falseNegativeData(ctx: Pick<ProtectionContext, 'result' | 'catalogue'>) {
	const flagged = new Set(ctx.catalogue.data.filter((d) => d.falseNegatives).map((d) => d.id));
	return justifiedData(ctx).filter((item) => flagged.has(item.id));
}

/**
 * Who sees what: each authorised agent queries the API for the files they instruct; the recipients
 * receive only what their decision or mission needs, in the file submitted to them (one line for all
 * of them: a recipient who is also an authorised agent must not read « n’interroge pas l’API »);
 * the legal-aid authority receives the file the centre forwards.
 */
export function accessProfiles(ctx: ProtectionContext): AccessProfile[] {
	const special = specialCategoryData(ctx);
	const restricted =
		special.length === 0
			? ''
			: ` ; les données de santé ou de handicap (${frenchList(special.map((item) => lowerFirst(item.label)))}) ne sont consultées que pour l’aide qui en dépend`;
	const agents = (ctx.dossier.processing?.authorisedAgents ?? []).map((agent) => ({
		who: `${agent.role} (${agent.count} ${agent.count > 1 ? 'agents' : 'agent'})`,
		access: `interroge l’API et consulte les données des seuls dossiers qu’il instruit${restricted}`,
	}));
	const authority = legalAidAuthority(ctx.dossier);
	const others = centreRecipients(ctx.dossier);
	return [
		...agents,
		...(others.length > 0
			? [
					{
						who: `Destinataires (${frenchList(others.map(lowerFirst))})`,
						access:
							'chacun reçoit, dans le dossier qui lui est soumis, les seules informations nécessaires à sa décision ou à sa mission ; seuls les agents habilités interrogent l’API',
					},
				]
			: []),
		...(authority
			? [
					{
						who: authority,
						access:
							'reçoit le dossier d’aide sociale légale que le centre instruit et lui transmet avec son avis ; n’interroge pas l’API',
					},
				]
			: []),
	];
}

/** « Travailleur social instructeur (4 agents) : interroge l’API… », one line per profile. */
export function profileLines(ctx: ProtectionContext): string[] {
	return accessProfiles(ctx).map((profile) => `${profile.who} : ${profile.access}`);
}

/** The retention, in months, and the sentence every document writes. */
export function retentionOf(ctx: Pick<ProtectionContext, 'dossier'>) {
	const months = ctx.dossier.processing?.retentionMonths;
	return {
		months,
		text:
			months === undefined
				? ''
				: `${months} mois après la clôture du dossier, puis destruction ; traces des appels à l’API : 36 mois`,
	};
}

/** How the CCAS calls the API; undefined when it has no software and has not chosen yet. */
export function apiAccessOf(
	dossier: Pick<Dossier, 'ccas' | 'dataProtection'>,
): DataProtection['apiAccess'] {
	return dossier.dataProtection?.apiAccess ?? (dossier.ccas?.software ? 'editeur' : undefined);
}

/** What stops the DataPass request when the CCAS has no software and has not said how it calls the API. */
export const NO_ACCESS_PATH_MESSAGE =
	'L’API ne s’appelle que de serveur à serveur, jamais depuis un navigateur : sans logiciel, dites comment le centre l’appellera (un éditeur, son service informatique ou son prestataire, ou l’habilitation « API Particulier via Démarche numérique » s’il reçoit les demandes en ligne sur cette plateforme).';

/** The processors (GDPR art. 28) the dossier implies: the software editor, when there is one. */
export function processorsOf(ctx: Pick<ProtectionContext, 'dossier' | 'catalogue'>): string[] {
	const access = apiAccessOf(ctx.dossier);
	const software = softwareName(ctx.dossier, ctx.catalogue);
	if (access === 'editeur' && software !== '')
		return [
			`Éditeur du logiciel ${software} : appelle l’API pour le centre, héberge ou maintient le logiciel, sur instruction écrite du centre`,
		];
	if (access === 'informatique')
		return [
			'Service informatique ou prestataire qui raccorde le centre à l’API : agit sur instruction écrite du centre',
		];
	if (access === 'demarche-numerique')
		return [
			'Plateforme Démarche numérique : reçoit les demandes en ligne des familles et appelle l’API pour le centre',
		];
	return [];
}

/** The tax year scope and the rule behind it (the default when the dossier does not choose). */
export function taxYearOf(dossier: Pick<Dossier, 'dataProtection'>) {
	const chosen = dossier.dataProtection?.taxYear;
	const scope = chosen ?? 'dgfip_annee_n_moins_2_si_indispo_n_moins_1';
	const text = {
		dgfip_annee_n_moins_1: 'la dernière année de revenus déclarée',
		dgfip_annee_n_moins_2: 'l’avant-dernière année de revenus déclarée',
		dgfip_annee_n_moins_2_si_indispo_n_moins_1:
			'la dernière année de revenus déclarée, ou l’avant-dernière tant que la dernière n’est pas disponible',
	}[scope];
	return { scope, text, chosen: chosen !== undefined };
}

/** The default formula the board adopts when it computes a quotient from the avis d'imposition. */
export const DEFAULT_QF_FORMULA =
	'revenu fiscal de référence de l’avis d’imposition le plus récent, divisé par douze, puis par le nombre de parts fiscales inscrit sur le même avis';

/** The rule for families without a usable quotient familial, as the documents state it. */
export function fallbackRuleOf(dossier: Pick<Dossier, 'dataProtection'>) {
	const fallback = dossier.dataProtection?.fallback;
	const method = fallback?.method ?? 'formule';
	const text: Record<(typeof fallbackMethods)[number], string> = {
		formule: `le centre calcule un quotient à partir de l’avis d’imposition et de la composition du foyer selon la formule suivante, adoptée par le conseil : ${fallback?.formula ?? DEFAULT_QF_FORMULA}`,
		'simulateur-caf':
			'le centre retient le quotient que donne le simulateur de la CAF, renseigné avec la famille à partir de ses justificatifs de ressources et de la composition du foyer',
		'tranche-haute':
			'la famille qui ne veut pas présenter ses justificatifs peut demander à être placée dans la tranche la plus haute du barème ; sinon, elle présente son avis d’imposition et le centre applique le barème',
	};
	return { method, text: text[method], chosen: fallback !== undefined };
}

/** The families the fallback rule serves, in the order the procedure lists them. */
export const familiesWithoutQuotient = [
	'familles relevant de la MSA que l’API ne couvre pas encore',
	'familles suivies par une autre CAF dont le quotient n’est pas renvoyé',
	'familles sans dossier à la CAF ni à la MSA',
] as const;

/** The real source of each datum: API Particulier, API Impôt particulier, the family itself. */
export function sourceLines(ctx: Pick<ProtectionContext, 'result'>): string[] {
	const data = justifiedData(ctx);
	const byApi = (api: NeededData['api']) => data.filter((item) => item.api === api);
	const particulier = byApi('api-particulier');
	const impot = byApi('api-impot-particulier');
	const providers = (items: NeededData[]) => [...new Set(items.flatMap((item) => item.providers))];
	return [
		...(particulier.length > 0
			? [
					`API Particulier (direction interministérielle du numérique), qui relaie ${frenchList(providers(particulier))} : ${frenchList(particulier.map((item) => lowerFirst(item.label)))}`,
				]
			: []),
		...(impot.length > 0
			? [
					`API Impôt particulier (direction générale des finances publiques) : ${frenchList(impot.map((item) => lowerFirst(item.label)))}`,
				]
			: []),
		'La famille elle-même : sa demande, son identité et celle des personnes de son foyer, et les justificatifs qu’elle apporte quand l’API ne répond pas ou qu’elle le préfère',
	];
}

/** The identities the agent types in to query the API (the persons searched). */
export function typedIdentities(ctx: Pick<ProtectionContext, 'result'>): string[] {
	const data = justifiedData(ctx);
	const lines: string[] = [];
	if (data.some((item) => item.identityPivot))
		lines.push(
			'Identité de la personne recherchée, saisie par l’agent (l’allocataire, et selon les aides l’enfant, l’élève ou l’étudiant concerné) : nom de naissance, prénoms, sexe, date de naissance, pays et commune de naissance',
		);
	for (const item of data.filter((entry) => !entry.identityPivot))
		lines.push(`Pour « ${item.label} » : ${lowerFirst(item.identification)}`);
	return [...new Set(lines)];
}
