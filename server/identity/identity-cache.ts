import type { Db } from '../db/client.server';

/**
 * Whether anything in the database may have changed since a moment: SQLite's
 * `data_version` (moves when another connection commits) and this connection's
 * `total_changes()` (moves with every row it writes). While both stand still, no row of any
 * table has changed, so a lookup made then still gives the same rows: the identity cache
 * (server/identity/request-identity.ts) is exact without knowing who writes sessions, people
 * or roles. Any write anywhere ends every cached entry, which is cheap: the next request
 * reads again.
 */

type Statement = { get(): unknown };
type Stamps = { version: Statement; changes: Statement };

const statements = new WeakMap<Db, Stamps>();

export function writeStamp(db: Db): string {
	let stamps = statements.get(db);
	if (!stamps) {
		stamps = {
			version: db.$client.prepare('PRAGMA data_version').pluck(),
			changes: db.$client.prepare('SELECT total_changes()').pluck()
		};
		statements.set(db, stamps);
	}
	return `${String(stamps.version.get())}:${String(stamps.changes.get())}`;
}
