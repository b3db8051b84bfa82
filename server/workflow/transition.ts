import { TRPCError } from '@trpc/server';
import { uuidv7 } from '../../src/lib/domain/ids';
import { transition } from '../../src/lib/services/engine';
import { getService } from '../../src/lib/services/registry';
import { municipalContext } from '../applications/applications.shared';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import { DEFAULT_TERM, dueOnFor } from './due-date';
import { workflowRepo } from './workflow.repo';
import { noticeOfStep } from './workflow-notices';
import { sequenceRepo } from '../kernel/sequence.repo';
import { applicationRecords, type ApplicationRow } from '../applications/applications.service';

export type TransitionInput = {
	app: ApplicationRow;
	action: string;
	actor: Actor;
	role: 'citizen' | 'officer';
	/** Why (kept in the history; required by the caller for refusals and returns). */
	reason?: string;
	/** The version the actor saw: a stale one is refused, nothing applied. */
	baseVersion?: number;
	/** The area taking a step that may only be taken through it (placement's offers). */
	via?: 'placement';
	now: number;
};

/**
 * Takes one workflow step on an application, in the caller's transaction: checks the
 * service's workflow allows this action from this state for this role, moves the status,
 * bumps the version (so devices pull it), records who, when and why, and recomputes the due
 * day (the clock stops while information is requested). Refusals say why, with a catalogue
 * key, and change nothing.
 */
export function applyTransition(
	tx: DbOrTx,
	input: TransitionInput
): { version: number; status: string; dueOn: string | null } {
	const { app, action, actor, role, now } = input;
	const def = getService(app.service);
	if (!def) {
		throw new TRPCError({ code: 'BAD_REQUEST', message: 'workflow.unknownService' });
	}
	if (input.baseVersion !== undefined && input.baseVersion !== app.version) {
		throw new TRPCError({ code: 'CONFLICT', message: 'workflow.stale' });
	}
	const verdict = transition(def.workflow, app.status, action, role, input.via);
	if (!verdict.ok) {
		throw new TRPCError({ code: 'BAD_REQUEST', message: verdict.reason });
	}
	const version = app.version + 1;
	const paused = (def.workflow.pauseStates ?? []).includes(verdict.to);
	const decided = !def.workflow.transitions.some((t) => t.from === verdict.to);
	const submittedAt = app.submittedAt ?? now;
	const term =
		def.processingTerm?.(app.data, municipalContext(tx, app.municipalityId, def, now)) ??
		DEFAULT_TERM;
	const requests = workflowRepo.requests(tx, app.municipalityId, app.id);
	const dueOn = decided ? app.dueOn : dueOnFor({ submittedAt, term, requests });
	applicationRecords.update(tx, app.municipalityId, app.id, {
		status: verdict.to as ApplicationRow['status'],
		version,
		serverSeq: sequenceRepo.nextSeq(tx),
		dueOn,
		pausedSince: paused ? (app.pausedSince ?? now) : null,
		decidedAt: decided ? now : app.decidedAt,
		updatedAt: now
	});
	applicationRecords.insertChange(tx, {
		applicationId: app.id,
		municipalityId: app.municipalityId,
		version,
		fields: ['status'],
		actorId: actor.id,
		actorRole: role,
		clientId: null,
		createdAt: now
	});
	workflowRepo.insertEvent(tx, {
		id: uuidv7(now),
		applicationId: app.id,
		municipalityId: app.municipalityId,
		action,
		fromStatus: app.status,
		toStatus: verdict.to,
		actorId: actor.id,
		actorRole: role,
		reason: input.reason ?? null,
		createdAt: now
	});
	if (role === 'officer' && (def.workflow.notifyApplicantOn ?? []).includes(verdict.to)) {
		noticeOfStep(tx, app, verdict.to, input.reason, now);
	}
	return { version, status: verdict.to, dueOn };
}
