import type { RoleGrant } from './context';
import type { Tenant } from './trpc';

/** The officer tenants of a person: each municipality with the services they handle there. */
export function officerTenants(identity: { roles: readonly RoleGrant[] }): Tenant[] {
	const byMunicipality = new Map<string, (string | null)[]>();
	for (const role of identity.roles) {
		if (role.role === 'officer' && role.municipalityId) {
			byMunicipality.set(role.municipalityId, [
				...(byMunicipality.get(role.municipalityId) ?? []),
				role.service
			]);
		}
	}
	return [...byMunicipality].map(([municipalityId, services]) => ({
		municipalityId,
		services: services.includes(null) ? null : (services as string[])
	}));
}
