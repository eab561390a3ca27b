/**
 * Step 4, « Conservation, destinataires, information des usagers »: the `processing` section.
 * Fields: `retentionMonths`, `retentionJustification`, `recipients` (one per line),
 * `authorisedAgents.<n>.role` and `.count` (repeated rows), `information` (checkbox group).
 */
import { processing, type Processing } from '../schema/dossier';
import type { FormStep, FormValues } from './types';
import { dottedName, list, number, numberText, optionalText, rowKeys, text } from './values';

/** Retention proposed by default: the CNIL référentiel keeps social-aid files 2 years after closure. */
export const DEFAULT_RETENTION_MONTHS = 24;
/** Above this many months DataPass asks for a justification. */
export const RETENTION_JUSTIFY_ABOVE = 36;

/** The ways of informing users, in display order. */
export const informationChannels = ['poster', 'form', 'website'] as const;

function agentKeys(values: FormValues): string[] {
	return rowKeys(values, 'authorisedAgents.', '.role');
}

/** The « Conservation, destinataires, information » step. */
export const processingStep: FormStep<Processing> = {
	id: 'traitement',
	title: 'Conservation, destinataires, information des usagers',
	kind: 'form',
	schema: processing,
	read(values) {
		const justification = optionalText(values, 'retentionJustification');
		const channels = list(values, 'information');
		return {
			retentionMonths: number(values, 'retentionMonths'),
			...(justification !== undefined && { retentionJustification: justification }),
			recipients: text(values, 'recipients')
				.split(/\r?\n/)
				.map((line) => line.trim())
				.filter((line) => line !== ''),
			authorisedAgents: agentKeys(values).map((key) => ({
				role: text(values, `authorisedAgents.${key}.role`),
				count: number(values, `authorisedAgents.${key}.count`),
			})),
			information: Object.fromEntries(
				informationChannels.map((channel) => [channel, channels.includes(channel)]),
			),
		};
	},
	write(section) {
		const values: FormValues = {
			retentionMonths: numberText(section.retentionMonths),
			retentionJustification: section.retentionJustification ?? '',
			recipients: section.recipients.join('\n'),
			information: informationChannels.filter((channel) => section.information[channel]),
		};
		section.authorisedAgents.forEach((agent, n) => {
			values[`authorisedAgents.${n}.role`] = agent.role;
			values[`authorisedAgents.${n}.count`] = numberText(agent.count);
		});
		return values;
	},
	pick: (dossier) => dossier.processing,
	put: (dossier, section) => ({ ...dossier, processing: section }),
	own: (path) => (path[0] === 'processing' ? path.slice(1) : undefined),
	fieldOf(path, values) {
		const [head, index, leaf] = path;
		if (head === 'recipients' || head === 'information') return head;
		if (head === 'authorisedAgents') {
			const key = typeof index === 'number' ? agentKeys(values)[index] : undefined;
			if (key === undefined) return 'authorisedAgents';
			return `authorisedAgents.${key}.${leaf === 'count' ? 'count' : 'role'}`;
		}
		return dottedName(path);
	},
	message(field, issue) {
		// The schema's count has no message of its own; zod's generic one reads like a type error.
		if (/^authorisedAgents\.[^.]+\.count$/.test(field))
			return 'Indiquez le nombre d’agents : un nombre entier de 1 à 500.';
		if (field === 'recipients' && typeof issue.path[1] === 'number')
			return `Ligne ${issue.path[1] + 1} : ${issue.message}`;
		return undefined;
	},
};
