import { initTRPC, TRPCError } from '@trpc/server';
import { z } from 'zod';
import { zMunicipalityId } from '../../src/lib/domain/application';
import type { Context } from './context';
import { errorData } from './error-data';

/**
 * Who may call a procedure, declared by the builder it is made from, so that the
 * authorization matrix test (tests/integration/authz) can enumerate the router and check
 * every procedure against it. A procedure may restrict further inside (only the applicant's
 * own record, only some e-services); the matrix checks that by data.
 */
export type AccessMeta =
	| { access: 'public' }
	| { access: 'person' }
	| { access: 'staff'; role: StaffRole }
	| { access: 'operator' };

const withMeta = initTRPC.context<Context>().meta<AccessMeta>();
const t = withMeta.create({
	errorFormatter({ shape, error }) {
		// Refusals carry their issues (catalogue keys at field paths) so a client shows them
		// beside the field in the person's language; internal errors carry nothing more.
		return { ...shape, data: errorData(error, shape.data) };
	}
});

export const router = t.router;
/** One namespace served by routers of several areas (server/app/router.ts). */
export const mergeRouters = t.mergeRouters;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure.meta({ access: 'public' });

/** Anyone signed in: a citizen, a company's signatory, staff acting as themselves. */
export const authedProcedure = t.procedure.meta({ access: 'person' }).use(({ ctx, next }) => {
	if (!ctx.person) {
		throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Sign in first' });
	}
	return next({ ctx: { ...ctx, person: ctx.person } });
});

export type StaffRole = 'officer' | 'inspector' | 'municipal_admin';

/**
 * A procedure acting inside one municipality as staff. The municipality comes from the
 * input and must be one the person holds the role in; the checked tenant is put on the
 * context so that repositories take it from there, never from raw input.
 */
export function tenantProcedure(role: StaffRole) {
	return authedProcedure
		.meta({ access: 'staff', role })
		.input(z.object({ municipalityId: zMunicipalityId }))
		.use(({ ctx, input, next }) => {
			const allowed = ctx.roles.some(
				(r) => r.role === role && r.municipalityId === input.municipalityId
			);
			if (!allowed) {
				throw new TRPCError({ code: 'FORBIDDEN', message: 'No role in this municipality' });
			}
			const services = ctx.roles
				.filter((r) => r.role === role && r.municipalityId === input.municipalityId)
				.map((r) => r.service);
			return next({
				ctx: {
					...ctx,
					tenant: {
						municipalityId: input.municipalityId,
						// null = every service of the municipality
						services: services.includes(null) ? null : (services as string[])
					}
				}
			});
		});
}

export type Tenant = { municipalityId: string; services: string[] | null };
