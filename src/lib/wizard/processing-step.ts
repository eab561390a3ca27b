/**
 * Step 4, « Conservation, destinataires, information des usagers »: the `processing` section and
 * the DPO's `dataProtection` part (src/lib/wizard/protection-fields.ts), validated together.
 * Fields: `retentionMonths`, `retentionJustification`, `recipients` (one per line),
 * `authorisedAgents.<n>.role` and `.count` (repeated rows), `information` (checkbox group), then
 * the DPO's fields.
 */
import { processing, type Dossier, type Processing } from '../schema/dossier';
import { z } from '../schema/zod-fr';
import {
	protectionSchema,
	readProtection,
	writeProtection,
	type ProtectionPart,
} from './protection-fields';
import { stepTitle } from '../steps';
import type { FormStep, FormValues, IssuePath } from './types';
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

/** What the step validates: the processing section, and the DPO's answers when there are any. */
export const processingSection = z.object({ processing, dataProtection: protectionSchema });

/** The step's section. */
export interface ProcessingSection {
	processing: Processing;
	dataProtection?: ProtectionPart | undefined;
}

function readProcessing(values: FormValues) {
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
}

function writeProcessing(section: Processing): FormValues {
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
}

/** The field of an issue of the `processing` section. */
function processingField(path: IssuePath, values: FormValues): string {
	const [head, index, leaf] = path;
	if (head === 'recipients' || head === 'information') return head;
	if (head === 'authorisedAgents') {
		const key = typeof index === 'number' ? agentKeys(values)[index] : undefined;
		if (key === undefined) return 'authorisedAgents';
		return `authorisedAgents.${key}.${leaf === 'count' ? 'count' : 'role'}`;
	}
	return dottedName(path);
}

/** The field of an issue of the `dataProtection` part (a group's issue goes to its first field). */
function protectionField([head, leaf]: IssuePath): string {
	if (head === 'fallback') return `fallback.${leaf === 'formula' ? 'formula' : 'method'}`;
	if (head === 'taxController') return `taxController.${String(leaf ?? 'familyName')}`;
	return head === undefined ? 'apiAccess' : String(head);
}

/** The « Conservation, destinataires, information » step. */
export const processingStep: FormStep<ProcessingSection> = {
	id: 'traitement',
	title: stepTitle('traitement'),
	kind: 'form',
	schema: processingSection,
	read(values) {
		const dataProtection = readProtection(values);
		return {
			processing: readProcessing(values),
			...(dataProtection !== undefined && { dataProtection }),
		};
	},
	write(section) {
		return { ...writeProcessing(section.processing), ...writeProtection(section.dataProtection) };
	},
	pick: ({ processing: part, dataProtection }) =>
		part === undefined
			? undefined
			: { processing: part, ...(dataProtection !== undefined && { dataProtection }) },
	put(dossier, section) {
		const next: Dossier = { ...dossier, processing: section.processing };
		// No answer left: the Dossier holds no empty `dataProtection` (its defaults apply).
		if (section.dataProtection === undefined) delete next.dataProtection;
		else next.dataProtection = section.dataProtection;
		return next;
	},
	own: (path) => (path[0] === 'processing' || path[0] === 'dataProtection' ? path : undefined),
	fieldOf(path, values) {
		const [head, ...rest] = path;
		if (head === 'processing') return processingField(rest, values);
		if (head === 'dataProtection') return protectionField(rest);
		return '';
	},
	message(field, issue) {
		// The schema's count has no message of its own; zod's generic one reads like a type error.
		if (/^authorisedAgents\.[^.]+\.count$/.test(field))
			return 'Indiquez le nombre d’agents : un nombre entier de 1 à 500.';
		if (field === 'recipients' && typeof issue.path[2] === 'number')
			return `Ligne ${issue.path[2] + 1} : ${issue.message}`;
		return undefined;
	},
};
