import { openDatabase, type Db } from '../../server/db/client.server';
import { seedIfEmpty } from '../../server/db/seed';
import { peopleRepo } from '../../server/identity/people.repo';
import type { Context } from '../../server/kernel/context';
import { createCaller } from '../../server/app/router';

/** A fresh SQLite database built from the real migrations in drizzle/, with the demo seed. */
export function freshDb(): Db {
	const db = openDatabase(':memory:');
	seedIfEmpty(db);
	return db;
}

/** The router as `personId` would call it over HTTP (null = signed out), at a fixed clock. */
export function callerFor(db: Db, personId: string | null, now: () => number = () => Date.now()) {
	const person = personId ? peopleRepo.findById(db, personId) : null;
	if (personId && !person) {
		throw new Error(`no demo person ${personId}`);
	}
	const ctx: Context = {
		db,
		person,
		roles: person ? peopleRepo.rolesOf(db, person.id) : [],
		now
	};
	return createCaller(ctx);
}

export function count(db: Db, sql: string, ...params: unknown[]): number {
	const row = db.$client.prepare(sql).get(...params) as { n: number };
	return row.n;
}
