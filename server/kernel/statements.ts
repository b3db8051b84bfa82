import type Database from 'better-sqlite3';
import type { DbOrTx } from '../db/client.server';

/**
 * Statements prepared once per connection, for the hot paths (a sync push runs a dozen
 * statements per mutation). Drizzle's better-sqlite3 session keeps no statement cache: every
 * call builds its SQL and SQLite compiles it again, which was most of a push's time
 * (issue 15). A repo asks here for its statements and gets the ones already prepared on the
 * database's connection; the SQL stays in the repo.
 */

/**
 * The better-sqlite3 connection under a Drizzle database or transaction. A transaction
 * shares its database's session, and the session holds the one connection, so statements
 * prepared on it run inside whatever transaction is open.
 */
export function connectionOf(db: DbOrTx): Database.Database {
	// Drizzle keeps the session internal (it is not in its types); read it by name, checked.
	const session: unknown = Reflect.get(db, 'session');
	const client: unknown =
		typeof session === 'object' && session !== null ? Reflect.get(session, 'client') : undefined;
	if (typeof client !== 'object' || client === null || !('prepare' in client)) {
		throw new Error('not a better-sqlite3 database: no connection under this Drizzle handle');
	}
	return client as Database.Database;
}

const prepared = new WeakMap<Database.Database, Map<symbol, unknown>>();

/**
 * The statements `key` names on this database's connection, prepared by `prepare` the first
 * time they are asked for on it (each test database, each process's database, has its own).
 */
export function statementsOn<T>(
	db: DbOrTx,
	key: symbol,
	prepare: (sqlite: Database.Database) => T
): T {
	const sqlite = connectionOf(db);
	let byKey = prepared.get(sqlite);
	if (!byKey) {
		byKey = new Map();
		prepared.set(sqlite, byKey);
	}
	let statements = byKey.get(key) as T | undefined;
	if (statements === undefined) {
		statements = prepare(sqlite);
		byKey.set(key, statements);
	}
	return statements;
}
