import type Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/client.server';
import * as schema from '../../server/db/schema';
import { queueListing, type QueueScope } from '../../server/applications/applications.service';
import { loadQueue, scopeOf } from '../../server/queue/queue.service';
import type { Tenant } from '../../server/kernel/trpc';
import { QUEUE_PAGE_SIZE, zQueueFilter, type QueueFilter } from '../../src/lib/domain/queue';
import { rawCounts, rawPage, type RawQuery } from './queue-raw';
import {
	APPLICATIONS,
	generateQueueData,
	MUNICIPALITIES,
	municipalityId,
	officerId,
	institutionId,
	seeded
} from './queue-data';

/**
 * The officers' queue at scale: 250 000 applications over 40 municipalities in a temp file,
 * then RUNS page loads (the counts per status and one page of 50, as office.queue does)
 * with varied filters through the real queue service (the applications area's listing, then
 * the page's assignee names from identity in one lookup), and the same page hand-written as
 * raw SQL with the name joined, on the same connection, interleaved. Prints p50/p95 of each and their ratio, and the
 * plan SQLite picks for a typical query (to show which indexes it uses).
 */

const RUNS = 200;
const WARMUP = 20;
const NOW = Date.parse('2026-03-10T08:00:00Z');

export type Figure = { name: string; value: number; unit: string };

type Case = { tenant: Tenant; actorId: string; filter: QueueFilter };

/** A varied but repeatable mix of what officers ask the queue. */
function cases(count: number): Case[] {
	const rand = seeded(7);
	const chance = (p: number) => rand() < p;
	const one = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
	return Array.from({ length: count }, () => {
		const m = Math.floor(rand() * MUNICIPALITIES);
		const service = chance(0.4) ? one(['education-enrolment', 'advertising-permit']) : undefined;
		const input = {
			service,
			status: chance(0.4)
				? [one(['submitted', 'in_review', 'in_queue'])]
				: chance(0.15)
					? ['submitted', 'in_review']
					: undefined,
			institution:
				service !== 'advertising-permit' && chance(0.15)
					? institutionId(m, Math.floor(rand() * 8))
					: undefined,
			priorityGround: service !== 'advertising-permit' && chance(0.1) ? 'sibling' : undefined,
			...(chance(0.2) ? { submittedFrom: '2025-12-01', submittedTo: '2026-01-15' } : {}),
			assignee: chance(0.25)
				? 'me'
				: chance(0.1)
					? 'none'
					: chance(0.05)
						? officerId(m, 1)
						: undefined,
			due: chance(0.15) ? 'overdue' : chance(0.1) ? 'dueSoon' : undefined,
			q: chance(0.25) ? one(['liepin', 'bērz', 'ozols anna', 'sia', '010000']) : undefined,
			sort: one(['submitted', 'due', 'status']),
			page: chance(0.8) ? 1 : chance(0.7) ? 2 : 5
		};
		return {
			tenant: { municipalityId: municipalityId(m), services: null },
			actorId: officerId(m, 0),
			filter: zQueueFilter.parse(input)
		};
	});
}

type Timed<T> = { out: T; took: number };
function timed<T>(run: () => T): Timed<T> {
	const t = performance.now();
	const out = run();
	return { out, took: performance.now() - t };
}

const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
const ms = (x: number) => Math.round(x * 100) / 100;

export function measureQueue(tmpDir: string): Figure[] {
	const path = join(tmpDir, 'queue.db');
	rmSync(path, { force: true });
	const db = openDatabase(path);
	try {
		const generated = generateQueueData(db.$client, NOW);
		console.error(
			`bench: queue data: ${APPLICATIONS} applications in ${MUNICIPALITIES} municipalities ` +
				`with their facets, generated in ${generated.seconds.toFixed(1)} s`
		);
		const all = cases(WARMUP + RUNS);
		const repoTimes: number[] = [];
		const rawTimes: number[] = [];
		let rowsSeen = 0;
		for (const [i, c] of all.entries()) {
			const scope = scopeOf(c.tenant, c.actorId, c.filter, NOW);
			const offset = (c.filter.page - 1) * QUEUE_PAGE_SIZE;
			const viaRepo = () => loadQueue(db, scope, offset, QUEUE_PAGE_SIZE);
			const viaRaw = () => ({
				counts: rawCounts(db.$client, scope),
				rows: rawPage(db.$client, scope, offset, QUEUE_PAGE_SIZE)
			});
			// Alternate which goes first, so neither always meets the warmer cache.
			let repo: Timed<ReturnType<typeof viaRepo>>;
			let raw: Timed<ReturnType<typeof viaRaw>>;
			if (i % 2 === 0) {
				repo = timed(viaRepo);
				raw = timed(viaRaw);
			} else {
				raw = timed(viaRaw);
				repo = timed(viaRepo);
			}
			const same =
				JSON.stringify(repo.out.counts) === JSON.stringify(raw.out.counts) &&
				repo.out.rows.map((r) => r.id).join() === raw.out.rows.map((r) => r.id).join() &&
				// The names looked up after paging are the names the join gives.
				JSON.stringify(repo.out.rows.map((r) => r.assigneeName)) ===
					JSON.stringify(
						raw.out.rows.map((r) =>
							r.given_name === null ? null : `${r.given_name} ${r.surname ?? ''}`.trim()
						)
					);
			if (!same) {
				throw new Error(`repo and raw SQL disagree for ${JSON.stringify(c.filter)}`);
			}
			if (i >= WARMUP) {
				repoTimes.push(repo.took);
				rawTimes.push(raw.took);
				rowsSeen += repo.out.rows.length;
			}
		}
		repoTimes.sort((a, b) => a - b);
		rawTimes.sort((a, b) => a - b);
		const [repo50, repo95, raw50, raw95] = [
			percentile(repoTimes, 50),
			percentile(repoTimes, 95),
			percentile(rawTimes, 50),
			percentile(rawTimes, 95)
		];
		console.error(
			`bench: queue page load (counts per status + a page of ${QUEUE_PAGE_SIZE}) over ${RUNS} ` +
				`varied filters (${rowsSeen} rows returned): queue service p50 ${ms(repo50)} ms, p95 ` +
				`${ms(repo95)} ms; hand-written SQL p50 ${ms(raw50)} ms, p95 ${ms(raw95)} ms`
		);
		explainTypical(db.$client);
		return [
			{ name: 'queue_data_generation', value: ms(generated.seconds), unit: 's' },
			{ name: 'queue_page_p50', value: ms(repo50), unit: 'ms' },
			{ name: 'queue_page_p95', value: ms(repo95), unit: 'ms' },
			{ name: 'queue_raw_sql_p50', value: ms(raw50), unit: 'ms' },
			{ name: 'queue_raw_sql_p95', value: ms(raw95), unit: 'ms' },
			{ name: 'queue_repo_to_raw_ratio_p50', value: ms(repo50 / raw50), unit: 'ratio' }
		];
	} finally {
		db.$client.close();
		rmSync(path, { force: true });
		rmSync(`${path}-wal`, { force: true });
		rmSync(`${path}-shm`, { force: true });
	}
}

/** The plan of a typical view (one status, an institution, a search word), as the listing asks. */
function explainTypical(sqlite: Database.Database): void {
	const logged: RawQuery[] = [];
	const traced = drizzle(sqlite, {
		schema,
		logger: { logQuery: (sql, params) => logged.push({ sql, params }) }
	});
	const scope: QueueScope = scopeOf(
		{ municipalityId: municipalityId(3), services: null },
		officerId(3, 0),
		zQueueFilter.parse({
			status: ['submitted'],
			institution: institutionId(3, 2),
			q: 'liepin',
			sort: 'due'
		}),
		NOW
	);
	queueListing.countsByStatus(traced, scope);
	queueListing.page(traced, scope, 0, QUEUE_PAGE_SIZE);
	for (const [what, query] of [
		['counts', logged[0]],
		['page', logged[1]]
	] as const) {
		if (!query) {
			continue;
		}
		const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params) as {
			detail: string;
		}[];
		console.error(`bench: EXPLAIN QUERY PLAN (queue listing ${what}):`);
		for (const step of plan) {
			console.error(`  ${step.detail}`);
		}
	}
}
