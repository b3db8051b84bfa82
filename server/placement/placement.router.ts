import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { todayInLatvia } from '../../src/lib/domain/time';
import { zPlacementSettings } from '../../src/lib/domain/placement-settings';
import {
	zApplicationPlacement,
	zApplicationRef,
	zCaseInput,
	zPlacementOpenData,
	zProgrammeView,
	zRunInput,
	zRunRef,
	zRunView
} from '../../src/lib/domain/placement-views';
import { zRecordId } from '../../src/lib/domain/sync';
import { applicationRecords } from '../applications/applications.service';
import { sessionReach } from '../applications/reach';
import { authedProcedure, router, tenantProcedure } from '../kernel/trpc';
import { recordCase } from './cases.service';
import { explainApplication } from './explain.service';
import { publishRun } from './offers.service';
import { placementOpenData } from './open-data.service';
import { placementRepo } from './placement.repo';
import { programmeViews, setCapacity, zCapacityInput } from './programmes.service';
import { executeRun, getRun, prepareRun, replayRun, runView } from './runs.service';
import {
	ruleSetOn,
	ruleSetVersions,
	saveRuleSet,
	zIntake,
	type StoredRuleSet
} from './rule-sets.service';
import { placementSettingsOf, savePlacementSettings } from './settings.service';

/** A rule set as the admin page reads it (the engine's zRuleSet checked it when saved). */
const zRuleSetView = z.custom<StoredRuleSet>((v) => typeof v === 'object' && v !== null);

const officer = tenantProcedure('officer');

/** Programmes, runs, offers and explanations (issue 16); the family's answer is a mutation. */
export const placementRouter = router({
	programmes: officer
		.input(z.object({ service: z.string().max(60).optional() }))
		.output(z.array(zProgrammeView))
		.query(({ ctx, input }) =>
			// An officer sees the programmes of the e-services they hold a role for.
			programmeViews(
				ctx.db,
				ctx.tenant.municipalityId,
				todayInLatvia(ctx.now()),
				input.service
			).filter((p) => !ctx.tenant.services || ctx.tenant.services.includes(p.service))
		),
	setCapacity: officer
		.input(zCapacityInput)
		.output(zProgrammeView.optional())
		.mutation(({ ctx, input }) => setCapacity(ctx.db, ctx.tenant, ctx.person, input, ctx.now())),
	runs: officer.output(z.array(zRunView)).query(({ ctx }) =>
		placementRepo
			.runs(ctx.db, ctx.tenant.municipalityId, 20)
			.filter((r) => !ctx.tenant.services || ctx.tenant.services.includes(r.service))
			.map((r) => getRun(ctx.db, ctx.tenant, r.id))
	),
	run: officer
		.input(zRunRef)
		.output(zRunView)
		.query(({ ctx, input }) => getRun(ctx.db, ctx.tenant, input.runId)),
	prepareRun: officer
		.input(zRunInput)
		.output(zRunView)
		.mutation(({ ctx, input }) =>
			runView(prepareRun(ctx.db, ctx.tenant, ctx.person, input, ctx.now()))
		),
	executeRun: officer
		.input(zRunRef)
		.output(zRunView)
		.mutation(({ ctx, input }) => runView(executeRun(ctx.db, ctx.tenant, input.runId, ctx.now()))),
	publish: officer
		.input(zRunRef)
		.output(z.object({ offered: z.number() }))
		.mutation(({ ctx, input }) =>
			publishRun(ctx.db, ctx.tenant, ctx.person, input.runId, ctx.now())
		),
	replay: officer
		.input(zRunRef)
		.output(z.object({ identical: z.boolean(), seedHashMatches: z.boolean() }))
		.query(({ ctx, input }) => replayRun(ctx.db, ctx.tenant, input.runId)),
	application: officer
		.input(z.object({ applicationId: zRecordId }))
		.output(zApplicationPlacement)
		.query(({ ctx, input }) => {
			const app = applicationRecords.findSubmitted(ctx.db, ctx.tenant, input.applicationId);
			if (!app) {
				throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application here' });
			}
			return explainApplication(ctx.db, app, ctx.now());
		}),
	recordCase: officer
		.input(zCaseInput)
		.output(z.object({ id: z.string() }))
		.mutation(({ ctx, input }) => recordCase(ctx.db, ctx.tenant, ctx.person, input, ctx.now())),
	openData: officer
		.output(zPlacementOpenData)
		.query(({ ctx }) => placementOpenData(ctx.db, ctx.tenant.municipalityId, ctx.now())),
	settings: tenantProcedure('municipal_admin')
		.output(zPlacementSettings)
		.query(({ ctx }) => placementSettingsOf(ctx.db, ctx.tenant.municipalityId)),
	saveSettings: tenantProcedure('municipal_admin')
		.input(z.object({ settings: z.unknown() }))
		.output(zPlacementSettings)
		.mutation(({ ctx, input }) =>
			savePlacementSettings(ctx.db, ctx.tenant, ctx.person, input.settings, ctx.now())
		),
	/** An intake's rule set in force today and its saved versions (issue 16 item 1). */
	ruleSets: tenantProcedure('municipal_admin')
		.input(z.object({ intake: zIntake }))
		.output(z.object({ inForce: zRuleSetView, versions: z.array(zRuleSetView) }))
		.query(({ ctx, input }) => {
			const m = ctx.tenant.municipalityId;
			return {
				inForce: ruleSetOn(ctx.db, m, input.intake, todayInLatvia(ctx.now())),
				versions: ruleSetVersions(ctx.db, m, input.intake)
			};
		}),
	saveRuleSet: tenantProcedure('municipal_admin')
		.input(z.object({ ruleSet: z.unknown() }))
		.output(zRuleSetView)
		.mutation(({ ctx, input }) =>
			saveRuleSet(
				ctx.db,
				ctx.tenant,
				ctx.person,
				input.ruleSet,
				ctx.now(),
				todayInLatvia(ctx.now())
			)
		),
	/** The family's view of their own application: offers and per-choice explanations. */
	mine: authedProcedure
		.input(zApplicationRef)
		.output(zApplicationPlacement)
		.query(({ ctx, input }) => {
			const reach = sessionReach(ctx.db, ctx.person.id, ctx.session?.actingFor ?? null);
			const app = applicationRecords.findForApplicant(
				ctx.db,
				input.municipalityId,
				reach,
				input.applicationId
			);
			if (!app || app.status === 'draft') {
				throw new TRPCError({ code: 'NOT_FOUND', message: 'No such application' });
			}
			return explainApplication(ctx.db, app, ctx.now());
		})
});
