import { toApplicationView } from '../applications/applications.rules';
import { withGrantor } from '../applications/on-behalf';
import { reachTag, sessionReach, type Reach } from '../applications/reach';
import { toConflictView } from '../applications/conflicts.service';
import type { DbOrTx } from '../db/client.server';
import { decisionView } from '../decisions/decision.service';
import { applicantFacts } from '../identity/applicant-facts';
import { inspectionPatch } from '../inspections/inspection-pull';
import { createSyncRouter } from '../sync/sync.router';
import type { PullSource } from '../sync/sync.service';
import { mutators } from './mutators';
import {
	applicationRecords,
	type ApplicationRow,
	conflictRecords
} from '../applications/applications.service';
import { workflowRecords } from '../workflow/workflow.service';

/** The applicant's view of an application, with the officers' requests for more. */
function withRequests(db: DbOrTx, row: ApplicationRow) {
	const view = toApplicationView(row);
	if (row.status === 'draft') {
		return view;
	}
	const requests = workflowRecords.requests(db, row.municipalityId, row.id).map((r) => ({
		id: r.id,
		question: r.question,
		requestedAt: r.requestedAt,
		answer: r.answer,
		answerAttachmentIds: r.answerAttachmentIds,
		answeredAt: r.answeredAt
	}));
	const decision = decisionView(db, row.municipalityId, row.id);
	return {
		...view,
		...(requests.length > 0 ? { requests } : {}),
		...(decision ? { decision } : {})
	};
}

/** What a person pulls: the applications in their reach, their conflicts, their tasks. */
function pullSource(personId: string, reach: Reach): PullSource {
	return {
		// The reach is part of the epoch: pulling under another one starts the device afresh.
		epochTag: reachTag(reach),
		records: (tx, since, limit) =>
			applicationRecords.changedForApplicant(tx, reach, since, limit).map((row) => ({
				serverSeq: row.serverSeq,
				entry: {
					op: 'put',
					entity: 'application',
					id: row.id,
					version: row.version,
					data: withRequests(tx, row)
				}
			})),
		conflicts: (tx, since, seq) =>
			conflictRecords
				.changedForApplicant(tx, reach, since)
				.filter((c) => c.serverSeq <= seq)
				.map(toConflictView),
		inspections: (tx, since, seq) => inspectionPatch(tx, personId, since, seq)
	};
}

/** The sync router, given the areas' mutators and what a pull reads. */
export const syncRouter = createSyncRouter({
	mutators,
	applicantFor: (ctx) =>
		withGrantor(
			ctx.db,
			applicantFacts(ctx.session?.actingFor ?? null),
			ctx.session?.actingFor ?? null,
			ctx.now()
		),
	pullSourceFor: (ctx) =>
		pullSource(ctx.person.id, sessionReach(ctx.db, ctx.person.id, ctx.session?.actingFor ?? null))
});
