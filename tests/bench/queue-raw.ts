import type Database from 'better-sqlite3';
import type { QueueScope } from '../../server/applications/applications.service';

/**
 * The queue's two queries written by hand, as someone would without an ORM: the baseline
 * queue service is compared against. Same conditions, same order, same page; prepared once per
 * distinct SQL text (the filters present change the text, not the values).
 */

export type RawQuery = { sql: string; params: unknown[] };

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function prepared(sqlite: Database.Database, sql: string): Database.Statement {
	let byText = cache.get(sqlite);
	if (!byText) {
		byText = new Map();
		cache.set(sqlite, byText);
	}
	let statement = byText.get(sql);
	if (!statement) {
		statement = sqlite.prepare(sql);
		byText.set(sql, statement);
	}
	return statement;
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function where(scope: QueueScope): RawQuery {
	const { filter, tenant } = scope;
	const parts = ['a.municipality_id = ?', "a.status <> 'draft'"];
	const params: unknown[] = [tenant.municipalityId];
	const services = filter.service ? [filter.service] : tenant.services;
	if (services) {
		parts.push(`a.service IN (${marks(services.length)})`);
		params.push(...services);
	}
	const facet = (name: string, value: string) => {
		parts.push(
			'a.id IN (SELECT f.application_id FROM application_facet f WHERE f.municipality_id = ? AND f.facet = ? AND f.value = ?)'
		);
		params.push(tenant.municipalityId, name, value);
	};
	if (filter.institution) {
		facet('institution', filter.institution);
	}
	if (filter.priorityGround) {
		facet('priorityGround', filter.priorityGround);
	}
	if (scope.submittedFrom !== undefined) {
		parts.push('a.submitted_at >= ?');
		params.push(scope.submittedFrom);
	}
	if (scope.submittedBefore !== undefined) {
		parts.push('a.submitted_at < ?');
		params.push(scope.submittedBefore);
	}
	if (filter.assignee === 'none') {
		parts.push('a.assignee_id IS NULL');
	} else if (filter.assignee) {
		parts.push('a.assignee_id = ?');
		params.push(filter.assignee === 'me' ? scope.actorId : filter.assignee);
	}
	if (filter.due === 'overdue') {
		parts.push('a.decided_at IS NULL AND a.due_on IS NOT NULL AND a.due_on < ?');
		params.push(scope.today);
	} else if (filter.due === 'dueSoon') {
		parts.push('a.decided_at IS NULL AND a.due_on >= ? AND a.due_on <= ?');
		params.push(scope.today, scope.soonUntil);
	}
	for (const word of scope.words) {
		parts.push(
			"a.id IN (SELECT f.application_id FROM application_facet f WHERE f.municipality_id = ? AND f.facet = 'search' AND f.value >= ? AND f.value < ?)"
		);
		params.push(tenant.municipalityId, word, `${word}\uffff`);
	}
	return { sql: parts.join(' AND '), params };
}

const ORDER = {
	submitted: 'a.submitted_at, a.id',
	due: 'a.due_on IS NULL, a.due_on, a.submitted_at, a.id',
	status: 'a.status, a.submitted_at, a.id'
} as const;

export function rawCounts(sqlite: Database.Database, scope: QueueScope): Record<string, number> {
	const w = where(scope);
	const rows = prepared(
		sqlite,
		`SELECT a.status AS status, count(*) AS n FROM application a WHERE ${w.sql} GROUP BY a.status`
	).all(...w.params) as { status: string; n: number }[];
	return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

/** A row of the hand-written page: the assignee's name joined from `person`. */
export type RawRow = {
	id: string;
	data: unknown;
	given_name: string | null;
	surname: string | null;
};

export function rawPage(
	sqlite: Database.Database,
	scope: QueueScope,
	offset: number,
	limit: number
): RawRow[] {
	const w = where(scope);
	const statuses = scope.filter.status ?? [];
	const statusSql = statuses.length > 0 ? ` AND a.status IN (${marks(statuses.length)})` : '';
	return prepared(
		sqlite,
		`SELECT a.id, a.service, a.status, a.version, a.data, a.registration_number,
		 a.submitted_at, a.assignee_id, p.given_name, p.surname, a.due_on, a.decided_at
		 FROM application a LEFT JOIN person p ON p.id = a.assignee_id
		 WHERE ${w.sql}${statusSql} ORDER BY ${ORDER[scope.filter.sort]} LIMIT ? OFFSET ?`
	)
		.all(...w.params, ...statuses, limit, offset)
		.map((row) => {
			// The page needs the answers (the summary), as the listing's rows carry them parsed.
			const r = row as Omit<RawRow, 'data'> & { data: string };
			return { ...r, data: JSON.parse(r.data) as unknown };
		});
}
