import { z } from 'zod';
import {
	zAddInstitutionInput,
	zAuditEntryView,
	zUpdateInstitutionInput,
	zAuditFilter,
	zGrantStaffRoleInput,
	zRoleId,
	zStaffRoleView
} from '../../src/lib/domain/staff';
import { zServiceSetupView, zUpdateServiceSetupInput } from '../../src/lib/domain/service-setup';
import {
	listServiceSetups,
	updateServiceSetup
} from '../service-settings/service-settings.service';
import { router, tenantProcedure } from '../kernel/trpc';
import { listAuditLog } from './audit-log.service';
import { addInstitution, updateInstitution } from './institutions.service';
import { adminActorFrom, grantStaffRole, listStaff, revokeRole } from './staff-roles.service';

const admin = tenantProcedure('municipal_admin');

/** The municipal admin's work: staff roles in their municipality, and its audit log. */
export const adminRouter = router({
	staff: admin
		.output(z.array(zStaffRoleView))
		.query(({ ctx }) => listStaff(ctx.db, ctx.tenant.municipalityId)),
	grant: admin
		.input(zGrantStaffRoleInput)
		.output(z.object({ id: zRoleId, created: z.boolean() }))
		.mutation(({ ctx, input }) =>
			grantStaffRole(ctx.db, adminActorFrom(ctx), {
				...input,
				municipalityId: ctx.tenant.municipalityId
			})
		),
	revoke: admin
		.input(z.object({ roleId: zRoleId }))
		.output(z.object({ ok: z.literal(true) }))
		.mutation(({ ctx, input }) => {
			revokeRole(ctx.db, adminActorFrom(ctx), ctx.tenant.municipalityId, input.roleId, [
				'officer',
				'inspector'
			]);
			return { ok: true as const };
		}),
	services: admin
		.output(z.array(zServiceSetupView))
		.query(({ ctx }) => listServiceSetups(ctx.db, ctx.tenant.municipalityId)),
	updateService: admin
		.input(zUpdateServiceSetupInput)
		.output(zServiceSetupView)
		.mutation(({ ctx, input }) =>
			updateServiceSetup(ctx.db, adminActorFrom(ctx), ctx.tenant.municipalityId, input)
		),
	addInstitution: admin
		.input(zAddInstitutionInput)
		.output(z.object({ id: z.string() }))
		.mutation(({ ctx, input }) => {
			const { municipalityId: _m, ...fields } = input;
			return addInstitution(ctx.db, adminActorFrom(ctx), ctx.tenant.municipalityId, fields);
		}),
	updateInstitution: admin
		.input(zUpdateInstitutionInput)
		.output(z.object({ ok: z.literal(true) }))
		.mutation(({ ctx, input }) => {
			const { municipalityId: _m, id, ...fields } = input;
			updateInstitution(ctx.db, adminActorFrom(ctx), ctx.tenant.municipalityId, id, fields);
			return { ok: true as const };
		}),
	audit: admin
		.input(zAuditFilter)
		.output(z.object({ entries: z.array(zAuditEntryView), next: z.string().nullable() }))
		.query(({ ctx, input }) =>
			listAuditLog(ctx.db, { ...input, municipalityId: ctx.tenant.municipalityId })
		)
});
