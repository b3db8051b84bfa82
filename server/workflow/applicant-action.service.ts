import { TRPCError } from '@trpc/server';
import { OWN_MUTATION_ACTIONS } from '../../src/lib/domain/application';
import type { DbOrTx } from '../db/client.server';
import { MutationRejected } from '../kernel/mutation-rejected';
import type { MutationContext } from '../kernel/mutation';
import type { Actor } from '../kernel/context';
import { mutationReach } from '../applications/reach';
import { applyTransition } from './transition';
import type { ParsedMutationArgs } from '../../src/lib/domain/mutations';
import { applicationRecords } from '../applications/applications.service';

/**
 * `application.act` (a sync mutation, so it can be taken offline): the applicant withdraws,
 * or accepts or declines an offered place. The workflow decides what is allowed; a step no
 * longer possible (the officer moved on meanwhile) is refused with the reason.
 */
export function applicantAction(
	db: DbOrTx,
	actor: Actor,
	args: ParsedMutationArgs<'application.act'>,
	now: number,
	context?: MutationContext
) {
	if (OWN_MUTATION_ACTIONS.includes(args.action)) {
		throw new MutationRejected('INVALID', [{ path: 'action', message: 'workflow.needsForm' }]);
	}
	const app = applicationRecords.findForApplicant(
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
