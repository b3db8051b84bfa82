import { z } from 'zod';
import { zMunicipalityId } from '../../src/lib/domain/application';
import { zInstitution, zMunicipality } from '../../src/lib/domain/tenant';
import { publicProcedure, router } from '../kernel/trpc';
import { zOfferedService } from '../../src/lib/domain/service-setup';
import { listOfferedServices } from '../service-settings/service-settings.service';
import { listInstitutions, listMunicipalities, requireMunicipality } from './tenants.service';

// Public reference data: which municipalities and institutions exist is not personal.
export const tenantsRouter = router({
	municipalities: publicProcedure
		.output(z.array(zMunicipality))
		.query(({ ctx }) => listMunicipalities(ctx.db)),
	institutions: publicProcedure
		.input(z.object({ municipalityId: zMunicipalityId }))
		.output(z.array(zInstitution))
		.query(({ ctx, input }) => listInstitutions(ctx.db, input.municipalityId)),
	// The e-services a municipality offers and its public settings for each (tariffs, limits,
	// priority groups): the browser needs them to check and price an application offline.
	services: publicProcedure
		.input(z.object({ municipalityId: zMunicipalityId }))
		.output(z.array(zOfferedService))
		.query(({ ctx, input }) => {
			requireMunicipality(ctx.db, input.municipalityId);
			return listOfferedServices(ctx.db, input.municipalityId);
		})
});
