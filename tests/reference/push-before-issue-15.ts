/**
 * The sync push path as it was before issue 15 (commit d4ee910): Drizzle queries built on
 * every call, one sequence bump per written row, a read before every insert, Drizzle's
 * savepoints, the whole batch in one transaction. Test-only: the property test
 * (tests/integration/sync-push-equivalence.property.test.ts) runs random batches through
 * this and through the real path on two fresh databases and compares every result and row,
 * so the faster path is held to exactly the old rules.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { toIssues } from '../../src/lib/domain/issues';
import {
	isMutationName,
	MUTATIONS,
	type MutationName,
	type ParsedMutationArgs
} from '../../src/lib/domain/mutations';
import type { MutationResult, PushInput, PushOutput, Rejection } from '../../src/lib/domain/sync';
import { SCHEMA_VERSION } from '../../src/lib/domain/sync';
import { contextIssues, wellFormedAnswers } from '../../src/lib/services/engine';
import { getService } from '../../src/lib/services/registry';
import type { ApplicantFacts } from '../../src/lib/services/types';
import { mutators as appMutators } from '../../server/app/mutators';
import { applyContentEdit } from '../../server/applications/content-edit';
import { isUniqueViolation, municipalContext } from '../../server/applications/applications.shared';
import { mutationReach, type Reach } from '../../server/applications/reach';
import type { Db, DbOrTx } from '../../server/db/client.server';
import { application } from '../../server/db/schema/application';
import { applicationDelegate } from '../../server/db/schema/application-delegate';
import { applicationChange } from '../../server/db/schema/conflict';
import { changeSeq } from '../../server/db/schema/sequence';
import { mutationResult, syncClient } from '../../server/db/schema/sync';
import { memoized, type BatchMemo } from '../../server/kernel/batch-memo';
import type { Actor } from '../../server/kernel/context';
import type { MutationContext, Mutator, MutatorRegistry } from '../../server/kernel/mutation';
import { MutationRejected } from '../../server/kernel/mutation-rejected';
import { isServiceOffered } from '../../server/service-settings/service-settings.service';
import { tenantRecords } from '../../server/tenants/tenants.service';
import { TRPCError } from '@trpc/server';

type ResultRow = typeof mutationResult.$inferSelect;

const oldSyncRepo = {
	findClient(db: DbOrTx, clientId: string) {
		return db.select().from(syncClient).where(eq(syncClient.clientId, clientId)).get() ?? null;
	},
	insertClient(db: DbOrTx, clientId: string, personId: string, now: number) {
		db.insert(syncClient)
			.values({ clientId, personId, lastMutationId: 0, createdAt: now, lastSeenAt: now })
			.run();
	},
	setLastMutationId(db: DbOrTx, clientId: string, lastMutationId: number, now: number) {
		db.update(syncClient)
			.set({ lastMutationId, lastSeenAt: now })
			.where(eq(syncClient.clientId, clientId))
			.run();
	},
	findResult(db: DbOrTx, clientId: string, mutationId: number) {
		return (
			db
				.select()
				.from(mutationResult)
				.where(
					and(eq(mutationResult.clientId, clientId), eq(mutationResult.mutationId, mutationId))
				)
				.get() ?? null
		);
	},
	insertResult(db: DbOrTx, row: ResultRow) {
		db.insert(mutationResult).values(row).run();
	}
};

function oldNextSeq(db: DbOrTx): number {
	const row = db
		.update(changeSeq)
		.set({ value: sql`${changeSeq.value} + 1` })
		.where(eq(changeSeq.id, 1))
		.returning({ value: changeSeq.value })
		.get();
	if (!row) {
		throw new Error('change_seq row missing');
	}
	return row.value;
}

const reachable = (reach: Reach) => {
	if (reach.kind === 'own') {
		return eq(application.applicantId, reach.personId);
	}
	if (reach.grantorId === null) {
		return sql`0`;
	}
	return and(
		eq(application.applicantId, reach.grantorId),
		sql`${application.id} IN (SELECT ${applicationDelegate.applicationId} FROM ${applicationDelegate} WHERE ${applicationDelegate.delegateId} = ${reach.delegateId})`
	);
};

const BLOCKING_IN_DRAFT = new Set(['institution.unknown', 'choice.unknown']);

/** `application.saveDraft` as it was. */
function oldSaveDraft(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'application.saveDraft'>,
	now: number,
	context?: MutationContext
) {
	const service = getService(args.service);
	if (!service) {
		throw new MutationRejected('UNKNOWN_SERVICE');
	}
	const known = memoized(context?.memo, `municipality:${args.municipalityId}`, () =>
		tenantRecords.findMunicipality(db, args.municipalityId)
	);
	if (!known) {
		throw new MutationRejected('UNKNOWN_MUNICIPALITY');
	}
	const checked = service.draftSchema.safeParse(args.patch);
	if (!checked.success) {
		throw new MutationRejected('INVALID', toIssues(checked.error));
	}
	const municipal = municipalContext(
		db,
		args.municipalityId,
		service,
		now,
		context?.applicant,
		context?.memo
	);
	const formed = wellFormedAnswers(service, args.patch);
	const patched = service.steps.flatMap((step) => step.fields).filter((f) => f.name in formed);
	const blocking = [
		...service.checkMunicipalRules(formed, municipal),
		...contextIssues(patched, formed, municipal)
	].filter((i) => BLOCKING_IN_DRAFT.has(i.message));
	if (blocking.length > 0) {
		throw new MutationRejected('INVALID', blocking);
	}
	const existing =
		db
			.select()
			.from(application)
			.where(
				and(
					eq(application.id, args.id),
					eq(application.municipalityId, args.municipalityId),
					reachable(mutationReach(actor.id, context?.applicant))
				)
			)
			.get() ?? null;
	const offered = () =>
		memoized(context?.memo, `offered:${args.municipalityId}:${service.id}`, () =>
			isServiceOffered(db, args.municipalityId, service.id)
		);
	if (!existing && !offered()) {
		throw new MutationRejected('SERVICE_NOT_OFFERED');
	}
	if (existing) {
		if (existing.service !== args.service) {
			throw new MutationRejected('ID_TAKEN');
		}
		return applyContentEdit(db, {
			app: existing,
			patch: args.patch,
			baseVersion: context?.baseVersions[args.id],
			actor,
			role: 'citizen',
			now,
			context
		});
	}
	try {
		db.insert(application)
			.values({
				id: args.id,
				municipalityId: args.municipalityId,
				service: args.service,
				applicantId: context?.applicant?.grantorId ?? actor.id,
				status: 'draft',
				data: args.patch,
				version: 1,
				serverSeq: oldNextSeq(db),
				submissionId: null,
				registrationNumber: null,
				submittedAt: null,
				createdAt: now,
				updatedAt: now
			})
			.run();
	} catch (error) {
		if (isUniqueViolation(error)) {
			throw new MutationRejected('ID_TAKEN');
		}
		throw error;
	}
	const grantorId = context?.applicant?.grantorId;
	if (grantorId && grantorId !== actor.id) {
		db.insert(applicationDelegate)
			.values({ applicationId: args.id, delegateId: actor.id, createdAt: now })
			.run();
	}
	db.insert(applicationChange)
		.values({
			applicationId: args.id,
			municipalityId: args.municipalityId,
			version: 1,
			fields: Object.keys(args.patch),
			actorId: actor.id,
			actorRole: 'citizen',
			clientId: context?.clientId ?? null,
			createdAt: now
		})
		.run();
	return { version: 1, conflicts: 0 };
}

/** The app's mutators with the old saveDraft (the others are shared with the real path). */
export const referenceMutators: MutatorRegistry = {
	...appMutators,
	'application.saveDraft': oldSaveDraft
};

const OLDEST_ACCEPTED_SCHEMA = Math.max(1, SCHEMA_VERSION - 2);

type Outcome =
	| { status: 'applied'; result: Record<string, unknown> | null }
	| { status: 'rejected'; error: Rejection };

function run<N extends MutationName>(
	mutators: MutatorRegistry,
	name: N,
	db: DbOrTx,
	actor: Actor,
	rawArgs: unknown,
	now: number,
	context: MutationContext
) {
	const schema: z.ZodType = MUTATIONS[name];
	const parsed = schema.safeParse(rawArgs);
	if (!parsed.success) {
		throw new MutationRejected('INVALID_ARGS', toIssues(parsed.error));
	}
	const mutator: Mutator<N> = mutators[name];
	return mutator(db, actor, parsed.data as ParsedMutationArgs<N>, now, context);
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
		const result = tx.transaction((savepoint) =>
			run(mutators, name, savepoint, actor, mutation.args, now, context)
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

/** `sync.push` as it was: the whole batch in one IMMEDIATE transaction. */
export function referencePush(
	db: Db,
	actor: Actor,
	input: PushInput,
	now: number,
	applicant: ApplicantFacts = { actingFor: null },
	mutators: MutatorRegistry = referenceMutators
): PushOutput {
	if (input.schemaVersion < OLDEST_ACCEPTED_SCHEMA || input.schemaVersion > SCHEMA_VERSION) {
		throw new TRPCError({ code: 'PRECONDITION_FAILED', message: 'UNSUPPORTED_SCHEMA_VERSION' });
	}
	return db.transaction(
		(tx) => {
			const client = oldSyncRepo.findClient(tx, input.clientId);
			if (client && client.personId !== actor.id) {
				throw new TRPCError({ code: 'FORBIDDEN', message: 'This client belongs to someone else' });
			}
			if (!client) {
				oldSyncRepo.insertClient(tx, input.clientId, actor.id, now);
			}
			let lastMutationId = client?.lastMutationId ?? 0;
			const results: MutationResult[] = [];
			let outOfOrder: PushOutput['outOfOrder'];
			const memo: BatchMemo = new Map();
			for (const mutation of input.mutations) {
				if (mutation.id <= lastMutationId) {
					const stored = oldSyncRepo.findResult(tx, input.clientId, mutation.id);
					if (stored) {
						results.push(
							stored.status === 'applied'
								? { id: stored.mutationId, status: 'applied', result: stored.resultJson ?? null }
								: {
										id: stored.mutationId,
										status: 'rejected',
										error: stored.errorJson as Rejection
									}
						);
					}
					continue;
				}
				if (mutation.id > lastMutationId + 1) {
					outOfOrder = { expected: lastMutationId + 1 };
					break;
				}
				const result = applyOne(tx, mutators, actor, mutation, now, {
					clientId: input.clientId,
					mutationId: mutation.id,
					baseVersions: mutation.baseVersions ?? {},
					applicant,
					memo
				});
				oldSyncRepo.insertResult(tx, {
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
			oldSyncRepo.setLastMutationId(tx, input.clientId, lastMutationId, now);
			return { results, lastMutationId, ...(outOfOrder ? { outOfOrder } : {}) };
		},
		{ behavior: 'immediate' }
	);
}
