import { z } from 'zod';
import { zMunicipalityId } from '../../src/lib/domain/application';
import { zInstitution, zMunicipality } from '../../src/lib/domain/tenant';
import { publicProcedure, router } from '../trpc/init';
import { listInstitutions, listMunicipalities } from './tenants.service';

// Public reference data: which municipalities and institutions exist is not personal.
export const tenantsRouter = router({
	municipalities: publicProcedure
		.output(z.array(zMunicipality))
		.query(({ ctx }) => listMunicipalities(ctx.db)),
	institutions: publicProcedure
		.input(z.object({ municipalityId: zMunicipalityId }))
		.output(z.array(zInstitution))
		.query(({ ctx, input }) => listInstitutions(ctx.db, input.municipalityId))
});
