import type { InspectionSetup } from '../../src/lib/services/types';
import { inspectedService, servicesWith } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import { serviceSetup } from '../service-settings/service-settings.service';

/** The ids of the services with field inspections (their officers and inspectors see them). */
export function inspectedServiceIds(): string[] {
	return servicesWith('inspection').map((def) => def.id);
}

/** Whether someone handling `services` (null: every service) handles some inspected one. */
export function handlesInspections(services: readonly (string | null)[] | null): boolean {
	const ids = inspectedServiceIds();
	return services === null || services.some((s) => s === null || ids.includes(s));
}

/**
 * The service an inspection is of: the task's (or its application's) service, or for a
 * report of an object found without a permit the service that takes reports.
 */
export function inspectionService(serviceId: string | null) {
	const def = inspectedService(serviceId);
	if (!def) {
		throw new Error(`no registered service inspects ${serviceId ?? 'reports'}`);
	}
	return def;
}

/** The checklist and position limits the municipality sets for this kind of permit now. */
export function setupFor(
	db: DbOrTx,
	municipalityId: string,
	serviceId: string | null,
	permitKind: string | null
): InspectionSetup {
	const def = inspectionService(serviceId);
	return def.inspection.setup(serviceSetup(db, municipalityId, def).settings, permitKind);
}
