import type { mutationResult } from '../db/schema/sync';
import type { DbOrTx } from '../db/client.server';
import { statementsOn } from '../kernel/statements';

export type MutationResultRow = typeof mutationResult.$inferSelect;
export type SyncClientRow = {
	clientId: string;
	personId: string;
	lastMutationId: number;
	createdAt: number;
	lastSeenAt: number;
};

type RawResult = {
	clientId: string;
	mutationId: number;
	status: 'applied' | 'rejected';
	resultJson: string | null;
	errorJson: string | null;
	createdAt: number;
};

const STATEMENTS = Symbol('sync statements');

/**
 * Every statement of a push, prepared once per connection (../kernel/statements.ts): a push
 * runs these per mutation, and building them through Drizzle on every call cost more than
 * the writes themselves (issue 15). The savepoint statements wrap one mutation.
 */
const statements = (db: DbOrTx) =>
	statementsOn(db, STATEMENTS, (sqlite) => ({
		findClient: sqlite.prepare<[string], SyncClientRow>(
			`SELECT client_id AS clientId, person_id AS personId, last_mutation_id AS lastMutationId,
				created_at AS createdAt, last_seen_at AS lastSeenAt
			FROM sync_client WHERE client_id = ?`
		),
		insertClient: sqlite.prepare<[string, string, number, number]>(
			`INSERT INTO sync_client (client_id, person_id, last_mutation_id, created_at, last_seen_at)
			VALUES (?, ?, 0, ?, ?)`
		),
		setLastMutationId: sqlite.prepare<[number, number, string]>(
			'UPDATE sync_client SET last_mutation_id = ?, last_seen_at = ? WHERE client_id = ?'
		),
		findResult: sqlite.prepare<[string, number], RawResult>(
			`SELECT client_id AS clientId, mutation_id AS mutationId, status,
				result_json AS resultJson, error_json AS errorJson, created_at AS createdAt
			FROM mutation_result WHERE client_id = ? AND mutation_id = ?`
		),
		insertResult: sqlite.prepare<[string, number, string, string | null, string | null, number]>(
			`INSERT INTO mutation_result (client_id, mutation_id, status, result_json, error_json,
				created_at)
			VALUES (?, ?, ?, ?, ?, ?)`
		),
		savepoint: sqlite.prepare('SAVEPOINT kopa_mutation'),
		release: sqlite.prepare('RELEASE kopa_mutation'),
		rollbackTo: sqlite.prepare('ROLLBACK TO kopa_mutation'),
		inTransaction: () => sqlite.inTransaction
	}));

/** JSON columns as Drizzle's `mode: 'json'` stores them: null stays NULL. */
const toJson = (value: unknown) =>
	value === null || value === undefined ? null : JSON.stringify(value);

/** What was stored with `toJson`; the result rows are written only by this repo. */
const fromJson = (text: string | null) =>
	text === null ? null : (JSON.parse(text) as Record<string, unknown>);

export const syncRepo = {
	findClient(db: DbOrTx, clientId: string): SyncClientRow | null {
		return statements(db).findClient.get(clientId) ?? null;
	},
	insertClient(db: DbOrTx, clientId: string, personId: string, now: number) {
		statements(db).insertClient.run(clientId, personId, now, now);
	},
	setLastMutationId(db: DbOrTx, clientId: string, lastMutationId: number, now: number) {
		statements(db).setLastMutationId.run(lastMutationId, now, clientId);
	},
	findResult(db: DbOrTx, clientId: string, mutationId: number): MutationResultRow | null {
		const row = statements(db).findResult.get(clientId, mutationId);
		if (!row) {
			return null;
		}
		return {
			...row,
			resultJson: fromJson(row.resultJson),
			errorJson: fromJson(row.errorJson)
		};
	},
	insertResult(db: DbOrTx, row: MutationResultRow) {
		statements(db).insertResult.run(
			row.clientId,
			row.mutationId,
			row.status,
			toJson(row.resultJson),
			toJson(row.errorJson),
			row.createdAt
		);
	},
	/**
	 * Runs `apply` inside a savepoint of the open transaction: kept if it returns, rolled back
	 * alone if it throws (the error goes on to the caller).
	 */
	inSavepoint<T>(db: DbOrTx, apply: () => T): T {
		const s = statements(db);
		s.savepoint.run();
		try {
			const result = apply();
			s.release.run();
			return result;
		} catch (error) {
			// A disk or memory error may have ended the whole transaction already; then there
			// is no savepoint to go back to, and the error itself is what the caller must see.
			if (s.inTransaction()) {
				s.rollbackTo.run();
				s.release.run();
			}
			throw error;
		}
	}
};
