import { z } from 'zod';
import { addWorkingDays, isWorkingDay } from '../calendar';
import { addDays } from '../calendar/dates';
import { startOfLatvianDay, todayInLatvia } from '../time';

/**
 * The reply deadline of an offer (issue 16 item 5): N working or calendar days in the Latvian
 * calendar, counted from the day after the offer's day in Riga (as APL Art. 42 counts terms),
 * ending at 23:59:59 Europe/Riga on the last day. A calendar-day term that ends on a day off
 * moves to the next working day (APL Art. 43), as every term in docs/working-days.md does.
 * Instants are ms since the epoch; the server's receipt time is what counts against them.
 */
export const zResponseWindow = z.strictObject({
	days: z.number().int().min(1).max(60),
	kind: z.enum(['working', 'calendar']),
	/** Reminders this many days (of the same kind) before the last day, e.g. [2, 0]. */
	remindDaysBefore: z.array(z.number().int().min(0).max(59)).max(5).default([])
});
export type ResponseWindow = z.infer<typeof zResponseWindow>;

export interface OfferDeadline {
	/** The last day to reply, in Riga. */
	readonly lastDay: string;
	/** 23:59:59 on the last day in Riga. */
	readonly deadline: number;
	/** The first instant a reply is late (midnight after the last day in Riga). */
	readonly expiresAt: number;
	/** When to remind, at REMINDER_HOUR in Riga, in time order; none before the offer itself. */
	readonly reminders: readonly number[];
}

/** Reminders go out in the morning, Riga time. */
export const REMINDER_HOUR = 9;

export function offerDeadline(offeredAt: number, window: ResponseWindow): OfferDeadline {
	const offerDay = todayInLatvia(offeredAt);
	const lastDay =
		window.kind === 'working'
			? addWorkingDays(offerDay, window.days)
			: nextWorkingDayFrom(addDays(offerDay, window.days));
	const expiresAt = startOfLatvianDay(addDays(lastDay, 1));
	const reminders = [...new Set(window.remindDaysBefore)]
		.map((before) => rigaInstant(daysBefore(lastDay, before, window.kind), REMINDER_HOUR))
		.filter((at) => at > offeredAt && at < expiresAt)
		.sort((a, b) => a - b);
	return { lastDay, deadline: expiresAt - 1000, expiresAt, reminders };
}

/** Whether a reply received (by the server) at `receivedAt` is too late. */
export function hasExpired(deadline: OfferDeadline, receivedAt: number): boolean {
	return receivedAt >= deadline.expiresAt;
}

function nextWorkingDayFrom(day: string): string {
	let current = day;
	while (!isWorkingDay(current)) {
		current = addDays(current, 1);
	}
	return current;
}

/** The day `n` working (or calendar) days before `day`. */
function daysBefore(day: string, n: number, kind: ResponseWindow['kind']): string {
	if (kind === 'calendar') {
		return addDays(day, -n);
	}
	let current = day;
	for (let counted = 0; counted < n;) {
		current = addDays(current, -1);
		if (isWorkingDay(current)) {
			counted += 1;
		}
	}
	return current;
}

const rigaHour = new Intl.DateTimeFormat('en-GB', {
	timeZone: 'Europe/Riga',
	hour: '2-digit',
	hourCycle: 'h23'
});

/** The instant of a whole hour on a Riga day, whatever the offset (UTC+2 or UTC+3) that day. */
export function rigaInstant(day: string, hour: number): number {
	const utc = Date.parse(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
	for (const offset of [3, 2]) {
		const candidate = utc - offset * 3_600_000;
		if (todayInLatvia(candidate) === day && Number(rigaHour.format(candidate)) === hour) {
			return candidate;
		}
	}
	return startOfLatvianDay(day) + hour * 3_600_000;
}
