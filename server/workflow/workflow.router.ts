import { z } from 'zod';
import {
	zNoteInput,
	zOfficeState,
	zRequestInformationInput,
	zTimelineEntry,
	zTransitionInput
} from '../../src/lib/domain/office';
import { zRecordId } from '../../src/lib/domain/sync';
import { router, tenantProcedure } from '../kernel/trpc';
import {
	addNote,
	officeState,
	requestInformation,
	startReview,
	takeAction,
	timeline
} from './officer-steps.service';

const zVersion = z.object({ version: z.number().int() });

/**
 * The officer's workflow steps on an application. Served under `applications.*` (merged
 * with the applications router in server/app/router.ts), where the office pages call them.
 */
export const workflowRouter = router({
	startReview: tenantProcedure('officer')
		.input(z.object({ id: zRecordId }))
		.output(zVersion)
		.mutation(({ ctx, input }) => startReview(ctx.db, ctx.tenant, ctx.person, input.id, ctx.now())),
	state: tenantProcedure('officer')
		.input(z.object({ id: zRecordId }))
		.output(zOfficeState)
		.query(({ ctx, input }) => officeState(ctx.db, ctx.tenant, input.id)),
	transition: tenantProcedure('officer')
		.input(zTransitionInput)
		.output(
			z.object({ version: z.number().int(), status: z.string(), dueOn: z.string().nullable() })
		)
		.mutation(({ ctx, input }) => takeAction(ctx.db, ctx.tenant, ctx.person, input, ctx.now())),
	requestInformation: tenantProcedure('officer')
		.input(zRequestInformationInput)
		.output(
			z.object({
				version: z.number().int(),
				status: z.string(),
				dueOn: z.string().nullable(),
				requestId: z.string()
			})
		)
		.mutation(({ ctx, input }) =>
			requestInformation(ctx.db, ctx.tenant, ctx.person, input, ctx.now())
		),
	addNote: tenantProcedure('officer')
		.input(zNoteInput)
		.output(z.object({ id: z.string() }))
		.mutation(({ ctx, input }) => addNote(ctx.db, ctx.tenant, ctx.person, input, ctx.now())),
	timeline: tenantProcedure('officer')
		.input(z.object({ id: zRecordId }))
		.output(z.array(zTimelineEntry))
		.query(({ ctx, input }) => timeline(ctx.db, ctx.tenant, input.id))
});
