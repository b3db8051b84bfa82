import { z } from 'zod';
import { zFields } from '../../src/lib/domain/application';
import { zOfficeApplicationView } from '../../src/lib/domain/office-applicant';
import { zConflictChoice, zConflictView } from '../../src/lib/domain/conflict';
import { zRecordId } from '../../src/lib/domain/sync';
import { listConflictsForOfficer, resolveConflictAsOfficer } from './conflicts.service';
import { router, tenantProcedure } from '../kernel/trpc';
import { editFields, openSubmitted } from './applications.officer.service';

const zVersion = z.object({ version: z.number().int() });

export const applicationsRouter = router({
	get: tenantProcedure('officer')
		.input(z.object({ id: zRecordId }))
		.output(zOfficeApplicationView)
		.query(({ ctx, input }) =>
			openSubmitted(
				ctx.db,
				ctx.tenant,
				{ person: ctx.person, address: ctx.address ?? null, now: ctx.now() },
				input.id
			)
		),
	conflicts: tenantProcedure('officer')
		.input(z.object({ id: zRecordId }))
		.output(z.array(zConflictView))
		.query(({ ctx, input }) => listConflictsForOfficer(ctx.db, ctx.tenant, input.id)),
	editFields: tenantProcedure('officer')
		.input(
			z.object({ id: zRecordId, baseVersion: z.number().int().nonnegative(), fields: zFields })
		)
		.output(zVersion.extend({ conflicts: z.number().int() }))
		.mutation(({ ctx, input }) => editFields(ctx.db, ctx.tenant, ctx.person, input, ctx.now())),
	resolveConflict: tenantProcedure('officer')
		.input(
			z.object({
				id: zRecordId,
				conflictId: z.string().min(1).max(60),
				choice: zConflictChoice,
				baseVersion: z.number().int().nonnegative()
			})
		)
		.output(zVersion)
		.mutation(({ ctx, input }) =>
			resolveConflictAsOfficer(
				ctx.db,
				ctx.tenant,
				ctx.person,
				{
					applicationId: input.id,
					conflictId: input.conflictId,
					choice: input.choice,
					baseVersion: input.baseVersion
				},
				ctx.now()
			)
		)
});
