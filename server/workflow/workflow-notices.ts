import { getService } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import { applicationLink, publicOrigin } from '../notifications/links';
import { notify } from '../notifications/notify';
import { workflowEn, workflowLv } from '../../src/lib/i18n/workflow-messages';
import { tenantRecords } from '../tenants/tenants.service';
import { applicationRecords, type ApplicationRow } from '../applications/applications.service';

/**
 * The notices a workflow step sends, in the step's transaction (so the step and its notice
 * commit together): to the applicant when more is asked or a decision is made, to the
 * assigned officer when the applicant answers.
 */
function common(tx: DbOrTx, app: ApplicationRow) {
	const municipality = tenantRecords.findMunicipality(tx, app.municipalityId);
	const def = getService(app.service);
	return {
		municipalityName: {
			lv: municipality?.nameLv ?? app.municipalityId,
			en: municipality?.nameEn ?? app.municipalityId
		},
		serviceTitle: def?.title ?? { lv: app.service, en: app.service },
		applicationRef: app.registrationNumber ?? app.id
	};
}

export function noticeOfRequest(tx: DbOrTx, app: ApplicationRow, question: string, now: number) {
	notify(tx, {
		personId: app.applicantId,
		municipalityId: app.municipalityId,
		applicationId: app.id,
		about: applicationRecords.noticeFacts(tx, app.id),
		kind: 'information-requested',
		payload: {
			...common(tx, app),
			link: applicationLink(app.municipalityId, app.service, app.id),
			question
		},
		now
	});
}

/** To the officer working on it; an unassigned application is seen in the queue instead. */
export function noticeOfAnswer(tx: DbOrTx, app: ApplicationRow, now: number) {
	if (!app.assigneeId) {
		return;
	}
	notify(tx, {
		personId: app.assigneeId,
		municipalityId: app.municipalityId,
		applicationId: app.id,
		about: applicationRecords.noticeFacts(tx, app.id),
		kind: 'information-provided',
		payload: {
			...common(tx, app),
			link: `${publicOrigin()}/office/${encodeURIComponent(app.municipalityId)}/${encodeURIComponent(app.id)}`
		},
		now
	});
}

/** An officer's step the applicant should know of (the workflow's notifyApplicantOn). */
export function noticeOfStep(
	tx: DbOrTx,
	app: ApplicationRow,
	state: string,
	reason: string | undefined,
	now: number
) {
	const key = `state.${state}` as keyof typeof workflowLv;
	notify(tx, {
		personId: app.applicantId,
		municipalityId: app.municipalityId,
		applicationId: app.id,
		about: applicationRecords.noticeFacts(tx, app.id),
		kind: 'status-changed',
		payload: {
			...common(tx, app),
			link: applicationLink(app.municipalityId, app.service, app.id),
			state: { lv: workflowLv[key] ?? state, en: workflowEn[key] ?? state },
			...(reason ? { reason } : {})
		},
		now
	});
}

export function noticeOfDecision(
	tx: DbOrTx,
	app: ApplicationRow,
	decision: {
		outcome: 'approved' | 'refused';
		pdfLink: string;
		permitNumber?: string;
		validUntil?: string;
	},
	now: number
) {
	notify(tx, {
		personId: app.applicantId,
		municipalityId: app.municipalityId,
		applicationId: app.id,
		about: applicationRecords.noticeFacts(tx, app.id),
		kind: 'decision-made',
		payload: {
			...common(tx, app),
			link: applicationLink(app.municipalityId, app.service, app.id),
			...decision
		},
		now
	});
}
