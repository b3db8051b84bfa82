import { zMe } from '../../src/lib/domain/tenant';
import { actingForForBrowser } from './latvija/identifiers';
import { publicProcedure, router } from '../kernel/trpc';

export const identityRouter = router({
	// The personal code is deliberately not sent: the browser caches this for offline use.
	me: publicProcedure.output(zMe).query(({ ctx }) =>
		ctx.person
			? {
					id: ctx.person.id,
					givenName: ctx.person.givenName,
					surname: ctx.person.surname,
					roles: ctx.roles.map((r) => ({
						role: r.role,
						municipalityId: r.municipalityId,
						service: r.service
					})),
					actingFor: actingForForBrowser(ctx.session?.actingFor ?? null)
				}
			: null
	)
});
