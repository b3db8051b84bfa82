import { z } from 'zod';
import { zDecisionPreview } from '../../src/lib/domain/decision-preview';
import { zDecideInput, zDecisionView, zPermitEntry } from '../../src/lib/domain/office';
import { zRecordId } from '../../src/lib/domain/sync';
import { router, tenantProcedure } from '../kernel/trpc';
import { decisionTemplateFor, officeState } from '../workflow/officer-steps.service';
import { decisionPreview } from './decision-preview';
import { decide, decisionView } from './decision.service';
import { permitRegister } from './permit-register';

/** The officer's decision on an application, its draft text and preview, and the register. */
export const decisionsRouter = router({
	decide: tenantProcedure('officer')
		.input(zDecideInput)
		.output(zDecisionView)
		.mutation(({ ctx, input }) => decide(ctx.db, ctx.tenant, ctx.person, input, ctx.now())),
	decision: tenantProcedure('officer')
		.input(z.object({ id: zRecordId }))
		.output(zDecisionView.nullable())
		.query(({ ctx, input }) => {
			officeState(ctx.db, ctx.tenant, input.id);
			return decisionView(ctx.db, ctx.tenant.municipalityId, input.id);
		}),
	decisionTemplate: tenantProcedure('officer')
		.input(z.object({ id: zRecordId, outcome: z.enum(['approved', 'refused']) }))
		.output(z.array(z.string()))
		.query(({ ctx, input }) => decisionTemplateFor(ctx.db, ctx.tenant, input.id, input.outcome)),
	decisionPreview: tenantProcedure('officer')
		.input(z.object({ id: zRecordId }))
		.output(zDecisionPreview)
		.query(({ ctx, input }) => decisionPreview(ctx.db, ctx.tenant, input.id, ctx.now())),
	permits: tenantProcedure('officer')
		.input(z.object({ from: z.iso.date().optional() }))
		.output(z.array(zPermitEntry))
		.query(({ ctx, input }) => permitRegister(ctx.db, ctx.tenant, ctx.now(), input.from))
});
