/**
 * Settings of whoever publishes the site (operator name, contact address, source repository): read
 * once at build time from `operator.json`, each value overridable by an environment variable. A
 * setting left empty is absent: pages omit the way it would offer and say so, never show a
 * made-up address.
 */
import { z } from '../schema/zod-fr';

/** Environment variables that override `operator.json`, by setting. */
export const operatorEnv = {
	operatorName: 'HC_OPERATOR_NAME',
	contactEmail: 'HC_CONTACT_EMAIL',
	repositoryUrl: 'HC_REPOSITORY_URL',
	repositoryBranch: 'HC_REPOSITORY_BRANCH',
} as const;

const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max)));

/** The settings as written in `operator.json` (empty strings stand for « not configured »). */
export const operatorFile = z.object({
	/** Name of the organisation that publishes this deployment. */
	operatorName: optionalText(150),
	/** Address that receives questions, accessibility requests and editor entries. */
	contactEmail: z.optional(
		z.string().check(
			z.trim(),
			z.refine((value) => value === '' || z.email().safeParse(value).success, {
				message:
					'contactEmail : adresse électronique invalide (ex. contact@exemple.fr), ou laissez vide.',
			}),
		),
	),
	/** Web address of the source repository (https), where editor entries are proposed. */
	repositoryUrl: z.optional(
		z.string().check(
			z.trim(),
			z.refine((value) => value === '' || /^https:\/\/[^\s/]+\/[^\s?#]+$/.test(value), {
				message:
					'repositoryUrl : adresse https du dépôt attendue (ex. https://github.com/organisme/habilitation-ccas), ou laissez vide.',
			}),
		),
	),
	/** Branch that new files are proposed against. */
	repositoryBranch: optionalText(100),
});

/** The operator settings: each one a value, or undefined when it is not configured. */
export interface OperatorSettings {
	/** Name of the publishing organisation. */
	operatorName: string | undefined;
	/** Contact address. */
	contactEmail: string | undefined;
	/** Repository web address, without a trailing slash. */
	repositoryUrl: string | undefined;
	/** Branch for proposed files (« main » by default). */
	repositoryBranch: string;
}

/** The first problem of a settings file, in French and naming the setting; undefined when valid. */
export type OperatorResult =
	{ ok: true; settings: OperatorSettings } | { ok: false; message: string };

const filled = (value: string | undefined) =>
	value && value.trim() !== '' ? value.trim() : undefined;

/** Merges the file and the environment (the environment wins when set) and validates them. */
export function operatorSettings(
	file: unknown,
	env: Record<string, string | undefined> = {},
): OperatorResult {
	const base = typeof file === 'object' && file !== null ? { ...file } : {};
	const merged: Record<string, unknown> = base;
	for (const [key, variable] of Object.entries(operatorEnv)) {
		const value = env[variable];
		if (value !== undefined && value.trim() !== '') merged[key] = value;
	}
	const parsed = operatorFile.safeParse(merged);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const key = String(issue?.path[0] ?? '');
		const message = issue?.message ?? '';
		return {
			ok: false,
			message: `operator.json : ${message.startsWith(key) ? message : `${key} : ${message}`}`,
		};
	}
	const data = parsed.data;
	return {
		ok: true,
		settings: {
			operatorName: filled(data.operatorName),
			contactEmail: filled(data.contactEmail),
			repositoryUrl: filled(data.repositoryUrl)
				?.replace(/\/+$/, '')
				.replace(/\.git$/, ''),
			repositoryBranch: filled(data.repositoryBranch) ?? 'main',
		},
	};
}

/** Folder of the repository where editor entries live. */
export const EDITORS_FOLDER = 'content/editors';

/**
 * A link that opens the forge's « new file » page with the entry's name and text filled in, when
 * the forge is known to accept them (GitHub's `new/<branch>/<folder>?filename=…&value=…`);
 * undefined otherwise.
 */
export function newFileHref(
	settings: Pick<OperatorSettings, 'repositoryUrl' | 'repositoryBranch'>,
	fileName: string,
	text: string,
): string | undefined {
	const repository = settings.repositoryUrl;
	if (!repository || !/^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(repository)) return undefined;
	const branch = settings.repositoryBranch.split('/').map(encodeURIComponent).join('/');
	const query = new URLSearchParams({ filename: fileName, value: text });
	return `${repository}/new/${branch}/${EDITORS_FOLDER}?${query.toString()}`;
}
