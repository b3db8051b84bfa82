import { TRPCError } from '@trpc/server';
import { authedProcedure } from '../kernel/trpc';

/** A procedure for the platform operator, whose role spans every municipality. */
export const operatorProcedure = authedProcedure
	.meta({ access: 'operator' })
	.use(({ ctx, next }) => {
		const isOperator = ctx.roles.some(
			(r) => r.role === 'platform_operator' && r.municipalityId === null
		);
		if (!isOperator) {
			throw new TRPCError({ code: 'FORBIDDEN', message: 'Platform operators only' });
		}
		return next();
	});
