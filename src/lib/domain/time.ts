/** Today's date in Latvia (YYYY-MM-DD): deadlines and "not in the past" are Latvian days. */
export function todayInLatvia(now: number = Date.now()): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Riga',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(new Date(now));
	return parts;
}
