/**
 * Checks a board sitting against the CASF: quorum (R123-17), proxies and notice (R123-16), vote
 * (R123-18). Every violation is a French message naming the field, and blocks generation.
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

/** The result of the check: the counts, and the problems that block generation. */
export interface SittingCheck {
	counts: SittingCounts;
	problems: FieldProblem[];
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
		if (seen.has(norm(m.name)))
			problems.push({
				path: `sitting.members[${index}].name`,
				message: `« ${m.name} » figure deux fois dans la liste des membres : distinguez-les (prénom, initiale).`,
			});
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
	if (!quorumReached && !sitting.secondNotice) {
		problems.push({
			path: 'sitting.members',
			message: `Quorum non atteint : ${present.length} membre${present.length > 1 ? 's' : ''} présent${present.length > 1 ? 's' : ''} sur ${inOffice} en exercice, il en faut au moins ${quorum} (majorité des membres en exercice, article R. 123-17 du CASF). Les procurations ne comptent pas pour le quorum. Sans quorum, le conseil est convoqué à nouveau et délibère alors sans condition de quorum : cochez « seconde convocation » dans ce cas.`,
		});
	}

	// President of the sitting and secretary.
	const president = byName.get(norm(sitting.presidentOfSitting));
	if (!president)
		problems.push({
			path: 'sitting.presidentOfSitting',
			message: `Le président de séance « ${sitting.presidentOfSitting} » doit être un membre du conseil.`,
		});
	else if (president.member.attendance !== 'présent')
		problems.push({
			path: 'sitting.presidentOfSitting',
			message: `Le président de séance ${president.member.name} doit être présent.`,
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
