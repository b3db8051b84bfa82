// Formatters are costly to build and are used per mutation on the server: make them once.
const rigaDate = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Riga',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** Today's date in Latvia (YYYY-MM-DD): deadlines and "not in the past" are Latvian days. */
export function todayInLatvia(now: number = Date.now()): string {
	return rigaDate.format(new Date(now));
}

/** The calendar year in Latvia at `now`. */
export function yearInLatvia(now: number = Date.now()): number {
	return Number(todayInLatvia(now).slice(0, 4));
}

/**
 * The instant a Latvian calendar day (YYYY-MM-DD) begins, in ms since the epoch. Latvia is
 * UTC+2 in winter and UTC+3 in summer: try both and keep the one that is that day's
 * midnight in Riga.
 */
export function startOfLatvianDay(day: string): number {
	const utcMidnight = Date.parse(`${day}T00:00:00Z`);
	for (const hours of [3, 2]) {
		const candidate = utcMidnight - hours * 3_600_000;
		if (todayInLatvia(candidate) === day && todayInLatvia(candidate - 1) !== day) {
			return candidate;
		}
	}
	return utcMidnight - 2 * 3_600_000;
}
