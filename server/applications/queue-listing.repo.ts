import {
	and,
	asc,
	count,
	eq,
	gte,
	inArray,
	isNotNull,
	isNull,
	lt,
	lte,
	ne,
	sql,
	type SQL
} from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { QueueFilter } from '../../src/lib/domain/queue';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { applicationFacet } from '../db/schema/facet';
import type { Tenant } from '../kernel/trpc';

/** The filter as SQL needs it: days already turned into instants and day bounds. */
export type QueueScope = {
	tenant: Tenant;
	/** Who is asking ('me' in the assignee filter). */
	actorId: string;
	filter: QueueFilter;
	/** Receipt instants [from, to) of the submitted date range (Latvian days). */
	submittedFrom?: number;
	submittedBefore?: number;
	/** Today in Latvia, and the last day that is still "due soon" (2 working days on). */
	today: string;
	soonUntil: string;
	/** Search words, normalised (at most four; each must match a word's start). */
	words: string[];
};

const facet = alias(applicationFacet, 'f');

/**
 * The applications of the municipality with this facet value: `id IN (…)` driven by the
 * facet lookup index (municipality, facet, value), about twice as fast at 6 000 applications
 * a municipality as a correlated EXISTS probed once per application (see docs/queue.md).
 */
function hasFacet(db: DbOrTx, municipalityId: string, name: string, value: string): SQL {
	return inArray(
		application.id,
		db
			.select({ id: facet.applicationId })
			.from(facet)
			.where(
				and(eq(facet.municipalityId, municipalityId), eq(facet.facet, name), eq(facet.value, value))
			)
	);
}

/** A search word that starts one of its search words: value >= q AND value < q || U+FFFF. */
function hasWordStarting(db: DbOrTx, municipalityId: string, word: string): SQL {
	return inArray(
		application.id,
		db
			.select({ id: facet.applicationId })
			.from(facet)
			.where(
				and(
					eq(facet.municipalityId, municipalityId),
					eq(facet.facet, 'search'),
					gte(facet.value, word),
					lt(facet.value, `${word}\uffff`)
				)
			)
	);
}

/** Every condition of the scope but the status filter (the counts group by status). */
function conditions(db: DbOrTx, scope: QueueScope): SQL[] {
	const { tenant, filter } = scope;
	const services = filter.service ? [filter.service] : tenant.services;
	// A decided application keeps its due day but no term runs any more.
	const open = isNull(application.decidedAt);
	const parts: (SQL | undefined)[] = [
		eq(application.municipalityId, tenant.municipalityId),
		ne(application.status, 'draft'),
		services ? inArray(application.service, services) : undefined,
		filter.institution
			? hasFacet(db, tenant.municipalityId, 'institution', filter.institution)
			: undefined,
		filter.priorityGround
			? hasFacet(db, tenant.municipalityId, 'priorityGround', filter.priorityGround)
			: undefined,
		scope.submittedFrom !== undefined
			? gte(application.submittedAt, scope.submittedFrom)
			: undefined,
		scope.submittedBefore !== undefined
			? lt(application.submittedAt, scope.submittedBefore)
			: undefined,
		filter.assignee === 'none'
			? isNull(application.assigneeId)
			: filter.assignee
				? eq(application.assigneeId, filter.assignee === 'me' ? scope.actorId : filter.assignee)
				: undefined,
		filter.due === 'overdue'
			? and(open, isNotNull(application.dueOn), lt(application.dueOn, scope.today))
			: filter.due === 'dueSoon'
				? and(open, gte(application.dueOn, scope.today), lte(application.dueOn, scope.soonUntil))
				: undefined,
		...scope.words.map((word) => hasWordStarting(db, tenant.municipalityId, word))
	];
	return parts.filter((p): p is SQL => p !== undefined);
}

function orderOf(sort: QueueFilter['sort']): SQL[] {
	// Every order ends in receipt time and id: a total order, so pages never overlap.
	const queueOrder = [asc(application.submittedAt), asc(application.id)];
	switch (sort) {
		case 'due':
			return [sql`${application.dueOn} IS NULL`, asc(application.dueOn), ...queueOrder];
		case 'status':
			return [asc(application.status), ...queueOrder];
		default:
			return queueOrder;
	}
}

/**
 * The officers' queue of one municipality (server/queue/ asks for it through
 * applications.service.ts `queueListing`): the applications and their facets are this
 * area's tables, so the filter, the search, the sort and the page stay one SQL query each.
 * The assignee's name is identity's: the queue looks it up for the page's rows afterwards.
 */
export const queueListingRepo = {
	/** One page of the queue: the rows a queue line is made of. */
	page(db: DbOrTx, scope: QueueScope, offset: number, limit: number) {
		const statuses = scope.filter.status;
		return db
			.select({
				id: application.id,
				service: application.service,
				status: application.status,
				version: application.version,
				data: application.data,
				registrationNumber: application.registrationNumber,
				submittedAt: application.submittedAt,
				assigneeId: application.assigneeId,
				dueOn: application.dueOn,
				decidedAt: application.decidedAt
			})
			.from(application)
			.where(
				and(
					...conditions(db, scope),
					statuses && statuses.length > 0 ? inArray(application.status, statuses) : undefined
				)
			)
			.orderBy(...orderOf(scope.filter.sort))
			.limit(limit)
			.offset(offset)
			.all();
	},
	/** How many match every filter but the status, per status: one GROUP BY. */
	countsByStatus(db: DbOrTx, scope: QueueScope): Record<string, number> {
		const rows = db
			.select({ status: application.status, n: count() })
			.from(application)
			.where(and(...conditions(db, scope)))
			.groupBy(application.status)
			.all();
		return Object.fromEntries(rows.map((r) => [r.status, r.n]));
	}
};

export type QueueListingRow = ReturnType<typeof queueListingRepo.page>[number];
