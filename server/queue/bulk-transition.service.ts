import type { BatchRefusal, BulkTransitionInput } from '../../src/lib/domain/queue';
import { actionsFor, OFFICER_FORM_ACTIONS, transition } from '../../src/lib/services/engine';
import { getService } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { applyTransition } from '../workflow/transition';
import { loadBatch, refuseBatch } from './assign.service';

/** Steps with their own forms are never taken in bulk (the engine's list, as takeAction's). */
export const NOT_IN_BULK = OFFICER_FORM_ACTIONS;

/** The steps an officer may take on an application of this service and status from the queue. */
export function bulkActionsFor(service: string, status: string): string[] {
	const def = getService(service);
	if (!def) {
		return [];
	}
	return actionsFor(def.workflow, status, 'officer')
		.map((t) => t.action)
		.filter((action) => !NOT_IN_BULK.has(action));
}

/** Why this step may not be taken on this application in bulk, or null if it may. */
function refusalOf(service: string, status: string, action: string): string | null {
	const def = getService(service);
	if (!def) {
		return 'workflow.unknownService';
	}
	const verdict = transition(def.workflow, status, action, 'officer');
	if (!verdict.ok) {
		return verdict.reason;
	}
	return NOT_IN_BULK.has(action) ? 'workflow.needsForm' : null;
}

/**
 * Takes one workflow step on many applications, all or none: each must be in the officer's
 * scope (else NOT_FOUND listing them) and the step must be open to an officer from each
 * one's status in its service's workflow (else BAD_REQUEST listing which and why). Then all
 * are moved in one transaction by applyTransition (status, version, history, due day).
 */
export function bulkTransition(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor,
	input: BulkTransitionInput,
	now: number
): { changed: number; results: { id: string; status: string; version: number }[] } {
	return db.transaction((tx) => {
		const apps = loadBatch(tx, tenant, input.ids);
		const refusals: BatchRefusal[] = apps.flatMap((app) => {
			const reason = refusalOf(app.service, app.status, input.action);
			return reason ? [{ id: app.id, registrationNumber: app.registrationNumber, reason }] : [];
		});
		if (refusals.length > 0) {
			refuseBatch('BAD_REQUEST', refusals);
		}
		const results = apps.map((app) => {
			const out = applyTransition(tx, {
				app,
				action: input.action,
				actor,
				role: 'officer',
				...(input.reason ? { reason: input.reason } : {}),
				now
			});
			return { id: app.id, status: out.status, version: out.version };
		});
		return { changed: results.length, results };
	});
}
