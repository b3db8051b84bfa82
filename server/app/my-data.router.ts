import { z } from 'zod';
import { enforceRateLimit } from '../kernel/limits';
import { authedProcedure, router } from '../kernel/trpc';
import { exportMyData } from './my-data';

/**
 * account.myData, merged into the account router in ./router.ts: the export reads every
 * area's rows about the person, so it is composed here, above the areas.
 */
export const myDataRouter = router({
	// A mutation, not a query: each export is recorded in the audit log.
	myData: authedProcedure.output(z.record(z.string(), z.unknown())).mutation(({ ctx }) => {
		// Each export writes an audit row and reads everything about the person: limited.
		enforceRateLimit('myData', { person: ctx.person.id, address: ctx.address ?? null }, ctx.limits);
		return exportMyData(ctx.db, {
			person: ctx.person,
			address: ctx.address ?? null,
			now: ctx.now()
		});
	})
});
