import { z } from 'zod';
import {
	zCloseInspectionInput,
	zInspectionListInput,
	zInspectionRef,
	zInspectionView,
	zInspectorView,
	zScheduleInspectionInput,
	zUpdateInspectionInput
} from '../../src/lib/domain/inspection';
import { router, tenantProcedure } from '../kernel/trpc';
import {
	closeInspection,
	getInspection,
	inspectors,
	listInspections,
	resolveConflictAsOfficer,
	scheduleInspection,
	updateInspection
} from './task-scheduling.service';

const zVersion = z.object({ version: z.number().int() });

/** The officers' side of field inspections (the inspector's side is sync mutations). */
export const inspectionsRouter = router({
	list: tenantProcedure('officer')
		.input(zInspectionListInput)
		.output(z.array(zInspectionView))
		.query(({ ctx, input }) => listInspections(ctx.db, ctx.tenant, input)),
	get: tenantProcedure('officer')
		.input(zInspectionRef)
		.output(zInspectionView)
		.query(({ ctx, input }) => getInspection(ctx.db, ctx.tenant, input.inspectionId)),
	inspectors: tenantProcedure('officer')
		.output(z.array(zInspectorView))
		.query(({ ctx }) => inspectors(ctx.db, ctx.tenant)),
	schedule: tenantProcedure('officer')
		.input(zScheduleInspectionInput)
		.output(z.object({ id: z.string() }))
		.mutation(({ ctx, input }) =>
			scheduleInspection(ctx.db, ctx.tenant, ctx.person, input, ctx.now())
		),
	update: tenantProcedure('officer')
		.input(zUpdateInspectionInput)
		.output(zVersion)
		.mutation(({ ctx, input }) =>
			updateInspection(ctx.db, ctx.tenant, ctx.person, input, ctx.now())
		),
	cancel: tenantProcedure('officer')
		.input(zCloseInspectionInput)
		.output(zVersion)
		.mutation(({ ctx, input }) =>
			closeInspection(ctx.db, ctx.tenant, ctx.person, input, 'cancel', ctx.now())
		),
	close: tenantProcedure('officer')
		.input(zCloseInspectionInput)
		.output(zVersion)
		.mutation(({ ctx, input }) =>
			closeInspection(ctx.db, ctx.tenant, ctx.person, input, 'close', ctx.now())
		),
	resolveConflict: tenantProcedure('officer')
		.input(zInspectionRef)
		.output(zVersion)
		.mutation(({ ctx, input }) =>
			resolveConflictAsOfficer(ctx.db, ctx.tenant, input.inspectionId, ctx.now())
		)
});
