import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { changeSeq, serverMeta } from './schema/sequence';

// The SQL files in drizzle/ are the only source of the schema; they are applied at start.
const MIGRATIONS_FOLDER = resolve(process.env.KOPA_MIGRATIONS ?? 'drizzle');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- accepts the db of any schema object
export function migrateDatabase(db: BetterSQLite3Database<any>): void {
	migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
	// Rows every installation needs, not tenant data: the change counter and the database
	// epoch (SYNC.md §1.1), made once per database file.
	db.insert(changeSeq).values({ id: 1, value: 0 }).onConflictDoNothing().run();
	db.insert(serverMeta)
		.values({ key: 'db_epoch', value: randomUUID() })
		.onConflictDoNothing()
		.run();
}
