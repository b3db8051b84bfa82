import { TRPCError } from '@trpc/server';
import { OWN_MUTATION_ACTIONS, zApplicantActionArgs } from '../../src/lib/domain/application';
import { parseArgs } from '../applications/applications.shared';
import { applicationsRepo } from '../applications/applications.repo';
import type { DbOrTx } from '../db/client.server';
import { MutationRejected } from '../sync/mutation-rejected';
import type { MutationContext } from '../sync/mutators';
import type { Actor } from '../trpc/context';
import { mutationReach } from '../applications/reach';
import { applyTransition } from './transition';

/**
 * `application.act` (a sync mutation, so it can be taken offline): the applicant withdraws,
 * or accepts or declines an offered place. The workflow decides what is allowed; a step no
 * longer possible (the officer moved on meanwhile) is refused with the reason.
 */
export function applicantAction(
	db: DbOrTx,
	actor: Actor,
	rawArgs: unknown,
	now: number,
	context?: MutationContext
) {
	const args = parseArgs(zApplicantActionArgs, rawArgs);
	if (OWN_MUTATION_ACTIONS.includes(args.action)) {
		throw new MutationRejected('INVALID', [{ path: 'action', message: 'workflow.needsForm' }]);
	}
	const app = applicationsRepo.findForApplicant(
		db,
		args.municipalityId,
		mutationReach(actor.id, context?.applicant),
		args.applicationId
	);
	if (!app || app.status === 'draft') {
		throw new MutationRejected('NOT_FOUND');
	}
	try {
		const { version } = applyTransition(db, {
			app,
			action: args.action,
			actor,
			role: 'citizen',
			now
		});
		return { version };
	} catch (error) {
		if (error instanceof TRPCError) {
			throw new MutationRejected('STALE_STATE', [{ path: 'action', message: error.message }]);
		}
		throw error;
	}
}
