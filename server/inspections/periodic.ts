import { todayInLatvia } from '../../src/lib/domain/time';
import { servicesWith, type ServiceWith } from '../../src/lib/services/registry';
import { addDays } from '../../src/lib/domain/calendar/dates';
import type { Db } from '../db/client.server';
import { serviceSetup } from '../service-settings/service-settings.service';
import { inspectors, scheduleInspection } from './task-scheduling.service';
import { inspectionsRepo } from './inspections.repo';
import { tenantRecords as tenantsRepo } from '../tenants/tenants.service';
import { permitRecords as decisionsRepo } from '../decisions/decision.service';

/** Days an inspector has for a periodic inspection. */
const PERIODIC_TERM_DAYS = 30;

/** The day `months` calendar months before `day` (YYYY-MM-DD), clamped to the month's end. */
export function monthsBefore(day: string, months: number): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const first = new Date(Date.UTC(y, m - 1 - months, 1));
	const lastDay = new Date(
		Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)
	).getUTCDate();
	first.setUTCDate(Math.min(d, lastDay));
	return first.toISOString().slice(0, 10);
}

/**
 * "Periodically for issued permits" (issue 7): every valid permit not inspected for the
 * municipality's period (`inspection.periodicMonths`; 0 = never) gets a periodic task,
 * given to the municipality's inspector with the fewest open tasks. A permit with an open
 * task, or issued within the period, is left alone. Idempotent: run it at start and daily.
 * Returns the number of tasks made.
 */
export function schedulePeriodicInspections(db: Db, now: number): number {
	let made = 0;
	// Services whose permits are in the register and inspected: each by its own period.
	for (const def of servicesWith('inspection')) {
		if (def.register) {
			made += scheduleForService(db, def, now);
		}
	}
	return made;
}

function scheduleForService(db: Db, def: ServiceWith<'inspection'>, now: number): number {
	const today = todayInLatvia(now);
	let made = 0;
	for (const { id: municipalityId } of tenantsRepo.listMunicipalities(db)) {
		const setup = serviceSetup(db, municipalityId, def);
		const months = def.inspection.periodicMonths(setup.settings);
		if (!setup.enabled || months <= 0) {
			continue;
		}
		const tenant = { municipalityId, services: null };
		const staff = inspectors(db, tenant);
		if (staff.length === 0) {
			continue;
		}
		const since = monthsBefore(today, months);
		for (const permit of decisionsRepo.listPermits(db, municipalityId, today, 10_000, def.id)) {
			if (permit.validFrom > today || todayInLatvia(permit.issuedAt) > since) {
				continue;
			}
			const latest = inspectionsRepo.latestForApplication(db, municipalityId, permit.applicationId);
			if (latest && (latest.status === 'assigned' || todayInLatvia(latest.createdAt) > since)) {
				continue;
			}
			const inspectorId = leastBusy(
				db,
				municipalityId,
				staff.map((s) => s.id)
			);
			scheduleInspection(
				db,
				tenant,
				null,
				{
					municipalityId,
					applicationId: permit.applicationId,
					followsId: null,
					kind: 'periodic',
					inspectorId,
					dueOn: addDays(today, PERIODIC_TERM_DAYS),
					instructions: ''
				},
				now
			);
			made += 1;
		}
	}
	return made;
}

function leastBusy(db: Db, municipalityId: string, ids: string[]): string {
	const load = (id: string) => inspectionsRepo.countAssigned(db, municipalityId, id);
	return ids.map((id) => ({ id, n: load(id) })).sort((a, b) => a.n - b.n)[0]?.id ?? '';
}
