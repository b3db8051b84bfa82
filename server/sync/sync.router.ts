import { zPullOutput } from '../../src/lib/domain/application';
import { zPullInput, zPushInput, zPushOutput } from '../../src/lib/domain/sync';
import { applicantFacts } from '../identity/applicant-facts';
import { withGrantor } from '../applications/on-behalf';
import { sessionReach } from '../applications/reach';
import { authedProcedure, router } from '../trpc/init';
import { pull, push } from './sync.service';

export const syncRouter = router({
	push: authedProcedure
		.input(zPushInput)
		.output(zPushOutput)
		.mutation(({ ctx, input }) =>
			push(
				ctx.db,
				ctx.person,
				input,
				ctx.now(),
				withGrantor(
					ctx.db,
					applicantFacts(ctx.session?.actingFor ?? null),
					ctx.session?.actingFor ?? null,
					ctx.now()
				)
			)
		),
	// A mutation, not a query: pulls are POSTed so cookies and client ids stay out of URLs
	// and out of any HTTP cache.
	pull: authedProcedure
		.input(zPullInput)
		.output(zPullOutput)
		.mutation(({ ctx, input }) =>
			pull(
				ctx.db,
				ctx.person,
				input,
				sessionReach(ctx.db, ctx.person.id, ctx.session?.actingFor ?? null)
			)
		)
});
