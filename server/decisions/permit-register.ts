import { todayInLatvia } from '../../src/lib/domain/time';
import { servicesWith } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import type { Tenant } from '../kernel/trpc';
import { decisionsRepo } from './decisions.repo';

/**
 * The municipality's register of issued permits, for its officers: every permit of the
 * services with a register (their `register` capability) still valid today or later (or
 * all since a day given), the latest ending first, at most 500. An officer sees only the
 * permits of the services they handle.
 */
export function permitRegister(db: DbOrTx, tenant: Tenant, now: number, from?: string) {
	const services = servicesWith('register')
		.map((def) => def.id)
		.filter((id) => !tenant.services || tenant.services.includes(id));
	if (services.length === 0) {
		return [];
	}
	return decisionsRepo
		.listPermits(db, tenant.municipalityId, from ?? todayInLatvia(now), 500, services)
		.map((p) => ({
			number: p.number,
			applicationId: p.applicationId,
			service: p.service,
			kind: p.kind,
			holder: p.holder,
			location: p.location,
			lat: p.lat,
			lon: p.lon,
			validFrom: p.validFrom,
			validTo: p.validTo,
			details: p.details
		}));
}
