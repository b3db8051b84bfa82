import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { roleAssignment } from '../db/schema/identity';

export type RequestRoleRow = typeof roleAssignment.$inferSelect;

/**
 * The person's roles as every signed-in request reads them (server/identity/
 * request-identity.ts), prepared once per connection rather than built on each call.
 */
function build(db: DbOrTx) {
	return db
		.select()
		.from(roleAssignment)
		.where(eq(roleAssignment.personId, sql.placeholder('personId')))
		.prepare();
}

const prepared = new WeakMap<DbOrTx, ReturnType<typeof build>>();

export const requestRolesRepo = {
	rolesOf(db: DbOrTx, personId: string): RequestRoleRow[] {
		let query = prepared.get(db);
		if (!query) {
			query = build(db);
			prepared.set(db, query);
		}
		return query.all({ personId });
	}
};
