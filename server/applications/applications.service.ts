import { applicationsRepo } from './applications.repo';
import { conflictsRepo } from './conflicts.repo';
import { fileSendersRepo } from './file-senders.repo';
import { queueListingRepo } from './queue-listing.repo';
import { placementInputRepo } from './placement-input.repo';

export type { ApplicationRow } from './applications.repo';

/**
 * What other areas read and write of applications: this area's public face onto its rows
 * (the queries stay in applications.repo.ts). Every read takes the tenant or the reach.
 */
export const applicationRecords = {
	findUnchecked: applicationsRepo.findUnchecked.bind(applicationsRepo),
	findSubmitted: applicationsRepo.findSubmitted.bind(applicationsRepo),
	findForApplicant: applicationsRepo.findForApplicant.bind(applicationsRepo),
	changedForApplicant: applicationsRepo.changedForApplicant.bind(applicationsRepo),
	update: applicationsRepo.update.bind(applicationsRepo),
	insertChange: applicationsRepo.insertChange.bind(applicationsRepo),
	setAssignee: applicationsRepo.setAssignee.bind(applicationsRepo),
	registrationNumbers: applicationsRepo.registrationNumbers.bind(applicationsRepo),
	noticeFacts: applicationsRepo.noticeFacts.bind(applicationsRepo)
};

/** The conflicts a person's pull carries (server/app/sync.ts). */
export const conflictRecords = {
	changedForApplicant: conflictsRepo.changedForApplicant.bind(conflictsRepo)
};

export type { QueueListingRow, QueueScope } from './queue-listing.repo';

/**
 * The officers' queue (server/queue/): one page of the applications matching a filter, and
 * their counts per status, each one query on this area's tables (queue-listing.repo.ts).
 */
export const queueListing = {
	page: queueListingRepo.page.bind(queueListingRepo),
	countsByStatus: queueListingRepo.countsByStatus.bind(queueListingRepo)
};

/**
 * The ids of the applications whose files a person sends (their own and those they made for
 * a grantor): attachments' proof of possession counts the files of these as the person's.
 */
export const fileSenderRecords = {
	applicationIdsOf: fileSendersRepo.applicationIdsOf.bind(fileSendersRepo)
};

/** The applications a placement run reads: one service's, in given states, receipt order. */
export const placementApplications = {
	inStates: placementInputRepo.inStates.bind(placementInputRepo)
};
