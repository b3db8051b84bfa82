import { uuidv7 } from '../../src/lib/domain/ids';
import { getService } from '../../src/lib/services/registry';
import { municipalContext } from '../applications/applications.shared';
import { applicationsRepo, type ApplicationRow } from '../applications/applications.repo';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../trpc/context';
import { DEFAULT_TERM, dueOnFor } from './due-date';
import { workflowRepo } from './workflow.repo';

/**
 * What the workflow keeps when an application is received (in the submit's transaction):
 * the first event of its history and the day the decision is due, counted from today.
 */
export function recordSubmitted(
	tx: DbOrTx,
	app: Pick<ApplicationRow, 'id' | 'municipalityId' | 'service' | 'data'>,
	actor: Actor,
	now: number
): void {
	const def = getService(app.service);
	const term =
		(def && def.processingTerm?.(app.data, municipalContext(tx, app.municipalityId, def, now))) ??
		DEFAULT_TERM;
	applicationsRepo.update(tx, app.municipalityId, app.id, {
		dueOn: dueOnFor({ submittedAt: now, term, requests: [] })
	});
	workflowRepo.insertEvent(tx, {
		id: uuidv7(now),
		applicationId: app.id,
		municipalityId: app.municipalityId,
		action: 'submit',
		fromStatus: 'draft',
		toStatus: 'submitted',
		actorId: actor.id,
		actorRole: 'citizen',
		reason: null,
		createdAt: now
	});
}
