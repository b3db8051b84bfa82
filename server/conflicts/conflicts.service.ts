import { TRPCError } from '@trpc/server';
import { zResolveConflictArgs, type ConflictView } from '../../src/lib/domain/conflict';
import { applicationsRepo, type ApplicationRow } from '../applications/applications.repo';
import { parseArgs } from '../applications/applications.shared';
import type { DbOrTx } from '../db/client.server';
import { MutationRejected } from '../sync/mutation-rejected';
import { syncRepo } from '../sync/sync.repo';
import type { Actor } from '../trpc/context';
import type { Tenant } from '../trpc/init';
import { conflictsRepo, type ConflictRow } from './conflicts.repo';

export function toConflictView(row: ConflictRow): ConflictView {
	return {
		id: row.id,
		applicationId: row.applicationId,
		municipalityId: row.municipalityId,
		field: row.field,
		kind: row.kind,
		clientValue: row.clientValue,
		serverValue: row.serverValue,
		clientActorRole: row.clientActorRole,
		serverActorRole: row.serverActorRole,
		status: row.status,
		resolution: row.resolution,
		origin:
			row.clientId && row.mutationId !== null
				? { clientId: row.clientId, mutationId: row.mutationId }
				: null,
		createdAt: row.createdAt
	};
}

/**
 * Settles a conflict by keeping one side's value. Keeping the value the application does
 * not hold now writes it as a new version. Only an officer may let an edit refused by the
 * workflow lock (stale-state) through, or touch a record under review.
 */
function resolve(
	db: DbOrTx,
	app: ApplicationRow,
	conflict: ConflictRow,
	choice: 'client' | 'server',
	actor: Actor,
	role: 'citizen' | 'officer',
	now: number
): { version: number } {
	if (conflict.status !== 'open') {
		return { version: app.version };
	}
	const keepsStaleEdit = conflict.kind === 'stale-state' && choice === 'client';
	if (role === 'citizen' && (keepsStaleEdit || app.status === 'in_review')) {
		throw new MutationRejected('STALE_STATE');
	}
	const value = choice === 'client' ? conflict.clientValue : conflict.serverValue;
	const seq = syncRepo.nextSeq(db);
	let version = app.version;
	if (JSON.stringify(app.data[conflict.field] ?? '') !== JSON.stringify(value ?? '')) {
		version += 1;
		applicationsRepo.update(db, app.municipalityId, app.id, {
			data: { ...app.data, [conflict.field]: value },
			version,
			serverSeq: seq,
			updatedAt: now
		});
		applicationsRepo.insertChange(db, {
			applicationId: app.id,
			municipalityId: app.municipalityId,
			version,
			fields: [conflict.field],
			actorId: actor.id,
			actorRole: role,
			clientId: null,
			createdAt: now
		});
	}
	conflictsRepo.resolve(db, app.municipalityId, conflict.id, {
		resolution: choice,
		resolvedBy: actor.id,
		resolvedAt: now,
		serverSeq: seq
	});
	return { version };
}

/** Citizen mutation `conflict.resolve`, for a conflict on their own application. */
export function resolveConflictAsApplicant(
	db: DbOrTx,
	actor: Actor,
	rawArgs: unknown,
	now: number
) {
	const args = parseArgs(zResolveConflictArgs, rawArgs);
	const app = applicationsRepo.findForApplicant(
		db,
		args.municipalityId,
		actor.id,
		args.applicationId
	);
	const conflict = app && conflictsRepo.find(db, app.municipalityId, app.id, args.conflictId);
	if (!app || !conflict) {
		throw new MutationRejected('NOT_FOUND');
	}
	return resolve(db, app, conflict, args.choice, actor, 'citizen', now);
}

export function listConflictsForOfficer(db: DbOrTx, tenant: Tenant, applicationId: string) {
	if (!applicationsRepo.findSubmitted(db, tenant, applicationId)) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
	}
	return conflictsRepo
		.listForApplication(db, tenant.municipalityId, applicationId)
		.map(toConflictView);
}

export function resolveConflictAsOfficer(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor,
	input: { applicationId: string; conflictId: string; choice: 'client' | 'server' },
	now: number
) {
	const app = applicationsRepo.findSubmitted(db, tenant, input.applicationId);
	const conflict = app && conflictsRepo.find(db, app.municipalityId, app.id, input.conflictId);
	if (!app || !conflict) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such conflict here' });
	}
	return db.transaction((tx) => resolve(tx, app, conflict, input.choice, actor, 'officer', now));
}
