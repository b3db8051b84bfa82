import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { zMunicipality } from '../../src/lib/domain/tenant';
import {
	zAppointAdminInput,
	zNewMunicipality,
	zRoleId,
	zStaffRoleView
} from '../../src/lib/domain/staff';
import { zMunicipalityId } from '../../src/lib/domain/names';
import { router } from '../kernel/trpc';
import { addMunicipality } from './municipalities.service';
import { operatorProcedure } from './operator-procedure';
import { staffRoleRecords } from '../identity/staff-roles.service';
import { adminActorFrom, grantRole, revokeRole } from './staff-roles.service';
import { tenantRecords } from '../tenants/tenants.service';

/** The platform operator's work: municipalities, and who administers each. */
export const platformRouter = router({
	municipalities: operatorProcedure
		.output(z.array(zMunicipality))
		.query(({ ctx }) =>
			tenantRecords
				.listMunicipalities(ctx.db)
				.map((m) => ({ id: m.id, nameLv: m.nameLv, nameEn: m.nameEn }))
		),
	addMunicipality: operatorProcedure
		.input(zNewMunicipality)
		.output(z.object({ id: zMunicipalityId }))
		.mutation(({ ctx, input }) => {
			addMunicipality(ctx.db, adminActorFrom(ctx), input);
			return { id: input.id };
		}),
	admins: operatorProcedure
		.output(z.array(zStaffRoleView))
		.query(({ ctx }) => staffRoleRecords.listByRole(ctx.db, 'municipal_admin')),
	appointAdmin: operatorProcedure
		.input(zAppointAdminInput)
		.output(z.object({ id: zRoleId, created: z.boolean() }))
		.mutation(({ ctx, input }) => {
			if (!tenantRecords.findMunicipality(ctx.db, input.municipalityId)) {
				throw new TRPCError({ code: 'NOT_FOUND', message: 'No such municipality' });
			}
			return grantRole(ctx.db, adminActorFrom(ctx), {
				who: input,
				role: 'municipal_admin',
				municipalityId: input.municipalityId,
				service: null
			});
		}),
	removeAdmin: operatorProcedure
		.input(z.object({ municipalityId: zMunicipalityId, roleId: zRoleId }))
		.output(z.object({ ok: z.literal(true) }))
		.mutation(({ ctx, input }) => {
			revokeRole(ctx.db, adminActorFrom(ctx), input.municipalityId, input.roleId, [
				'municipal_admin'
			]);
			return { ok: true as const };
		})
});
