import { TRPCError } from '@trpc/server';
import { addWorkingDays, status as dueStatusOf } from '../../src/lib/domain/calendar';
import { addDays } from '../../src/lib/domain/calendar/dates';
import {
	normaliseQuery,
	QUEUE_PAGE_SIZE,
	type QueueFilter,
	type QueuePage
} from '../../src/lib/domain/queue';
import { startOfLatvianDay, todayInLatvia } from '../../src/lib/domain/time';
import { getService } from '../../src/lib/services/registry';
import type { DbOrTx } from '../db/client.server';
import type { Tenant } from '../kernel/trpc';
import {
	queueListing,
	type QueueListingRow,
	type QueueScope
} from '../applications/applications.service';
import { people } from '../identity/people.service';
import { bulkActionsFor } from './bulk-transition.service';

/** Due soon: on the due day or up to this many working days before it. */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * The last day still "due soon" seen from `today`: the day before the third working day
 * after it (calendar.status counts the working days after today up to the due day).
 */
export function soonUntil(today: string): string {
	return addDays(addWorkingDays(today, DUE_SOON_WORKING_DAYS + 1), -1);
}

/** The officer may filter by a service only if they hold a role for it. */
export function checkService(tenant: Tenant, service: string | undefined): void {
	if (service && tenant.services && !tenant.services.includes(service)) {
		throw new TRPCError({ code: 'FORBIDDEN', message: 'queue.noRoleForService' });
	}
}

/** The filter in the terms SQL compares: instants, day bounds, normalised words. */
export function scopeOf(
	tenant: Tenant,
	actorId: string,
	filter: QueueFilter,
	now: number
): QueueScope {
	const today = todayInLatvia(now);
	return {
		tenant,
		actorId,
		filter,
		...(filter.submittedFrom ? { submittedFrom: startOfLatvianDay(filter.submittedFrom) } : {}),
		...(filter.submittedTo
			? { submittedBefore: startOfLatvianDay(addDays(filter.submittedTo, 1)) }
			: {}),
		today,
		soonUntil: soonUntil(today),
		words: filter.q ? normaliseQuery(filter.q) : []
	};
}

/** A page of the queue's rows, each with its assignee's name (null: nobody, or unknown). */
export type NamedQueueRows = {
	counts: Record<string, number>;
	rows: (QueueListingRow & { assigneeName: string | null })[];
};

/**
 * The counts per status and one page of rows from the applications area, then the names of
 * the page's assignees from identity in ONE lookup (at most a page's worth of ids), not one
 * per row: the areas stay apart and the page costs one query more than a join would.
 */
export function loadQueue(
	db: DbOrTx,
	scope: QueueScope,
	offset: number,
	limit: number
): NamedQueueRows {
	const counts = queueListing.countsByStatus(db, scope);
	const rows = queueListing.page(db, scope, offset, limit);
	const assignees = rows.flatMap((r) => (r.assigneeId ? [r.assigneeId] : []));
	const names = people.namesOf(db, assignees);
	return {
		counts,
		rows: rows.map((r) => ({
			...r,
			// As the join it replaces: a person with no surname yet shows their given name alone.
			assigneeName: r.assigneeId ? (names.get(r.assigneeId)?.trim() ?? null) : null
		}))
	};
}

/**
 * One page of the officer's queue (50 rows) with the counts per status for the same filters.
 * Everything is filtered, sorted and paged in SQL, inside the officer's municipality and
 * e-services.
 */
export function queuePage(
	db: DbOrTx,
	tenant: Tenant,
	actorId: string,
	filter: QueueFilter,
	now: number
): QueuePage {
	checkService(tenant, filter.service);
	const scope = scopeOf(tenant, actorId, filter, now);
	const { counts, rows } = loadQueue(
		db,
		scope,
		(filter.page - 1) * QUEUE_PAGE_SIZE,
		QUEUE_PAGE_SIZE
	);
	const statuses = filter.status && filter.status.length > 0 ? filter.status : null;
	const total = Object.entries(counts)
		.filter(([s]) => !statuses || (statuses as string[]).includes(s))
		.reduce((sum, [, n]) => sum + n, 0);
	return {
		rows: rows.map((r) => ({
			id: r.id,
			service: r.service,
			status: r.status,
			version: r.version,
			registrationNumber: r.registrationNumber,
			submittedAt: r.submittedAt,
			summary: getService(r.service)?.summary(r.data) ?? '—',
			assigneeId: r.assigneeId,
			assigneeName: r.assigneeName,
			dueOn: r.dueOn,
			dueStatus:
				r.dueOn && r.decidedAt === null
					? dueStatusOf(r.dueOn, scope.today, DUE_SOON_WORKING_DAYS)
					: null,
			bulkActions: bulkActionsFor(r.service, r.status)
		})),
		total,
		counts,
		page: filter.page,
		pageSize: QUEUE_PAGE_SIZE
	};
}
