import { TRPCError } from '@trpc/server';
import { uuidv7 } from '../../src/lib/domain/ids';
import type { AttachmentSummary } from '../../src/lib/domain/attachments';
import type { TimelineEntry } from '../../src/lib/domain/office';
import { actionsFor, OFFICER_FORM_ACTIONS } from '../../src/lib/services/engine';
import { getService } from '../../src/lib/services/registry';
import { listForOfficer } from '../attachments/attachments.service';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { applyTransition } from './transition';
import { workflowRepo } from './workflow.repo';
import { noticeOfRequest } from './workflow-notices';
import { applicationRecords } from '../applications/applications.service';
import { people } from '../identity/people.service';

function requireApplication(db: DbOrTx, tenant: Tenant, id: string) {
	const row = applicationRecords.findSubmitted(db, tenant, id);
	if (!row) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
	}
	return row;
}

/**
 * Takes a submitted application into review (a workflow step, recorded with the others):
 * from then on the applicant's edits are refused and kept as conflicts for the officer.
 */
export function startReview(db: DbOrTx, tenant: Tenant, actor: Actor, id: string, now: number) {
	return db.transaction((tx) => {
		const row = requireApplication(tx, tenant, id);
		if (row.status !== 'submitted') {
			throw new TRPCError({ code: 'CONFLICT', message: 'Already in review' });
		}
		const { version } = applyTransition(tx, {
			app: row,
			action: 'startReview',
			actor,
			role: 'officer',
			now
		});
		return { version };
	});
}

/** The status, due day and the actions open to an officer now. */
export function officeState(db: DbOrTx, tenant: Tenant, id: string) {
	const app = requireApplication(db, tenant, id);
	const def = getService(app.service);
	return {
		status: app.status,
		version: app.version,
		dueOn: app.dueOn,
		paused: app.pausedSince !== null,
		actions: def ? actionsFor(def.workflow, app.status, 'officer') : []
	};
}

/** An officer's workflow step that needs no more than a reason (start review, queue, offer …). */
export function takeAction(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor,
	input: { id: string; action: string; baseVersion: number; reason?: string },
	now: number
) {
	if (OFFICER_FORM_ACTIONS.has(input.action)) {
		throw new TRPCError({ code: 'BAD_REQUEST', message: 'workflow.needsForm' });
	}
	return db.transaction((tx) => {
		const app = requireApplication(tx, tenant, input.id);
		return applyTransition(tx, {
			app,
			action: input.action,
			actor,
			role: 'officer',
			reason: input.reason,
			baseVersion: input.baseVersion,
			now
		});
	});
}

/**
 * Asks the applicant for more: the request is kept, the application waits for the answer
 * and the term's clock stops from today until it comes.
 */
export function requestInformation(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor,
	input: { id: string; baseVersion: number; question: string },
	now: number
) {
	return db.transaction((tx) => {
		const app = requireApplication(tx, tenant, input.id);
		const requestId = uuidv7(now);
		workflowRepo.insertRequest(tx, {
			id: requestId,
			applicationId: app.id,
			municipalityId: app.municipalityId,
			question: input.question,
			requestedBy: actor.id,
			requestedAt: now,
			answer: null,
			answerAttachmentIds: null,
			answeredAt: null
		});
		const result = applyTransition(tx, {
			app,
			action: 'requestInformation',
			actor,
			role: 'officer',
			reason: input.question,
			baseVersion: input.baseVersion,
			now
		});
		noticeOfRequest(tx, app, input.question, now);
		return { ...result, requestId };
	});
}

export function addNote(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor,
	input: { id: string; text: string },
	now: number
) {
	const app = requireApplication(db, tenant, input.id);
	const id = uuidv7(now);
	workflowRepo.insertNote(db, {
		id,
		applicationId: app.id,
		municipalityId: app.municipalityId,
		authorId: actor.id,
		text: input.text,
		createdAt: now
	});
	return { id };
}

/** The record's history, oldest first: workflow steps, information requests and notes. */
export function timeline(db: DbOrTx, tenant: Tenant, id: string): TimelineEntry[] {
	const app = requireApplication(db, tenant, id);
	const names = new Map<string, string>();
	const nameOf = (personId: string | null) => {
		if (!personId) {
			return null;
		}
		if (!names.has(personId)) {
			const p = people.findById(db, personId);
			names.set(personId, p ? `${p.givenName} ${p.surname}` : '—');
		}
		return names.get(personId) ?? null;
	};
	// The application's files as the officer sees them (named, openable once received),
	// read once and only if some answer carried files.
	let files: Map<string, AttachmentSummary> | null = null;
	const filesById = () =>
		(files ??= new Map(listForOfficer(db, tenant, app.id).files.map((f) => [f.id, f])));
	const events: TimelineEntry[] = workflowRepo.events(db, app.municipalityId, app.id).map((e) => ({
		kind: 'transition',
		at: e.createdAt,
		action: e.action,
		from: e.fromStatus,
		to: e.toStatus,
		actor: nameOf(e.actorId),
		role: e.actorRole,
		reason: e.reason
	}));
	const requests: TimelineEntry[] = workflowRepo
		.requests(db, app.municipalityId, app.id)
		.map((r) => ({
			kind: 'request',
			at: r.requestedAt,
			id: r.id,
			question: r.question,
			requestedBy: nameOf(r.requestedBy) ?? '—',
			answer: r.answer,
			answeredAt: r.answeredAt,
			answerFiles: (r.answerAttachmentIds ?? []).flatMap((fileId) => {
				const file = filesById().get(fileId);
				return file
					? [{ id: file.id, sha256: file.sha256, filename: file.filename, status: file.status }]
					: [];
			})
		}));
	const notes: TimelineEntry[] = workflowRepo.notes(db, app.municipalityId, app.id).map((n) => ({
		kind: 'note',
		at: n.createdAt,
		id: n.id,
		author: nameOf(n.authorId) ?? '—',
		text: n.text
	}));
	return [...events, ...requests, ...notes].sort((a, b) => a.at - b.at);
}

/** The text a decision starts from, by the service's template (empty: none). */
export function decisionTemplateFor(
	db: DbOrTx,
	tenant: Tenant,
	id: string,
	outcome: 'approved' | 'refused'
): string[] {
	const app = requireApplication(db, tenant, id);
	return getService(app.service)?.decision?.template(outcome, app.data) ?? [];
}
