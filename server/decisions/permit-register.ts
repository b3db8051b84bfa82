import { todayInLatvia } from '../../src/lib/domain/time';
import type { DbOrTx } from '../db/client.server';
import type { Tenant } from '../kernel/trpc';
import { decisionsRepo } from './decisions.repo';

const REGISTER_SERVICE = 'advertising-permit';

/**
 * The municipality's register of advertising permits, for its officers: every permit still
 * valid today or later (or all since a day given), the latest ending first, at most 500.
 * Officers without a role for the permit service see none.
 */
export function permitRegister(db: DbOrTx, tenant: Tenant, now: number, from?: string) {
	if (tenant.services && !tenant.services.includes(REGISTER_SERVICE)) {
		return [];
	}
	return decisionsRepo
		.listPermits(db, tenant.municipalityId, from ?? todayInLatvia(now), 500)
		.map((p) => ({
			number: p.number,
			applicationId: p.applicationId,
			kind: p.kind,
			holder: p.holder,
			location: p.location,
			lat: p.lat,
			lon: p.lon,
			validFrom: p.validFrom,
			validTo: p.validTo
		}));
}
