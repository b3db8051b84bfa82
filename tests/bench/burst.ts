import { createTRPCClient, httpLink, TRPCClientError } from '@trpc/client';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { AppRouter } from '../../server/app/router';
import { person } from '../../server/db/schema/identity';
import { SESSION_COOKIE_PLAIN as SESSION_COOKIE } from '../../server/identity/session-cookie';
import { createSession, generateSessionToken } from '../../server/identity/sessions.service';
import { SCHEMA_VERSION, type Mutation, type PushOutput } from '../../src/lib/domain/sync';
import { draftAndSubmit } from '../integration/fixtures';
import { createSeededDb } from './bench-db';
import type { Figure } from './http-noop';

/**
 * Issue 15, item 4: the enrolment-day burst. 500 people, each signed in with a session of
 * their own, save a complete enrolment draft and submit it (two pushes of the real
 * mutations, as a device sends them), all at once, against the production server. Figures:
 * the latency of every push (p50, p99), the pushes or mutations that failed, and in the
 * database file afterwards, any person with more than one application or any registration
 * number given twice.
 */

export const BURST_PEOPLE = 500;
export const BURST_P99_LIMIT_MS = 500;

/** 500 citizens who have never applied, each with a session; their cookie tokens. */
export function prepareBurstDb(path: string, people = BURST_PEOPLE): string[] {
	const db = createSeededDb(path);
	try {
		const now = Date.now();
		return db.transaction((tx) =>
			Array.from({ length: people }, (_, i) => {
				const id = `burst-${i}`;
				// New-form codes (32…) carry no birth date or check digit.
				const personalCode = `32${String(i).padStart(4, '0')}-${String(10000 + i).slice(-5)}`;
				tx.insert(person)
					.values({ id, personalCode, givenName: 'Pārbaude', surname: `Nr${i}`, createdAt: now })
					.run();
				const token = generateSessionToken();
				createSession(tx, token, { personId: id, kind: 'citizen', authMethod: 'demo' }, now);
				return token;
			})
		);
	} finally {
		db.$client.close();
	}
}

type Outcome = { latencies: number[]; errors: number; retried: number };

async function onePerson(origin: string, token: string, outcome: Outcome): Promise<void> {
	const api = createTRPCClient<AppRouter>({
		links: [httpLink({ url: `${origin}/trpc`, headers: { cookie: `${SESSION_COOKIE}=${token}` } })]
	});
	const clientId = randomUUID();
	const { mutations } = draftAndSubmit(1);
	for (const mutation of mutations) {
		const started = performance.now();
		const send = () =>
			api.sync.push.mutate({
				clientId,
				schemaVersion: SCHEMA_VERSION,
				mutations: [mutation satisfies Mutation]
			});
		let output: PushOutput;
		try {
			output = await send().catch((error: unknown) => {
				// A connection the server closed as idle just as it was reused (ECONNRESET) has
				// no answer at all: the sync engine sends such a push again, exactly once by
				// its mutation id. Anything with an HTTP answer is not retried.
				if (!(error instanceof TRPCClientError) || error.data !== undefined) {
					throw error;
				}
				outcome.retried += 1;
				return send();
			});
		} catch (error) {
			outcome.errors += 1;
			console.error('burst: push failed', error);
			return;
		}
		outcome.latencies.push(performance.now() - started);
		if (output.results.some((r) => r.status !== 'applied')) {
			outcome.errors += 1;
			console.error('burst: refused', JSON.stringify(output.results));
			return;
		}
	}
}

function percentile(sorted: readonly number[], p: number): number {
	const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
	return sorted[Math.max(0, index)] ?? Number.NaN;
}

/** People with more than one application, and registration numbers given more than once. */
export function countDuplicates(path: string): number {
	const db = new Database(path, { readonly: true });
	try {
		const row = db
			.prepare(
				`SELECT
					(SELECT count(*) FROM (SELECT applicant_id FROM application
						WHERE applicant_id LIKE 'burst-%' GROUP BY applicant_id HAVING count(*) > 1))
					+ (SELECT count(*) - count(DISTINCT registration_number) FROM application
						WHERE registration_number IS NOT NULL)
					+ (SELECT count(*) - count(DISTINCT submission_id) FROM application
						WHERE submission_id IS NOT NULL) AS n`
			)
			.get() as { n: number };
		return row.n;
	} finally {
		db.close();
	}
}

/** Every submitted burst application: the burst must leave exactly one per person. */
export function countSubmitted(path: string): number {
	const db = new Database(path, { readonly: true });
	try {
		return (
			db
				.prepare(
					`SELECT count(*) AS n FROM application
					 WHERE applicant_id LIKE 'burst-%' AND status != 'draft'`
				)
				.get() as { n: number }
		).n;
	} finally {
		db.close();
	}
}

export async function measureBurst(origin: string, tokens: readonly string[]): Promise<Outcome> {
	const outcome: Outcome = { latencies: [], errors: 0, retried: 0 };
	await Promise.all(tokens.map((token) => onePerson(origin, token, outcome)));
	if (outcome.retried > 0) {
		console.error(`burst: ${outcome.retried} pushes sent again after a connection reset`);
	}
	return outcome;
}

export function burstFigures(outcome: Outcome, duplicates: number, missing: number): Figure[] {
	const sorted = [...outcome.latencies].sort((a, b) => a - b);
	const p99 = Math.round(percentile(sorted, 99));
	const errors = outcome.errors + missing;
	return [
		{
			name: 'burst_p50_ms',
			value: Math.round(percentile(sorted, 50)),
			unit: 'ms',
			limit: null,
			ratio: null
		},
		{
			name: 'burst_p99_ms',
			value: p99,
			unit: 'ms',
			limit: BURST_P99_LIMIT_MS,
			ratio: Math.round((p99 / BURST_P99_LIMIT_MS) * 1000) / 1000
		},
		{ name: 'burst_errors', value: errors, unit: 'count', limit: 0, ratio: null },
		{ name: 'burst_duplicates', value: duplicates, unit: 'count', limit: 0, ratio: null }
	];
}
