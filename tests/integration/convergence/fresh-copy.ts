import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from '../../../server/db/client.server';
import * as schema from '../../../server/db/schema/index';
import { freshDb } from '../harness';

let template: Buffer | undefined;

/**
 * A byte-for-byte copy of a freshDb() database (migrations and demo seed). Building one
 * takes ~10 ms, a copy ~0.2 ms, which pays for dozens more schedules per CI run. The
 * connection pragma that matters to behaviour (foreign keys) is set as openDatabase does.
 */
export function freshDbCopy(): Db {
	template ??= freshDb().$client.serialize();
	const sqlite = new Database(template);
	sqlite.pragma('foreign_keys = ON');
	return drizzle(sqlite, { schema });
}
