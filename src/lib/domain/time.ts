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
