import { zPullOutput } from '../../src/lib/domain/application';
import { zPullInput, zPushInput, zPushOutput } from '../../src/lib/domain/sync';
import type { ApplicantFacts } from '../../src/lib/services/types';
import type { Context } from '../kernel/context';
import type { MutatorRegistry } from '../kernel/mutation';
import { authedProcedure, router } from '../kernel/trpc';
import { pull, push, type PullSource } from './sync.service';

/** A request's context once the person is known (what `authedProcedure` hands on). */
export type SignedInContext = Context & { person: NonNullable<Context['person']> };

/**
 * What the sync area is given by the composition above every area (server/app/sync.ts):
 * the mutators, on whose behalf a push is made, and what a pull reads. With these passed
 * in, sync imports no area that it syncs.
 */
export type SyncWiring = {
	mutators: MutatorRegistry;
	applicantFor(ctx: SignedInContext): ApplicantFacts;
	pullSourceFor(ctx: SignedInContext): PullSource;
};

export function createSyncRouter(wiring: SyncWiring) {
	return router({
		push: authedProcedure
			.input(zPushInput)
			.output(zPushOutput)
			.mutation(({ ctx, input }) =>
				push(ctx.db, wiring.mutators, ctx.person, input, ctx.now(), wiring.applicantFor(ctx))
			),
		// A mutation, not a query: pulls are POSTed so cookies and client ids stay out of URLs
		// and out of any HTTP cache.
		pull: authedProcedure
			.input(zPullInput)
			.output(zPullOutput)
			.mutation(({ ctx, input }) => pull(ctx.db, ctx.person, input, wiring.pullSourceFor(ctx)))
	});
}
