import { todayInLatvia } from '../../src/lib/domain/time';
import { servicesWith } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import { expireOverdueOffers } from './offers.service';
import { placementRepo } from './placement.repo';
import { remindOpenOffers } from './reminders';
import { executeRun, prepareRun } from './runs.service';
import { placementSettingsOf } from './settings.service';

/** Rolling rounds run at night (Riga time) so that offers go out with the morning. */
const NIGHT_HOURS = new Set([1, 2, 3, 4]);

const rigaHour = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Riga',
	hour: '2-digit',
	hourCycle: 'h23'
});

/**
 * One pass of the placement scheduler: lapse offers past their deadline, remind families of
 * offers about to lapse, and where a municipality's cadence says so, run (not publish) a
 * rolling round per intake: an officer reads its verification report and publishes it.
 * Idempotent: a round already run today for an intake is not run again.
 */
export function placementTick(
	db: DbOrTx,
	now: number
): { expired: number; reminded: number; runs: number } {
	const expired = expireOverdueOffers(db, now);
	const reminded = remindOpenOffers(db, now);
	let runs = 0;
	if (NIGHT_HOURS.has(Number(rigaHour.format(new Date(now))))) {
		runs = rollingRounds(db, now);
	}
	return { expired, reminded, runs };
}

function rollingRounds(db: DbOrTx, now: number): number {
	const today = todayInLatvia(now);
	const weekday = new Date(`${today}T12:00:00Z`).getUTCDay();
	let count = 0;
	for (const { municipalityId } of placementRepo.municipalitiesWithSettings(db)) {
		const cadence = placementSettingsOf(db, municipalityId).cadence;
		if (cadence === 'officerOnly' || (cadence === 'weekly' && weekday !== 1)) {
			continue;
		}
		for (const def of servicesWith('placement')) {
			const intakes = new Set(
				placementRepo.programmes(db, municipalityId, def.id).map((p) => p.level)
			);
			const ranToday = new Set(
				placementRepo
					.runs(db, municipalityId, 50)
					.filter((r) => r.runDate === today && r.kind === 'rolling' && r.service === def.id)
					.map((r) => r.intake)
			);
			for (const intake of [...intakes].filter((i) => !ranToday.has(i))) {
				const tenant = { municipalityId, services: null };
				const run = prepareRun(db, tenant, null, { service: def.id, intake, kind: 'rolling' }, now);
				executeRun(db, tenant, run.id, now);
				count += 1;
			}
		}
	}
	return count;
}
