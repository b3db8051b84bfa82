import type { DbOrTx } from '../db/client.server';
import { MutationRejected } from '../kernel/mutation-rejected';
import type { MutationContext } from '../kernel/mutation';
import type { Actor } from '../kernel/context';
import { mutationReach } from '../applications/reach';
import { applyTransition } from './transition';
import { noticeOfAnswer } from './workflow-notices';
import type { ParsedMutationArgs } from '../../src/lib/domain/mutations';
import { applicationRecords } from '../applications/applications.service';
import { attachmentRecords } from '../attachments/attachments.service';
import { workflowRepo } from './workflow.repo';

/**
 * `information.answer` (a sync mutation, so it can be written offline): the applicant's
 * answer to an open request, with files they attached to the application first. The
 * application goes back to the officer ("information provided") and the term's clock runs
 * again from the day of the answer.
 */
export function answerInformation(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'information.answer'>,
	now: number,
	context?: MutationContext
) {
	const app = applicationRecords.findForApplicant(
		db,
		args.municipalityId,
		mutationReach(actor.id, context?.applicant),
		args.applicationId
	);
	if (!app) {
		throw new MutationRejected('NOT_FOUND');
	}
	const request = workflowRepo.findRequest(db, app.municipalityId, app.id, args.requestId);
	if (!request) {
		throw new MutationRejected('NOT_FOUND');
	}
	if (request.answeredAt !== null || app.status !== 'information_requested') {
		throw new MutationRejected('STALE_STATE', [
			{ path: 'answer', message: 'information.answered' }
		]);
	}
	// Only files of this application (their own uploads) can go with the answer.
	const own = new Set(
		attachmentRecords.listForApplication(db, app.municipalityId, app.id).map((a) => a.id)
	);
	const foreign = args.attachmentIds.filter((id) => !own.has(id));
	if (foreign.length > 0) {
		throw new MutationRejected('INVALID', [{ path: 'attachmentIds', message: 'file.unknown' }]);
	}
	workflowRepo.answerRequest(db, request.id, {
		answer: args.answer,
		answerAttachmentIds: args.attachmentIds,
		answeredAt: now
	});
	const { version } = applyTransition(db, {
		app,
		action: 'provideInformation',
		actor,
		role: 'citizen',
		now
	});
	noticeOfAnswer(db, app, now);
	return { version };
}
