import { z } from 'zod';
import { zApplicationView, zServiceId } from '../../src/lib/domain/application';
import { zRecordId } from '../../src/lib/domain/sync';
import { router, tenantProcedure } from '../trpc/init';
import { getSubmitted, listQueue } from './applications.service';

export const applicationsRouter = router({
	queue: tenantProcedure('officer')
		.input(z.object({ service: zServiceId.optional() }))
		.output(z.array(zApplicationView))
		.query(({ ctx, input }) => listQueue(ctx.db, ctx.tenant, input.service)),
	get: tenantProcedure('officer')
		.input(z.object({ id: zRecordId }))
		.output(zApplicationView)
		.query(({ ctx, input }) => getSubmitted(ctx.db, ctx.tenant, input.id))
});
