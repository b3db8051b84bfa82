import { z } from 'zod';
import { zMunicipalityId } from './application';
import { zMeActingFor } from './sign-in';

export const zMunicipality = z.object({
	id: zMunicipalityId,
	nameLv: z.string(),
	nameEn: z.string()
});
export type Municipality = z.infer<typeof zMunicipality>;

export const zInstitution = z.object({
	id: z.string(),
	municipalityId: zMunicipalityId,
	nameLv: z.string(),
	nameEn: z.string(),
	kind: z.enum(['preschool', 'school']),
	address: z.string()
});
export type Institution = z.infer<typeof zInstitution>;

export const zStaffRole = z.object({
	role: z.enum(['officer', 'inspector', 'municipal_admin', 'platform_operator']),
	municipalityId: z.string().nullable(),
	service: z.string().nullable()
});

export const zMe = z
	.object({
		id: z.string(),
		givenName: z.string(),
		surname: z.string(),
		roles: z.array(zStaffRole),
		// Optional: a copy cached by an older version of the app has none.
		actingFor: zMeActingFor.nullable().optional()
	})
	.nullable();
export type Me = z.infer<typeof zMe>;
