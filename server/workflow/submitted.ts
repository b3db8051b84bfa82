import { uuidv7 } from '../../src/lib/domain/ids';
import { getService } from '../../src/lib/services/registry';
import { municipalContext } from '../applications/applications.shared';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import { DEFAULT_TERM, dueOnFor } from './due-date';
import { workflowRepo } from './workflow.repo';
import { type ApplicationRow } from '../applications/applications.service';

/**
 * The day the decision on an application received now is due (its service's term counted
 * from today): written with the submission's own update, so receipt is one version.
 */
export function dueOnAtSubmission(
	tx: DbOrTx,
	app: Pick<ApplicationRow, 'municipalityId' | 'service' | 'data'>,
	now: number
): string | null {
	const def = getService(app.service);
	const term =
		(def && def.processingTerm?.(app.data, municipalContext(tx, app.municipalityId, def, now))) ??
		DEFAULT_TERM;
	return dueOnFor({ submittedAt: now, term, requests: [] });
}

/** The first event of the application's history, in the submission's transaction. */
export function recordSubmitted(
	tx: DbOrTx,
	app: Pick<ApplicationRow, 'id' | 'municipalityId'>,
	actor: Actor,
	now: number
): void {
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
