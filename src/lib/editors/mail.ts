/** The email a submitting editor sends the maintainers: a mailto: link, so nothing leaves the browser without them. */
import type { EditorSubmission } from '../schema/editor-submission';
import { evidenceLabel } from './entry';

/** A prepared email. */
export interface PreparedMail {
	/** Subject line. */
	subject: string;
	/** Plain-text body. */
	body: string;
}

/** A mailto: link with subject and body, encoded for any mail client. */
export function mailtoHref(to: string, mail: PreparedMail): string {
	return `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}?subject=${encodeURIComponent(mail.subject)}&body=${encodeURIComponent(mail.body)}`;
}

/** The submission email: who proposes what, the evidence to check, and the entry file itself. */
export function submissionMail(
	submission: EditorSubmission,
	fileName: string,
	yaml: string,
): PreparedMail {
	return {
		subject: `Proposition d’éditeur\u202f: ${submission.solution} (${submission.name})`,
		body: [
			'Bonjour,',
			'',
			`Je propose d’ajouter la solution «\u202f${submission.solution}\u202f» de ${submission.name} à la liste des éditeurs connectés à l’API Particulier.`,
			'',
			`Preuve de connexion\u202f: ${evidenceLabel(submission.evidence)}.`,
			`Contact\u202f: ${submission.contact.name} <${submission.contact.email}>`,
			'',
			`Contenu du fichier ${fileName} à ajouter dans content/editors/\u202f:`,
			'',
			yaml.trimEnd(),
			'',
			'Cordialement,',
			submission.contact.name,
		].join('\n'),
	};
}
