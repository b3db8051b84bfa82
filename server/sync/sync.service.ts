import { TRPCError } from '@trpc/server';
import type { PullOutput, PatchEntry } from '../../src/lib/domain/application';
import type {
	MutationResult,
	PullInput,
	PushInput,
	PushOutput,
	Rejection
} from '../../src/lib/domain/sync';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { applicationsRepo } from '../applications/applications.repo';
import { toApplicationView } from '../applications/applications.rules';
import { workflowRepo } from '../workflow/workflow.repo';
import { decisionView } from '../decisions/decision.service';
import type { ApplicationRow } from '../applications/applications.repo';
import { conflictsRepo } from '../conflicts/conflicts.repo';
import { inspectionPatch } from '../inspections/inspection-pull';
import { toConflictView } from '../conflicts/conflicts.service';
import type { Db, DbOrTx } from '../db/client.server';
import type { ApplicantFacts } from '../../src/lib/services/types';
import type { Actor } from '../trpc/context';
import type { BatchMemo } from './batch-memo';
import { MutationRejected } from './mutation-rejected';
import { mutators, type MutationContext } from './mutators';
import { reachTag, type Reach } from '../applications/reach';
import { syncRepo, type MutationResultRow } from './sync.repo';

const DEFAULT_PULL_LIMIT = 500;
/** Outbox rows written by the two previous app versions are still accepted (SYNC.md §1.6). */
const OLDEST_ACCEPTED_SCHEMA = Math.max(1, SCHEMA_VERSION - 2);

function checkSchemaVersion(version: number) {
	if (version < OLDEST_ACCEPTED_SCHEMA || version > SCHEMA_VERSION) {
		throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'UNSUPPORTED_SCHEMA_VERSION' });
	}
}

function requireOwnClient(db: DbOrTx, clientId: string, actor: Actor) {
	const client = syncRepo.findClient(db, clientId);
	if (client && client.personId !== actor.id) {
		// A client id is one browser profile of one person (SYNC.md §1.1).
		throw new TRPCError({ code: 'FORBIDDEN', message: 'This client belongs to someone else' });
	}
	return client;
}

function storedResult(row: MutationResultRow): MutationResult {
	return row.status === 'applied'
		? { id: row.mutationId, status: 'applied', result: row.resultJson ?? null }
		: { id: row.mutationId, status: 'rejected', error: row.errorJson as Rejection };
}

/**
 * Applies a batch in order, exactly once per mutation id, in one IMMEDIATE transaction with
 * a savepoint per mutation: a mutation that breaks a rule is rolled back alone and stored
 * as rejected; an unexpected failure (disk, busy) aborts the batch with nothing recorded,
 * so the client retries it.
 */
export function push(
	db: Db,
	actor: Actor,
	input: PushInput,
	now: number,
	applicant: ApplicantFacts = { actingFor: null }
): PushOutput {
	checkSchemaVersion(input.schemaVersion);
	return db.transaction(
		(tx) => {
			const client = requireOwnClient(tx, input.clientId, actor);
			if (!client) {
				syncRepo.insertClient(tx, input.clientId, actor.id, now);
			}
			let lastMutationId = client?.lastMutationId ?? 0;
			const results: MutationResult[] = [];
			let outOfOrder: PushOutput['outOfOrder'];
			const memo: BatchMemo = new Map();
			for (const mutation of input.mutations) {
				if (mutation.id <= lastMutationId) {
					const stored = syncRepo.findResult(tx, input.clientId, mutation.id);
					if (stored) {
						results.push(storedResult(stored));
					}
					continue;
				}
				if (mutation.id > lastMutationId + 1) {
					outOfOrder = { expected: lastMutationId + 1 };
					break;
				}
				const result = applyOne(tx, actor, mutation, now, {
					clientId: input.clientId,
					mutationId: mutation.id,
					baseVersions: mutation.baseVersions ?? {},
					applicant,
					memo
				});
				syncRepo.insertResult(tx, {
					clientId: input.clientId,
					mutationId: mutation.id,
					status: result.status,
					resultJson: result.status === 'applied' ? result.result : null,
					errorJson: result.status === 'rejected' ? result.error : null,
					createdAt: now
				});
				results.push({ id: mutation.id, ...result });
				lastMutationId = mutation.id;
			}
			syncRepo.setLastMutationId(tx, input.clientId, lastMutationId, now);
			return { results, lastMutationId, ...(outOfOrder ? { outOfOrder } : {}) };
		},
		{ behavior: 'immediate' }
	);
}

type Outcome =
	| { status: 'applied'; result: Record<string, unknown> | null }
	| { status: 'rejected'; error: Rejection };

function applyOne(
	tx: DbOrTx,
	actor: Actor,
	mutation: PushInput['mutations'][number],
	now: number,
	context: MutationContext
): Outcome {
	const mutator = mutators[mutation.name];
	if (!mutator) {
		return { status: 'rejected', error: { code: 'UNKNOWN_MUTATION' } };
	}
	try {
		const result = tx.transaction((savepoint) =>
			mutator(savepoint, actor, mutation.args, now, context)
		);
		return { status: 'applied', result };
	} catch (error) {
		if (error instanceof MutationRejected) {
			error.afterRollback?.(tx);
			return {
				status: 'rejected',
				error: { code: error.code, ...(error.issues ? { issues: error.issues } : {}) }
			};
		}
		throw error;
	}
}

/**
 * What changed for this person since the cookie, read from one snapshot, together with
 * the client's last mutation id: everything up to that id is included, nothing later
 * exists yet (SYNC.md §1.5).
 */
export function pull(db: Db, actor: Actor, input: PullInput, reach: Reach): PullOutput {
	checkSchemaVersion(input.schemaVersion);
	const limit = input.limit ?? DEFAULT_PULL_LIMIT;
	return db.transaction(
		(tx) => {
			const client = requireOwnClient(tx, input.clientId, actor);
			// The reach is part of the epoch: pulling under another one starts the device afresh.
			const dbEpoch = syncRepo.dbEpoch(tx) + reachTag(reach);
			const reset = input.cookie === null || input.cookie.dbEpoch !== dbEpoch;
			const since = reset ? 0 : (input.cookie?.seq ?? 0);
			const rows = applicationsRepo.changedForApplicant(tx, reach, since, limit + 1);
			const hasMore = rows.length > limit;
			const page = hasMore ? rows.slice(0, limit) : rows;
			const seq = hasMore ? (page[page.length - 1]?.serverSeq ?? since) : syncRepo.currentSeq(tx);
			const patch: PatchEntry[] = page.map((row) => ({
				op: 'put',
				entity: 'application',
				id: row.id,
				version: row.version,
				data: withRequests(tx, row)
			}));
			const conflicts = conflictsRepo
				.changedForApplicant(tx, reach, since)
				.filter((c) => c.serverSeq <= seq)
				.map(toConflictView);
			return {
				cookie: { dbEpoch, seq: Math.max(seq, since) },
				reset,
				hasMore,
				patch,
				conflicts,
				inspections: inspectionPatch(tx, actor.id, since, seq),
				lastMutationId: client?.lastMutationId ?? 0
			};
		},
		{ behavior: 'deferred' }
	);
}

/** The applicant's view of an application, with the officers' requests for more. */
function withRequests(db: DbOrTx, row: ApplicationRow) {
	const view = toApplicationView(row);
	if (row.status === 'draft') {
		return view;
	}
	const requests = workflowRepo.requests(db, row.municipalityId, row.id).map((r) => ({
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
