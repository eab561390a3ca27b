// checkSitting applies the CASF: quorum (R123-17), proxies and notice (R123-16), vote (R123-18).
import { describe, expect, it } from 'vitest';
import { sitting as sittingSchema, type Sitting } from '../../src/lib/schema/sitting';
import { checkSitting } from '../../src/lib/sitting/check';

/** A valid sitting of 9 members (quorum 5), modified by `change`. */
function make(change: (s: Sitting) => void = () => {}): Sitting {
	const base = sittingSchema.parse({
		date: '2026-11-23',
		time: '18:00',
		place: 'en mairie',
		noticeDate: '2026-11-18',
		inOffice: 9,
		members: [
			{ civility: 'Mme', name: 'Anne Alpha', attendance: 'présent' },
			{ civility: 'M.', name: 'Bruno Bravo', attendance: 'présent' },
			{ civility: 'Mme', name: 'Chloé Charlie', attendance: 'présent' },
			{ civility: 'M.', name: 'David Delta', attendance: 'présent' },
			{ civility: 'Mme', name: 'Emma Echo', attendance: 'présent' },
			{ civility: 'M.', name: 'Félix Foxtrot', attendance: 'représenté', proxyTo: 'Anne Alpha' },
			{ civility: 'Mme', name: 'Gaëlle Golf', attendance: 'représenté', proxyTo: 'Bruno Bravo' },
			{ civility: 'M.', name: 'Hugo Hotel', attendance: 'absent' },
			{ civility: 'Mme', name: 'Iris India', attendance: 'absent' },
		],
		presidentOfSitting: 'Anne Alpha',
		secretary: 'Jean Juliet',
		vote: { kind: 'unanimité' },
		number: '2026-14',
	});
	change(base);
	return base;
}

const setMember = (s: Sitting, index: number, patch: Partial<Sitting['members'][number]>) => {
	const current = s.members[index];
	if (!current) throw new Error(`no member ${index}`);
	const next = { ...current, ...patch };
	if (patch.proxyTo === undefined && 'proxyTo' in patch) delete next.proxyTo;
	s.members[index] = next;
};

describe('checkSitting', () => {
	it('accepts a regular sitting and computes the counts', () => {
		const { problems, counts } = checkSitting(make());
		expect(problems).toEqual([]);
		expect(counts).toMatchObject({
			inOffice: 9,
			present: 5,
			represented: 2,
			absent: 2,
			votants: 7,
			for: 7,
			against: 0,
			cast: 7,
			quorum: 5,
			quorumReached: true,
			adopted: true,
		});
	});

	it.each<[string, (s: Sitting) => void, string, RegExp]>([
		[
			'no quorum (proxies do not count)',
			(s) => setMember(s, 4, { attendance: 'absent' }),
			'sitting.members',
			/Quorum non atteint : 4 membres présents sur 9 en exercice, il en faut au moins 5.*procurations ne comptent pas/,
		],
		[
			'two proxies held by one member',
			(s) => setMember(s, 6, { proxyTo: 'Anne Alpha' }),
			'sitting.members[6].proxyTo',
			/Anne Alpha détient 2 procurations.*qu’une/,
		],
		[
			'a proxy given by someone present',
			(s) => setMember(s, 2, { proxyTo: 'Bruno Bravo' }),
			'sitting.members[2].proxyTo',
			/présent ne donne pas de procuration/,
		],
		[
			'a proxy to someone absent',
			(s) => setMember(s, 5, { proxyTo: 'Hugo Hotel' }),
			'sitting.members[5].proxyTo',
			/Hugo Hotel.*n’est pas présent/,
		],
		[
			'a proxy to a non-member',
			(s) => setMember(s, 5, { proxyTo: 'Zoé Zulu' }),
			'sitting.members[5].proxyTo',
			/n’est pas membre du conseil/,
		],
		[
			'a represented member without holder',
			(s) => setMember(s, 5, { proxyTo: undefined }),
			'sitting.members[5].proxyTo',
			/Indiquez à qui Félix Foxtrot a donné procuration/,
		],
		[
			'counts that do not add up',
			(s) => (s.inOffice = 10),
			'sitting.inOffice',
			/5 présent\(s\) \+ 2 représenté\(s\) \+ 2 absent\(s\) = 9, alors que 10/,
		],
		[
			'vote counts inconsistent with votants',
			(s) => (s.vote = { kind: 'scrutin', for: 4, against: 1, abstentions: 1, notVoting: 0 }),
			'sitting.vote.for',
			/= 6, alors que 7 membres sont présents ou représentés/,
		],
		[
			'a tie without the casting vote',
			(s) => (s.vote = { kind: 'scrutin', for: 3, against: 3, abstentions: 1, notVoting: 0 }),
			'sitting.vote.presidentVote',
			/voix est alors prépondérante/,
		],
		[
			'a rejected project',
			(s) => (s.vote = { kind: 'scrutin', for: 2, against: 4, abstentions: 1, notVoting: 0 }),
			'sitting.vote.against',
			/rejeté/,
		],
		[
			'notice less than three days before',
			(s) => (s.noticeDate = '2026-11-21'),
			'sitting.noticeDate',
			/deux jours avant : il faut au moins trois jours/,
		],
		[
			'notice after the sitting',
			(s) => (s.noticeDate = '2026-11-24'),
			'sitting.noticeDate',
			/après la séance/,
		],
		[
			'an absent president of the sitting',
			(s) => (s.presidentOfSitting = 'Hugo Hotel'),
			'sitting.presidentOfSitting',
			/doit être présent/,
		],
	])('%s', (_name, change, path, message) => {
		const { problems } = checkSitting(make(change));
		expect(problems).toContainEqual({ path, message: expect.stringMatching(message) });
	});

	it('a tie broken by the president’s casting vote is adopted', () => {
		const { problems, counts } = checkSitting(
			make(
				(s) =>
					(s.vote = {
						kind: 'scrutin',
						for: 3,
						against: 3,
						abstentions: 1,
						notVoting: 0,
						presidentVote: 'pour',
					}),
			),
		);
		expect(problems).toEqual([]);
		expect(counts).toMatchObject({ adopted: true, castingVoteUsed: true, cast: 6, abstentions: 1 });
	});

	it('abstentions and members not voting are not votes cast', () => {
		const { problems, counts } = checkSitting(
			make((s) => (s.vote = { kind: 'scrutin', for: 3, against: 2, abstentions: 1, notVoting: 1 })),
		);
		expect(problems).toEqual([]);
		expect(counts).toMatchObject({ votants: 6, cast: 5, adopted: true });
	});

	it('second notice: the board deliberates without quorum', () => {
		const thin = make((s) => {
			for (const i of [2, 3, 4]) setMember(s, i, { attendance: 'absent' });
			s.secondNotice = true;
			s.firstSittingDate = '2026-11-16';
			s.vote = { kind: 'scrutin', for: 4, against: 0, abstentions: 0, notVoting: 0 };
		});
		const { problems, counts } = checkSitting(thin);
		expect(problems).toEqual([]);
		expect(counts.quorumReached).toBe(false);
		thin.secondNotice = false;
		expect(checkSitting(thin).problems.map((p) => p.path)).toContain('sitting.members');
	});

	it('notice exactly three days before is enough', () => {
		expect(checkSitting(make((s) => (s.noticeDate = '2026-11-20'))).problems).toEqual([]);
	});
});
