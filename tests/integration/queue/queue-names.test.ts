import { drizzle } from 'drizzle-orm/better-sqlite3';
import { describe, expect, it } from 'vitest';
import * as schema from '../../../server/db/schema';
import { loadQueue, scopeOf } from '../../../server/queue/queue.service';
import { zQueueFilter } from '../../../src/lib/domain/queue';
import { freshDb } from '../harness';
import { insertQueued } from './queue-world';

/**
 * The queue's rows come from the applications area and the assignees' names from identity
 * (decision 0012): the names are looked up once for the whole page, so a page costs the same
 * three statements whether it has one assignee or many.
 */

const NOW = Date.parse('2026-03-10T08:00:00Z');
const TENANT = { municipalityId: 'riga', services: null };

/** The queue's first page, with every SQL statement it ran. */
function tracedPage(db: ReturnType<typeof freshDb>) {
	const statements: string[] = [];
	const traced = drizzle(db.$client, {
		schema,
		logger: { logQuery: (sql) => statements.push(sql) }
	});
	const scope = scopeOf(
		TENANT,
		'demo-officer-riga',
		zQueueFilter.parse({ municipalityId: 'riga' }),
		NOW
	);
	return { page: loadQueue(traced, scope, 0, 50), statements };
}

describe('the assignee names of a queue page', () => {
	it('are each row’s own, found in one lookup for the page', () => {
		const db = freshDb();
		const ilze = insertQueued(db, { assigneeId: 'demo-officer-riga' });
		const nobody = insertQueued(db);
		const anna = insertQueued(db, { assigneeId: 'demo-citizen-anna' });
		const ilzeAgain = insertQueued(db, { assigneeId: 'demo-officer-riga' });
		const janis = insertQueued(db, { assigneeId: 'demo-citizen-janis' });
		const { page, statements } = tracedPage(db);
		expect(page.rows.map((r) => [r.id, r.assigneeName])).toEqual([
			[ilze, 'Ilze Krūmiņa'],
			[nobody, null],
			[anna, 'Anna Bērziņa'],
			[ilzeAgain, 'Ilze Krūmiņa'],
			[janis, 'Jānis Kalniņš']
		]);
		// The counts, the page, the names.
		expect(statements).toHaveLength(3);
		expect(statements[2]).toMatch(/from "person"/);
	});

	it('cost no more statements for many assignees than for one', () => {
		const one = freshDb();
		insertQueued(one, { assigneeId: 'demo-officer-riga' });
		const many = freshDb();
		for (const who of ['demo-officer-riga', 'demo-citizen-anna', 'demo-citizen-janis']) {
			insertQueued(many, { assigneeId: who });
			insertQueued(many, { assigneeId: who });
		}
		expect(tracedPage(many).statements).toHaveLength(tracedPage(one).statements.length);
	});

	it('are left out when nobody is assigned, and the page is whole without them', () => {
		const db = freshDb();
		const a = insertQueued(db);
		const { page, statements } = tracedPage(db);
		expect(page.rows.map((r) => [r.id, r.assigneeName])).toEqual([[a, null]]);
		expect(page.counts).toEqual({ submitted: 1 });
		// namesOf asks nothing for no ids.
		expect(statements).toHaveLength(2);
	});
});
