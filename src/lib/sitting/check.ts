/**
 * Checks a board sitting against the CASF: quorum and second convocation (R123-17), proxies and
 * notice (R123-16), vote and chair (R123-18, L123-6), secretary (R123-23). Every violation is a
 * French message naming the field and its article, and blocks generation; what the law only implies
 * (parity, at least four elected and four appointed members) is a warning.
 */
import type { Sitting } from '../schema/sitting';
import type { FieldProblem } from '../zod-issues';
import { numberToWords } from '../french';
import { nameKey } from '../rules/names';

/** The counts a deliberation states, derived from the members and the vote. */
export interface SittingCounts {
	inOffice: number;
	present: number;
	represented: number;
	absent: number;
	/** Present + represented, minus those who did not take part. */
	votants: number;
	for: number;
	against: number;
	abstentions: number;
	notVoting: number;
	/** Votes cast (suffrages exprimés): for + against; abstentions are not votes cast. */
	cast: number;
	/** Smallest number of present members for the quorum. */
	quorum: number;
	quorumReached: boolean;
	/** True when the deliberation is adopted (majority of votes cast, or the president's casting vote). */
	adopted: boolean;
	/** True when adoption needed the president's casting vote. */
	castingVoteUsed: boolean;
}

/** The result of the check: the counts, the problems that block generation, and warnings. */
export interface SittingCheck {
	counts: SittingCounts;
	problems: FieldProblem[];
	/** What the law implies without a rule of its own (parity, board size): shown, never blocking. */
	warnings: FieldProblem[];
}

/** Who chairs when the president is absent, in order (L. 123-6 and R. 123-18 after loi 3DS). */
const CHAIR_ORDER = ['président', 'vice-président', 'vice-président délégué'] as const;

/** Elected and appointed members: parity (L. 123-6) and the four association seats imply at least 4 + 4. */
function boardWarnings(members: Sitting['members']): FieldProblem[] {
	if (members.some((m) => m.role === undefined)) return [];
	const count = (role: string) => members.filter((m) => m.role === role).length;
	const elected = count('élu');
	const appointed = count('nommé');
	// A vice-président is an elected or an appointed member: either side may count them.
	const either = count('vice-président') + count('vice-président délégué');
	const warnings: FieldProblem[] = [];
	if (Math.abs(elected - appointed) > either)
		warnings.push({
			path: 'sitting.members',
			message: `Parité : ${elected} membre${elected > 1 ? 's' : ''} élu${elected > 1 ? 's' : ''} et ${appointed} nommé${appointed > 1 ? 's' : ''} (sans compter le président et les vice-présidents). Le conseil compte autant de membres élus par le conseil municipal que de membres nommés par le maire (article L. 123-6 du CASF) : vérifiez les rôles.`,
		});
	if (elected + appointed + either < 8)
		warnings.push({
			path: 'sitting.members',
			message:
				'Moins de huit membres hors président : les quatre sièges réservés aux associations parmi les membres nommés supposent au moins quatre membres nommés et autant d’élus (article L. 123-6 du CASF). Vérifiez la liste.',
		});
	return warnings;
}

// The engine's one name comparison (the deliberation's « Mme » before a holder uses it too).
const norm = nameKey;

/** Whole days between two ISO dates (b - a). */
function daysBetween(a: string, b: string): number {
	return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Applies the CASF rules to a sitting; `problems` is empty when the deliberation can be generated. */
export function checkSitting(sitting: Sitting): SittingCheck {
	const problems: FieldProblem[] = [];
	const members = sitting.members;
	const inOffice = sitting.inOffice;
	const present = members.filter((m) => m.attendance === 'présent');
	const represented = members.filter((m) => m.attendance === 'représenté');
	const absent = members.filter((m) => m.attendance === 'absent');
	const byName = new Map(members.map((m, index) => [norm(m.name), { member: m, index }]));
	const duplicated = new Set<string>();

	// Present + represented + absent must equal the members in office the minutes state.
	if (members.length !== inOffice) {
		problems.push({
			path: 'sitting.inOffice',
			message: `Les comptes ne tombent pas juste : ${present.length} présent(s) + ${represented.length} représenté(s) + ${absent.length} absent(s) = ${members.length}, alors que ${inOffice} membres sont déclarés en exercice. Complétez la liste des membres ou corrigez le nombre.`,
		});
	}

	// Names identify members in the minutes and in proxies: two members with one name would be ambiguous.
	const seen = new Set<string>();
	members.forEach((m, index) => {
		if (seen.has(norm(m.name))) {
			duplicated.add(norm(m.name));
			problems.push({
				path: `sitting.members[${index}].name`,
				message: `« ${m.name} » figure deux fois dans la liste des membres : distinguez-les (prénom, initiale), sans quoi procurations et présidence ne peuvent être vérifiées.`,
			});
		}
		seen.add(norm(m.name));
	});

	// Proxies (R123-16): written, to another administrator, who is present, one proxy at most per holder.
	const held = new Map<string, number[]>();
	members.forEach((m, index) => {
		const path = `sitting.members[${index}].proxyTo`;
		if (m.attendance !== 'représenté') {
			if (m.proxyTo)
				problems.push({
					path,
					message: `${m.name} est ${m.attendance === 'présent' ? 'présent(e)' : 'absent(e) sans procuration'} : un membre ${m.attendance === 'présent' ? 'présent ne donne pas de procuration' : 'absent sans procuration n’a pas de mandataire'}. Retirez le mandataire ou indiquez « représenté ».`,
				});
			return;
		}
		if (!m.proxyTo) {
			problems.push({
				path,
				message: `Indiquez à qui ${m.name} a donné procuration (article R. 123-16 du CASF).`,
			});
			return;
		}
		// A proxy to an ambiguous name cannot be checked: the duplicate's own message says what to do.
		if (duplicated.has(norm(m.proxyTo))) return;
		const holder = byName.get(norm(m.proxyTo));
		if (!holder) {
			problems.push({
				path,
				message: `« ${m.proxyTo} » n’est pas membre du conseil : une procuration ne peut être donnée qu’à un autre administrateur (article R. 123-16 du CASF).`,
			});
			return;
		}
		if (holder.index === index) {
			problems.push({ path, message: `${m.name} ne peut pas se donner procuration à soi-même.` });
			return;
		}
		if (holder.member.attendance !== 'présent') {
			problems.push({
				path,
				message: `${holder.member.name}, qui reçoit la procuration de ${m.name}, n’est pas présent(e) : seul un administrateur présent peut voter pour un autre.`,
			});
			return;
		}
		held.set(norm(m.proxyTo), [...(held.get(norm(m.proxyTo)) ?? []), index]);
	});
	for (const indexes of held.values()) {
		if (indexes.length > 1) {
			const holder = members[indexes[0] ?? 0]?.proxyTo ?? '';
			const givers = indexes.map((i) => members[i]?.name ?? '').join(' et ');
			problems.push({
				path: `sitting.members[${indexes[1]}].proxyTo`,
				message: `${holder} détient ${indexes.length} procurations (${givers}) : un administrateur ne peut en détenir qu’une (article R. 123-16 du CASF).`,
			});
		}
	}

	// Quorum (R123-17): the majority of members in office must attend; proxies do not count.
	const quorum = Math.floor(inOffice / 2) + 1;
	const quorumReached = present.length >= quorum;
	if (sitting.secondNotice) {
		if (!sitting.firstSittingDate)
			problems.push({
				path: 'sitting.firstSittingDate',
				message:
					'À une seconde convocation, indiquez la date de la première séance, où le quorum n’était pas atteint : la délibération la mentionne pour justifier qu’aucun quorum n’est requis (article R. 123-17 du CASF).',
			});
		else if (daysBetween(sitting.firstSittingDate, sitting.date) <= 0)
			problems.push({
				path: 'sitting.firstSittingDate',
				message:
					'La première séance, sans quorum, précède la seconde : vérifiez les deux dates (article R. 123-17 du CASF).',
			});
	}
	if (!quorumReached && !sitting.secondNotice) {
		problems.push({
			path: 'sitting.members',
			message: `Quorum non atteint : ${present.length} membre${present.length > 1 ? 's' : ''} présent${present.length > 1 ? 's' : ''} sur ${inOffice} en exercice, il en faut au moins ${quorum} (majorité des membres en exercice, article R. 123-17 du CASF). Les procurations ne comptent pas pour le quorum. Sans quorum, le conseil est convoqué à nouveau et délibère alors sans condition de quorum : cochez « seconde convocation » dans ce cas.`,
		});
	}

	// President of the sitting (L. 123-6, R. 123-18): the president, else the vice-président, else
	// the vice-président délégué, when the roles are recorded.
	const president = duplicated.has(norm(sitting.presidentOfSitting))
		? undefined
		: byName.get(norm(sitting.presidentOfSitting));
	if (!president) {
		if (!duplicated.has(norm(sitting.presidentOfSitting)))
			problems.push({
				path: 'sitting.presidentOfSitting',
				message: `Le président de séance « ${sitting.presidentOfSitting} » doit être un membre du conseil (article L. 123-6 du CASF).`,
			});
	} else if (president.member.attendance !== 'présent')
		problems.push({
			path: 'sitting.presidentOfSitting',
			message: `Le président de séance ${president.member.name} doit être présent (article R. 123-18 du CASF).`,
		});
	else {
		const first = CHAIR_ORDER.map((role) =>
			members.find((m) => m.role === role && m.attendance === 'présent'),
		).find((m) => m !== undefined);
		if (first && norm(first.name) !== norm(president.member.name))
			problems.push({
				path: 'sitting.presidentOfSitting',
				message: `${first.name} (${first.role}) est présent(e) : la séance est présidée par le président, à défaut par le vice-président, puis par le vice-président délégué (articles L. 123-6 et R. 123-18 du CASF), et non par ${president.member.name}.`,
			});
	}

	// Secretary (R. 123-23): the director usually; a member who acts as secretary must be present.
	const secretary = byName.get(norm(sitting.secretary.split(',')[0] ?? ''));
	if (secretary && secretary.member.attendance !== 'présent')
		problems.push({
			path: 'sitting.secretary',
			message: `${secretary.member.name}, secrétaire de séance, est ${secretary.member.attendance === 'représenté' ? 'représenté(e)' : 'absent(e)'} : le secrétaire est le directeur ou un membre présent (article R. 123-23 du CASF).`,
		});

	// Notice (R123-16): at least three days before the sitting.
	const noticeDays = daysBetween(sitting.noticeDate, sitting.date);
	if (noticeDays < 0)
		problems.push({
			path: 'sitting.noticeDate',
			message: 'La convocation est datée après la séance : vérifiez les deux dates.',
		});
	else if (noticeDays < 3)
		problems.push({
			path: 'sitting.noticeDate',
			message: `La convocation a été envoyée ${noticeDays === 0 ? 'le jour même' : `${numberToWords(noticeDays)} jour${noticeDays > 1 ? 's' : ''} avant`} : il faut au moins trois jours avant la séance (article R. 123-16 du CASF).`,
		});

	// Vote (R123-18): counts consistent with the voters, absolute majority of votes cast, casting vote on a tie.
	const voters = present.length + represented.length;
	let counts: Pick<SittingCounts, 'for' | 'against' | 'abstentions' | 'notVoting'>;
	let adopted = true;
	let castingVoteUsed = false;
	if (sitting.vote.kind === 'unanimité') {
		counts = { for: voters, against: 0, abstentions: 0, notVoting: 0 };
	} else {
		const v = sitting.vote;
		counts = { for: v.for, against: v.against, abstentions: v.abstentions, notVoting: v.notVoting };
		const total = v.for + v.against + v.abstentions + v.notVoting;
		if (total !== voters) {
			problems.push({
				path: 'sitting.vote.for',
				message: `Les voix ne tombent pas juste : pour (${v.for}) + contre (${v.against}) + abstentions (${v.abstentions}) + ne prenant pas part au vote (${v.notVoting}) = ${total}, alors que ${voters} membres sont présents ou représentés.`,
			});
		}
		if (v.for + v.against === 0) {
			problems.push({
				path: 'sitting.vote.for',
				message: 'Aucun suffrage exprimé : la délibération ne peut pas être adoptée.',
			});
			adopted = false;
		} else if (v.for === v.against) {
			if (!v.presidentVote)
				problems.push({
					path: 'sitting.vote.presidentVote',
					message:
						'Partage égal des voix : indiquez le vote du président, dont la voix est alors prépondérante (article R. 123-18 du CASF).',
				});
			adopted = v.presidentVote === 'pour';
			castingVoteUsed = true;
			if (v.presidentVote === 'contre')
				problems.push({
					path: 'sitting.vote.presidentVote',
					message:
						'Avec la voix prépondérante du président contre, le projet est rejeté : il n’y a pas de délibération d’approbation à rédiger.',
				});
		} else if (v.for < v.against) {
			adopted = false;
			problems.push({
				path: 'sitting.vote.against',
				message: `Le projet est rejeté (${v.for} pour, ${v.against} contre) : il n’y a pas de délibération d’approbation à rédiger.`,
			});
		}
	}

	return {
		problems,
		warnings: boardWarnings(members),
		counts: {
			inOffice,
			present: present.length,
			represented: represented.length,
			absent: absent.length,
			votants: voters - counts.notVoting,
			...counts,
			cast: counts.for + counts.against,
			quorum,
			quorumReached,
			adopted,
			castingVoteUsed,
		},
	};
}
