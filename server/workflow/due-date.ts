import { dueDate } from '../../src/lib/domain/calendar';
import { todayInLatvia } from '../../src/lib/domain/time';
import type { ProcessingTerm } from '../../src/lib/services/types';

/**
 * The day a decision is due: the term counted from the day of receipt, the clock stopped
 * while each information request waited (from the day asked to the day answered). Null
 * while a request is still open: the clock is stopped and no day can be named.
 */
export function dueOnFor(input: {
	submittedAt: number;
	term: ProcessingTerm;
	requests: readonly { requestedAt: number; answeredAt: number | null }[];
}): string | null {
	return dueDate({
		receivedOn: todayInLatvia(input.submittedAt),
		term: input.term,
		pauses: input.requests.map((r) => ({
			from: todayInLatvia(r.requestedAt),
			to: r.answeredAt === null ? null : todayInLatvia(r.answeredAt)
		}))
	});
}

/** One month, as the Administrative Procedure Law sets where nothing shorter applies. */
export const DEFAULT_TERM: ProcessingTerm = { months: 1 };
