/** Findings of the minimisation: each with a severity and a sentence a DPO can act on. */
import type { Finding, NeededData, MinimisationResult } from './types';
import { findingKinds } from './types';

const severityRank = { erreur: 0, avertissement: 1, info: 2 } as const;

/** Sorts findings deterministically: severity, kind, then data, aid and condition. */
export function sortFindings(findings: Finding[]): Finding[] {
	return [...findings].sort(
		(a, b) =>
			severityRank[a.severity] - severityRank[b.severity] ||
			findingKinds.indexOf(a.kind) - findingKinds.indexOf(b.kind) ||
			(a.dataId ?? '').localeCompare(b.dataId ?? '') ||
			(a.aidId ?? '').localeCompare(b.aidId ?? '') ||
			(a.conditionIndex ?? -1) - (b.conditionIndex ?? -1),
	);
}

/** Findings about the needed data themselves (over-collection, DGFiP, coverage, sensitivity, identity). */
export function dataFindings(data: NeededData[]): Finding[] {
	const findings: Finding[] = [];
	for (const item of data) {
		if (item.reasons.length === 0) {
			findings.push({
				kind: 'sur-collecte',
				severity: 'erreur',
				title: `Donnée sans condition : ${item.label}`,
				message: `« ${item.label} » est demandée sans qu’aucune condition d’aide ne la justifie. Retirez-la de la demande, ou ajoutez à une aide la condition qui en a besoin : DataPass refuse les données qui ne servent à aucune condition, et le RGPD (article 5) impose de limiter la collecte au nécessaire.`,
				dataId: item.id,
				articleId: 'rgpd-5',
			});
		}
		if (item.apiClass === 'injustifiée') {
			findings.push({
				kind: 'donnee-injustifiee',
				severity: 'erreur',
				title: `Donnée classée injustifiée : ${item.label}`,
				message: `L’équipe de l’API Particulier classe « ${item.label} » parmi les données injustifiées pour les CCAS : elle ne peut pas être demandée.`,
				dataId: item.id,
			});
		}
		if (item.specialCategory) {
			findings.push({
				kind: 'donnee-sensible',
				severity: 'avertissement',
				title: `Donnée sensible : ${item.label}`,
				message: `« ${item.label} » révèle une information de santé ou de handicap (article 9 du RGPD). Réservez-la aux agents qui instruisent l’aide concernée, tracez les consultations et mentionnez-la dans l’analyse d’impact.`,
				dataId: item.id,
				articleId: 'rgpd-9',
			});
		}
		if (item.notCovered.length > 0 && item.reasons.length > 0) {
			findings.push({
				kind: 'familles-non-couvertes',
				severity: 'avertissement',
				title: `Familles non couvertes : ${item.label}`,
				message: `L’API ne renvoie pas « ${item.label} » dans tous les cas : ${item.notCovered.map((line) => line.replace(/[.\s]+$/, '')).join(' ; ')}. Prévoyez la voie papier pour ces familles : elles fournissent le justificatif elles-mêmes, sans perdre leur droit à l’aide.`,
				dataId: item.id,
				articleId: 'crpa-l114-10',
			});
		}
	}
	const tax = data.filter((item) => item.api === 'api-impot-particulier');
	if (tax.length > 0) {
		findings.push({
			kind: 'habilitation-dgfip',
			severity: 'avertissement',
			title: 'Données fiscales : une demande séparée auprès de la DGFiP',
			message: `${tax.map((item) => `« ${item.label} »`).join(', ')} ${tax.length > 1 ? 'proviennent' : 'provient'} de l’API Impôt particulier, et non de l’API Particulier : il faut une seconde demande d’habilitation sur DataPass (bac à sable puis production, avec homologation de sécurité).`,
		});
	}
	const pivot = data.filter((item) => item.identityPivot && item.reasons.length > 0);
	if (pivot.length > 0) {
		findings.push({
			kind: 'identite-complete',
			severity: 'info',
			title: 'Identification des familles par leur état civil complet',
			message: `Pour ${pivot.map((item) => `« ${item.label} »`).join(', ')}, l’agent doit saisir le nom de naissance, les prénoms, le sexe, la date et le lieu de naissance de l’allocataire. Prévoyez ces champs dans le formulaire de demande d’aide : c’est ce surcroît d’informations qui a conduit certaines communes à renoncer à l’API.`,
		});
	}
	return findings;
}

/** A finding for each condition that no API covers, pointing to the manual proof (CRPA L114-10). */
export function manualFindings(manual: MinimisationResult['manualConditions']): Finding[] {
	return manual.map((condition) => ({
		kind: 'preuve-manuelle' as const,
		severity: 'info' as const,
		title: `Justificatif à demander : ${condition.label}`,
		message: `Aucune API ne couvre la condition « ${condition.label} » de l’aide « ${condition.aidLabel} ». La famille fournit : ${condition.proof}.`,
		aidId: condition.aidId,
		conditionIndex: condition.conditionIndex,
		articleId: 'crpa-l114-10',
	}));
}
