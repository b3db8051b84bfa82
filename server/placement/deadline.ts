import type { PlacementSettings } from '../../src/lib/domain/placement-settings';
import { engineOfferDeadline } from './engine';

/**
 * An offer's reply deadline under the municipality's settings: the engine's rule (N working
 * or calendar days in the Latvian calendar from the day after the offer, a calendar term
 * ending on a day off moved to the next working day, APL Arts. 42-43), as the last day and
 * the first instant a reply is late (midnight after it in Riga).
 */
export function offerDeadline(
	settings: Pick<PlacementSettings, 'responseDays' | 'responseDayKind'>,
	now: number
): { day: string; instant: number } {
	const d = engineOfferDeadline(now, {
		days: settings.responseDays,
		kind: settings.responseDayKind,
		remindDaysBefore: []
	});
	return { day: d.lastDay, instant: d.expiresAt };
}

/** When the reminder is due: `reminderDays` whole days before the deadline's instant. */
export function reminderFrom(deadline: number, reminderDays: number): number {
	return deadline - reminderDays * 86_400_000;
}
