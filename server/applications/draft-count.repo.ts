import { and, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';

function build(db: DbOrTx) {
	return db
		.select({ n: count() })
		.from(application)
		.where(
			and(
				eq(application.municipalityId, sql.placeholder('municipalityId')),
				eq(application.applicantId, sql.placeholder('applicantId')),
				eq(application.service, sql.placeholder('service')),
				eq(application.status, 'draft')
			)
		)
		.prepare();
}

// Prepared once per connection (or transaction): it runs for every new draft of a push.
const prepared = new WeakMap<DbOrTx, ReturnType<typeof build>>();

export const draftCountRepo = {
	/** The applicant's open drafts of one e-service in one municipality. */
	openDrafts(db: DbOrTx, municipalityId: string, applicantId: string, service: string): number {
		let query = prepared.get(db);
		if (!query) {
			query = build(db);
			prepared.set(db, query);
		}
		return query.get({ municipalityId, applicantId, service })?.n ?? 0;
	}
};
