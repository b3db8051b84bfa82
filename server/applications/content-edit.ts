import { uuidv7 } from '../../src/lib/domain/ids';
import { toIssues } from '../../src/lib/domain/issues';
import { validateAll } from '../../src/lib/services/engine';
import { getService } from '../../src/lib/services/registry';
import { conflictsRepo, type ConflictRow } from './conflicts.repo';
import type { DbOrTx } from '../db/client.server';
import type { MutationContext } from '../kernel/mutation';
import { MutationRejected } from '../kernel/mutation-rejected';
import { writeFacets } from './facets';
import type { Actor } from '../kernel/context';
import { applicationsRepo, type ApplicationRow } from './applications.repo';
import { municipalContext } from './applications.shared';
import { mergeEdit } from './merge.rules';
import { sequenceRepo } from '../kernel/sequence.repo';

export type EditorRole = 'citizen' | 'officer';

/** Statuses in which the applicant may still change the content. */
const OPEN_FOR_APPLICANT = new Set<ApplicationRow['status']>(['draft', 'submitted']);

/**
 * Changes content fields of an existing application, by its applicant or an officer, as a
 * new version. An edit made on an older version is merged against what changed since: a
 * field both sides changed becomes a kept conflict (the later edit applies). An applicant's
 * edit that arrives after the workflow locked the record is refused, and its values are
 * kept as a stale-state conflict for the officer to see.
 */
export function applyContentEdit(
	db: DbOrTx,
	edit: {
		app: ApplicationRow;
		patch: Record<string, unknown>;
		baseVersion: number | undefined;
		actor: Actor;
		role: EditorRole;
		now: number;
		context?: MutationContext;
	}
): { version: number; conflicts: number } {
	const { app, patch, actor, role, now } = edit;
	const baseVersion = edit.baseVersion ?? app.version;
	if (role === 'citizen' && !OPEN_FOR_APPLICANT.has(app.status)) {
		throw new MutationRejected('STALE_STATE', undefined, (outer) =>
			recordStaleEdit(outer, edit, baseVersion)
		);
	}
	const service = getService(app.service);
	if (!service) {
		throw new MutationRejected('UNKNOWN_SERVICE');
	}
	const data = { ...app.data, ...patch };
	if (app.status !== 'draft') {
		// A submitted application stays complete whoever edits it.
		const complete = service.submitSchema.safeParse(data);
		if (!complete.success) {
			throw new MutationRejected('INCOMPLETE', toIssues(complete.error));
		}
		// And what the edit changes must keep the municipality's rules: an institution or
		// option that exists here, a level the child fits. Rules about fields it leaves alone
		// (a start date that has since passed) are not the editor's to answer for.
		const municipal = municipalContext(
			db,
			app.municipalityId,
			service,
			now,
			edit.context?.applicant
		);
		const broken = validateAll(service, data, municipal).filter((issue) =>
			Object.hasOwn(patch, issue.path.split('.')[0] ?? '')
		);
		if (broken.length > 0) {
			throw new MutationRejected('INVALID', broken);
		}
	}
	// Changes this same device made are already part of what it edited on.
	const since = applicationsRepo
		.changesSince(db, app.municipalityId, app.id, baseVersion)
		.filter((c) => !edit.context || c.clientId !== edit.context.clientId);
	const changedSince = new Set(since.flatMap((c) => c.fields));
	const { conflicts } = mergeEdit(patch, app.data, changedSince);

	const seq = sequenceRepo.nextSeq(db);
	const version = app.version + 1;
	applicationsRepo.update(db, app.municipalityId, app.id, {
		data,
		version,
		serverSeq: seq,
		updatedAt: now
	});
	// The queue's filters and search follow the answers (a draft is in no queue).
	if (app.status !== 'draft') {
		writeFacets(db, { ...app, data, version });
	}
	applicationsRepo.insertChange(db, {
		applicationId: app.id,
		municipalityId: app.municipalityId,
		version,
		fields: Object.keys(patch),
		actorId: actor.id,
		actorRole: role,
		clientId: edit.context?.clientId ?? null,
		createdAt: now
	});
	for (const c of conflicts) {
		const lastOther = [...since].reverse().find((s) => s.fields.includes(c.field));
		keepConflict(db, edit, {
			field: c.field,
			kind: 'hard',
			baseVersion,
			clientValue: c.mine,
			serverValue: c.theirs,
			serverActorRole: lastOther?.actorRole ?? 'citizen',
			serverSeq: seq
		});
	}
	return { version, conflicts: conflicts.length };
}

function recordStaleEdit(
	db: DbOrTx,
	edit: Parameters<typeof applyContentEdit>[1],
	baseVersion: number
): void {
	const { app, patch } = edit;
	const differing = Object.entries(patch).filter(
		([field, value]) => JSON.stringify(value ?? '') !== JSON.stringify(app.data[field] ?? '')
	);
	if (differing.length === 0) {
		return;
	}
	const seq = sequenceRepo.nextSeq(db);
	for (const [field, value] of differing) {
		keepConflict(db, edit, {
			field,
			kind: 'stale-state',
			baseVersion,
			clientValue: value,
			serverValue: app.data[field] ?? null,
			serverActorRole: 'officer',
			serverSeq: seq
		});
	}
}

/** Who wrote the side of a conflict that arrived last, and from which device. */
export type ConflictWriter = {
	app: ApplicationRow;
	role: EditorRole;
	now: number;
	context?: Pick<MutationContext, 'clientId' | 'mutationId'> | undefined;
};

/** Keeps both values of a field as an open conflict, the writer's side as the "client". */
export function keepConflict(
	db: DbOrTx,
	edit: ConflictWriter,
	side: Pick<
		ConflictRow,
		| 'field'
		| 'kind'
		| 'baseVersion'
		| 'clientValue'
		| 'serverValue'
		| 'serverActorRole'
		| 'serverSeq'
	>
): void {
	conflictsRepo.insert(db, {
		...side,
		id: uuidv7(edit.now),
		municipalityId: edit.app.municipalityId,
		applicationId: edit.app.id,
		serverVersion: edit.app.version,
		clientActorRole: edit.role,
		clientId: edit.context?.clientId ?? null,
		mutationId: edit.context?.mutationId ?? null,
		status: 'open',
		resolution: null,
		resolvedBy: null,
		resolvedAt: null,
		createdAt: edit.now
	});
}
