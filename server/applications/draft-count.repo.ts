import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';

function build(db: DbOrTx) {
	return db
		.select({ id: application.id })
		.from(application)
		.where(
			and(
				eq(application.municipalityId, sql.placeholder('municipalityId')),
				eq(application.applicantId, sql.placeholder('applicantId')),
				eq(application.service, sql.placeholder('service')),
				eq(application.status, 'draft')
			)
		)
		.limit(1)
		.offset(sql.placeholder('limit'))
		.prepare();
}

// Prepared once per connection (or transaction): it runs for every new draft of a push.
const prepared = new WeakMap<DbOrTx, ReturnType<typeof build>>();

export const draftCountRepo = {
	/**
	 * Whether the applicant has more than `limit` open drafts of one e-service in one
	 * municipality. Asks for the (limit + 1)-th row instead of counting them all, so the cost
	 * stays bounded by the limit however many drafts a flood has left.
	 */
	moreDraftsThan(
		db: DbOrTx,
		municipalityId: string,
		applicantId: string,
		service: string,
		limit: number
	): boolean {
		let query = prepared.get(db);
		if (!query) {
			query = build(db);
			prepared.set(db, query);
		}
		return query.get({ municipalityId, applicantId, service, limit }) !== undefined;
	}
};
