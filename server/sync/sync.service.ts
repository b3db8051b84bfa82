import { TRPCError } from '@trpc/server';
import type { z } from 'zod';
import type { PullOutput, PatchEntry } from '../../src/lib/domain/application';
import {
	isMutationName,
	MUTATIONS,
	type MutationName,
	type ParsedMutationArgs
} from '../../src/lib/domain/mutations';
import type {
	MutationResult,
	PullInput,
	PushInput,
	PushOutput,
	Rejection
} from '../../src/lib/domain/sync';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import type { ApplicantFacts } from '../../src/lib/services/types';
import type { Db, DbOrTx } from '../db/client.server';
import type { BatchMemo } from '../kernel/batch-memo';
import type { Actor } from '../kernel/context';
import {
	parseArgs,
	type MutationContext,
	type Mutator,
	type MutatorRegistry
} from '../kernel/mutation';
import { MutationRejected } from '../kernel/mutation-rejected';
import { sequenceRepo } from '../kernel/sequence.repo';
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

/** A slice commits once it has taken this long, so no push holds the database longer. */
const SLICE_MS = 10;
/**
 * One request goes through at most this many of its mutations, then answers with what was
 * applied (results so far and `lastMutationId`); the client pushes the rest as its next
 * batch. Twice the client's own batch (PUSH_BATCH), so an app's pushes are answered whole; a
 * count, not a time, so the answer does not depend on how busy the machine is.
 */
const PER_REQUEST = 200;
/** Sequence values taken at once for the mutations ahead (unused ones are simply skipped). */
const SEQ_BLOCK = 64;

export type PushLimits = { sliceMs: number; perRequest: number };
const DEFAULT_LIMITS: PushLimits = { sliceMs: SLICE_MS, perRequest: PER_REQUEST };

/** Gives the event loop to whatever else is waiting (other people's requests) before going on. */
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Sequence values for one slice's rows, taken from the counter in one update for many
 * mutations (always between mutations, never inside a mutation's savepoint, so a rolled-back
 * mutation cannot undo a reservation the block still hands out).
 */
class SeqBlock {
	private next = 0;
	private end = 0;
	refill(db: DbOrTx, count: number) {
		if (this.next >= this.end) {
			this.next = sequenceRepo.reserve(db, count);
			this.end = this.next + count;
		}
	}
	take(db: DbOrTx): number {
		return this.next < this.end ? this.next++ : sequenceRepo.nextSeq(db);
	}
}

type Slice = {
	results: MutationResult[];
	lastMutationId: number;
	/** The index of the first mutation of the input this slice did not reach. */
	next: number;
	outOfOrder?: PushOutput['outOfOrder'];
};

/**
 * Applies mutations from `from` on (up to, not including, `until`), in order, exactly once per
 * mutation id, in one IMMEDIATE transaction with a savepoint per mutation, until they run out
 * or `sliceMs` has passed: a
 * mutation that breaks a rule is rolled back alone and stored as rejected; an unexpected
 * failure (disk, busy) aborts the slice with nothing of it recorded, so the client retries.
 */
function applySlice(
	db: Db,
	mutators: MutatorRegistry,
	actor: Actor,
	input: PushInput,
	from: number,
	until: number,
	now: number,
	applicant: ApplicantFacts,
	sliceMs: number
): Slice {
	return db.transaction(
		(tx) => {
			const started = performance.now();
			const client = requireOwnClient(tx, input.clientId, actor);
			if (!client) {
				syncRepo.insertClient(tx, input.clientId, actor.id, now);
			}
			let lastMutationId = client?.lastMutationId ?? 0;
			const results: MutationResult[] = [];
			let outOfOrder: PushOutput['outOfOrder'];
			// Reference data read in this slice's transaction holds for the rest of it only.
			const memo: BatchMemo = new Map();
			const seqs = new SeqBlock();
			const nextSeq = () => seqs.take(tx);
			let index = from;
			while (index < until) {
				if (index > from && performance.now() - started >= sliceMs) {
					break;
				}
				const mutation = input.mutations[index] as PushInput['mutations'][number];
				index += 1;
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
				seqs.refill(tx, Math.min(SEQ_BLOCK, until - index + 1));
				const result = applyOne(tx, mutators, actor, mutation, now, {
					clientId: input.clientId,
					mutationId: mutation.id,
					baseVersions: mutation.baseVersions ?? {},
					applicant,
					memo,
					nextSeq
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
			return { results, lastMutationId, next: index, ...(outOfOrder ? { outOfOrder } : {}) };
		},
		{ behavior: 'immediate' }
	);
}

/**
 * Applies a batch in slices (docs/sync-protocol.md, "Large batches are applied in slices"):
 * each slice is its own transaction of at most about `sliceMs`, and between slices the event
 * loop serves everyone else. After `perRequest` mutations the answer says what was applied so
 * far; the client's next push carries the rest. Each slice reads the client's last mutation id afresh,
 * so exactly-once holds across slices as it does across pushes.
 */
export async function push(
	db: Db,
	mutators: MutatorRegistry,
	actor: Actor,
	input: PushInput,
	now: number,
	applicant: ApplicantFacts = { actingFor: null },
	limits: PushLimits = DEFAULT_LIMITS
): Promise<PushOutput> {
	checkSchemaVersion(input.schemaVersion);
	const until = Math.min(input.mutations.length, limits.perRequest);
	const results: MutationResult[] = [];
	let from = 0;
	for (;;) {
		const slice = applySlice(
			db,
			mutators,
			actor,
			input,
			from,
			until,
			now,
			applicant,
			limits.sliceMs
		);
		results.push(...slice.results);
		from = slice.next;
		if (from >= until || slice.outOfOrder !== undefined) {
			return {
				results,
				lastMutationId: slice.lastMutationId,
				...(slice.outOfOrder ? { outOfOrder: slice.outOfOrder } : {})
			};
		}
		await yieldToOthers();
	}
}

type Outcome =
	| { status: 'applied'; result: Record<string, unknown> | null }
	| { status: 'rejected'; error: Rejection };

/**
 * Parses the arguments by the mutation's schema (the one list in src/lib/domain/mutations.ts)
 * and calls its mutator with them, so no mutator parses its own.
 */
function run<N extends MutationName>(
	mutators: MutatorRegistry,
	name: N,
	db: DbOrTx,
	actor: Actor,
	rawArgs: unknown,
	now: number,
	context: MutationContext
) {
	// TypeScript cannot follow a generic index into the map of schemas to its output type;
	// `ParsedMutationArgs<N>` is by definition that schema's output.
	const schema: z.ZodType = MUTATIONS[name];
	const args = parseArgs(schema, rawArgs) as ParsedMutationArgs<N>;
	const mutator: Mutator<N> = mutators[name];
	return mutator(db, actor, args, now, context);
}

function applyOne(
	tx: DbOrTx,
	mutators: MutatorRegistry,
	actor: Actor,
	mutation: PushInput['mutations'][number],
	now: number,
	context: MutationContext
): Outcome {
	const name = mutation.name;
	if (!isMutationName(name)) {
		return { status: 'rejected', error: { code: 'UNKNOWN_MUTATION' } };
	}
	try {
		const result = syncRepo.inSavepoint(tx, () =>
			run(mutators, name, tx, actor, mutation.args, now, context)
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
 * What a person's pull reads, given by the areas that own it (composed in server/app/): the
 * sync area knows the protocol (cookie, epoch, paging, the client's last mutation id), not
 * the records.
 */
export type PullSource = {
	/** Part of the epoch: pulling under another one starts the device afresh. */
	epochTag: string;
	/** The records changed after `since`, oldest first, at most `limit` of them. */
	records(tx: DbOrTx, since: number, limit: number): { serverSeq: number; entry: PatchEntry }[];
	/** The conflicts changed after `since`, up to and including `seq`. */
	conflicts(tx: DbOrTx, since: number, seq: number): PullOutput['conflicts'];
	/** The inspector's tasks changed after `since`, up to and including `seq`. */
	inspections(tx: DbOrTx, since: number, seq: number): PullOutput['inspections'];
};

/**
 * What changed for this person since the cookie, read from one snapshot, together with
 * the client's last mutation id: everything up to that id is included, nothing later
 * exists yet (SYNC.md §1.5).
 */
export function pull(db: Db, actor: Actor, input: PullInput, source: PullSource): PullOutput {
	checkSchemaVersion(input.schemaVersion);
	const limit = input.limit ?? DEFAULT_PULL_LIMIT;
	return db.transaction(
		(tx) => {
			const client = requireOwnClient(tx, input.clientId, actor);
			const dbEpoch = sequenceRepo.dbEpoch(tx) + source.epochTag;
			const reset = input.cookie === null || input.cookie.dbEpoch !== dbEpoch;
			const since = reset ? 0 : (input.cookie?.seq ?? 0);
			const rows = source.records(tx, since, limit + 1);
			const hasMore = rows.length > limit;
			const page = hasMore ? rows.slice(0, limit) : rows;
			const seq = hasMore
				? (page[page.length - 1]?.serverSeq ?? since)
				: sequenceRepo.currentSeq(tx);
			return {
				cookie: { dbEpoch, seq: Math.max(seq, since) },
				reset,
				hasMore,
				patch: page.map((row) => row.entry),
				conflicts: source.conflicts(tx, since, seq),
				inspections: source.inspections(tx, since, seq),
				lastMutationId: client?.lastMutationId ?? 0
			};
		},
		{ behavior: 'deferred' }
	);
}
