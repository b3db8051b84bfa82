import { z } from 'zod';
import { zFields } from '../../src/lib/domain/application';
import { zOfficeApplicationView } from '../../src/lib/domain/office-applicant';
import { zConflictChoice, zConflictView } from '../../src/lib/domain/conflict';
import { zRecordId } from '../../src/lib/domain/sync';
import { listConflictsForOfficer, resolveConflictAsOfficer } from '../conflicts/conflicts.service';
import { router, tenantProcedure } from '../trpc/init';
import {
	zDecideInput,
	zDecisionView,
	zPermitEntry,
	zNoteInput,
	zOfficeState,
	zRequestInformationInput,
	zTimelineEntry,
	zTransitionInput
} from '../../src/lib/domain/office';
import {
	addNote,
	decisionTemplateFor,
	officeState,
	requestInformation,
	takeAction,
	timeline
} from '../workflow/office.service';
import { decide, decisionView } from '../decisions/decision.service';
import { permitRegister } from '../decisions/permit-register';
import { decisionPreview } from '../decisions/decision-preview';
import { zDecisionPreview } from '../../src/lib/domain/decision-preview';
import { editFields, openSubmitted, startReview } from './applications.officer.service';

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
	startReview: tenantProcedure('officer')
		.input(z.object({ id: zRecordId }))
		.output(zVersion)
		.mutation(({ ctx, input }) => startReview(ctx.db, ctx.tenant, ctx.person, input.id, ctx.now())),
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
		),
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
		.query(({ ctx, input }) => timeline(ctx.db, ctx.tenant, input.id)),
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
