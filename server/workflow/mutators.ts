import { submit } from '../applications/applications.citizen.service';
import { attachmentRecords } from '../attachments/attachments.service';
import type { MutatorEntries } from '../kernel/mutation';
import { answerInformation } from './answer.service';
import { applicantAction } from './applicant-action.service';
import { dueOnAtSubmission, recordSubmitted } from './submitted';

/**
 * The applicant's workflow steps, as sync mutations so that they work offline. Submitting
 * is the first of them: the applications area checks and numbers the application, and the
 * workflow gives it the due day and the first event of its history.
 */
export const workflowMutators: MutatorEntries<
	'application.submit' | 'information.answer' | 'application.act'
> = {
	'application.submit': (db, actor, args, now, context) =>
		submit(db, actor, args, now, context, {
			files: (tx, app) => attachmentRecords.listForApplication(tx, app.municipalityId, app.id),
			dueOn: dueOnAtSubmission,
			recorded: recordSubmitted
		}),
	'information.answer': answerInformation,
	'application.act': applicantAction
};
