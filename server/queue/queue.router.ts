import { z } from 'zod';
import { zServiceId } from '../../src/lib/domain/application';
import { zRecordId } from '../../src/lib/domain/sync';
import {
	zAssignTarget,
	zBulkIds,
	zBulkTransitionInput,
	zBulkTransitionResult,
	zColleague,
	zQueueFilter,
	zQueuePage
} from '../../src/lib/domain/queue';
import { enforceRateLimit } from '../kernel/limits';
import { router, tenantProcedure } from '../kernel/trpc';
import { assign, colleagues } from './assign.service';
import { bulkTransition } from './bulk-transition.service';
import { checkService, queuePage } from './queue.service';

const zAssigned = z.object({ assigned: z.number().int() });

/** The officers' queue of one municipality: list, assign, bulk actions. */
export const officeRouter = router({
	queue: tenantProcedure('officer')
		.input(zQueueFilter)
		.output(zQueuePage)
		.query(({ ctx, input }) => {
			// A search is an index scan per word: limited per officer and per address.
			if (input.q?.trim()) {
				enforceRateLimit(
					'search',
					{ person: ctx.person.id, address: ctx.address ?? null },
					ctx.limits
				);
			}
			return queuePage(ctx.db, ctx.tenant, ctx.person.id, input, ctx.now());
		}),
	colleagues: tenantProcedure('officer')
		.input(z.object({ service: zServiceId.optional() }))
		.output(z.array(zColleague))
		.query(({ ctx, input }) => {
			checkService(ctx.tenant, input.service);
			return colleagues(ctx.db, ctx.tenant, input.service);
		}),
	assign: tenantProcedure('officer')
		.input(z.object({ id: zRecordId, to: zAssignTarget }))
		.output(zAssigned)
		.mutation(({ ctx, input }) =>
			assign(
				ctx.db,
				ctx.tenant,
				ctx.person,
				{ ids: [input.id], to: input.to },
				ctx.now(),
				ctx.address ?? null
			)
		),
	bulkAssign: tenantProcedure('officer')
		.input(z.object({ ids: zBulkIds, to: zAssignTarget }))
		.output(zAssigned)
		.mutation(({ ctx, input }) =>
			assign(ctx.db, ctx.tenant, ctx.person, input, ctx.now(), ctx.address ?? null)
		),
	bulkTransition: tenantProcedure('officer')
		.input(zBulkTransitionInput)
		.output(zBulkTransitionResult)
		.mutation(({ ctx, input }) => bulkTransition(ctx.db, ctx.tenant, ctx.person, input, ctx.now()))
});
