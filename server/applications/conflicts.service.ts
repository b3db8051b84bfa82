import { TRPCError } from '@trpc/server';
import { type ConflictView } from '../../src/lib/domain/conflict';
import { applicationsRepo, type ApplicationRow } from './applications.repo';
import { mutationReach } from './reach';
import { keepConflict } from './content-edit';
import type { DbOrTx } from '../db/client.server';
import { MutationRejected } from '../kernel/mutation-rejected';
import type { MutationContext } from '../kernel/mutation';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { conflictsRepo, type ConflictRow } from './conflicts.repo';
import { sequenceRepo } from '../kernel/sequence.repo';
import type { ParsedMutationArgs } from '../../src/lib/domain/mutations';

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

/** What the resolver had seen: the record version their choice was made on, and their device. */
type ResolverView = {
	baseVersion: number | undefined;
	context?: Pick<MutationContext, 'clientId' | 'mutationId'> | undefined;
};

/**
 * Settles a conflict by keeping one side's value. Keeping the value the application does
 * not hold now writes it as a new version. Only an officer may let an edit refused by the
 * workflow lock (stale-state) through, or touch a record under review.
 *
 * A choice is a write like any other: if someone else changed the field after the version
 * the resolver was looking at, the choice still applies (the later write wins, as in a
 * merge) but the value it replaces is kept in a new conflict, so nothing acknowledged is
 * silently lost.
 */
function resolve(
	db: DbOrTx,
	app: ApplicationRow,
	conflict: ConflictRow,
	choice: 'client' | 'server',
	actor: Actor,
	role: 'citizen' | 'officer',
	view: ResolverView,
	now: number
): { version: number } {
	if (conflict.status !== 'open') {
		return { version: app.version };
	}
	const keepsStaleEdit = conflict.kind === 'stale-state' && choice === 'client';
	if (role === 'citizen' && (keepsStaleEdit || app.status === 'in_review')) {
		throw new MutationRejected('STALE_STATE');
	}
	const field = conflict.field;
	const value = choice === 'client' ? conflict.clientValue : conflict.serverValue;
	const current = app.data[field];
	const seq = sequenceRepo.nextSeq(db);
	let version = app.version;
	if (JSON.stringify(current ?? '') !== JSON.stringify(value ?? '')) {
		const baseVersion = Math.min(view.baseVersion ?? app.version, app.version);
		const unseen = applicationsRepo
			.changesSince(db, app.municipalityId, app.id, baseVersion)
			.filter((c) => c.fields.includes(field))
			.filter((c) => !view.context || c.clientId !== view.context.clientId);
		version += 1;
		applicationsRepo.update(db, app.municipalityId, app.id, {
			data: { ...app.data, [field]: value },
			version,
			serverSeq: seq,
			updatedAt: now
		});
		applicationsRepo.insertChange(db, {
			applicationId: app.id,
			municipalityId: app.municipalityId,
			version,
			fields: [field],
			actorId: actor.id,
			actorRole: role,
			clientId: view.context?.clientId ?? null,
			createdAt: now
		});
		const lastOther = unseen[unseen.length - 1];
		if (lastOther) {
			keepConflict(
				db,
				{ app, role, now, context: view.context },
				{
					field,
					kind: 'hard',
					baseVersion,
					clientValue: value,
					serverValue: current ?? null,
					serverActorRole: lastOther.actorRole,
					serverSeq: seq
				}
			);
		}
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
	args: ParsedMutationArgs<'conflict.resolve'>,
	now: number,
	context?: MutationContext
) {
	const app = applicationsRepo.findForApplicant(
		db,
		args.municipalityId,
		mutationReach(actor.id, context?.applicant),
		args.applicationId
	);
	const conflict = app && conflictsRepo.find(db, app.municipalityId, app.id, args.conflictId);
	if (!app || !conflict) {
		throw new MutationRejected('NOT_FOUND');
	}
	const view = { baseVersion: context?.baseVersions[app.id], context };
	return resolve(db, app, conflict, args.choice, actor, 'citizen', view, now);
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
	input: {
		applicationId: string;
		conflictId: string;
		choice: 'client' | 'server';
		/** The application version the officer's page showed when they chose. */
		baseVersion: number;
	},
	now: number
) {
	const app = applicationsRepo.findSubmitted(db, tenant, input.applicationId);
	const conflict = app && conflictsRepo.find(db, app.municipalityId, app.id, input.conflictId);
	if (!app || !conflict) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such conflict here' });
	}
	const view = { baseVersion: input.baseVersion };
	return db.transaction((tx) =>
		resolve(tx, app, conflict, input.choice, actor, 'officer', view, now)
	);
}
