import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { RunResult } from 'better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import * as schema from './schema/index';
import { migrateDatabase } from './migrate';

export type Schema = typeof schema;
export type Db = BetterSQLite3Database<Schema> & { $client: Database.Database };
/** A database or a transaction on it: repositories accept either. */
export type DbOrTx = BaseSQLiteDatabase<'sync', RunResult, Schema>;

export const DEFAULT_DB_PATH = 'data/kopa.db';

/** Opens (creating if needed) an SQLite file and brings it to the latest migration. */
export function openDatabase(path: string): Db {
	if (path !== ':memory:') {
		mkdirSync(dirname(path), { recursive: true });
	}
	const sqlite = new Database(path);
	// WAL lets pulls read a snapshot while a push writes; the busy timeout turns brief
	// writer contention into waiting instead of SQLITE_BUSY.
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	const db = drizzle(sqlite, { schema });
	migrateDatabase(db);
	return db;
}

let shared: Db | undefined;

/** The process-wide database of the running app (KOPA_DB, default data/kopa.db). */
export function getDb(): Db {
	shared ??= openDatabase(process.env.KOPA_DB || DEFAULT_DB_PATH);
	return shared;
}
