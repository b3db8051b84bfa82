import { addWorkingDays } from '../../src/lib/domain/calendar';
import { addDays } from '../../src/lib/domain/calendar/dates';
import type { PlacementSettings } from '../../src/lib/domain/placement-settings';
import { startOfLatvianDay, todayInLatvia } from '../../src/lib/domain/time';

/**
 * An offer's reply deadline: N working days (the Latvian calendar, holidays and transferred
 * days included) or N calendar days after the day it is made, to the end of that day in
 * Riga. The instant is the next Riga midnight, so daylight-saving changes cannot move it.
 */
export function offerDeadline(
	settings: Pick<PlacementSettings, 'responseDays' | 'responseDayKind'>,
	now: number
): { day: string; instant: number } {
	const today = todayInLatvia(now);
	const day =
		settings.responseDayKind === 'working'
			? addWorkingDays(today, settings.responseDays)
			: addDays(today, settings.responseDays);
	return { day, instant: startOfLatvianDay(addDays(day, 1)) };
}

/** When the reminder is due: `reminderDays` whole days before the deadline's instant. */
export function reminderFrom(deadline: number, reminderDays: number): number {
	return deadline - reminderDays * 86_400_000;
}
