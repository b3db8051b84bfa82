import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { applicationFacet } from '../db/schema/facet';
import type { ApplicationRow } from './applications.repo';

export type FacetRow = typeof applicationFacet.$inferInsert;

/**
 * Characters no search word has held since quotes and punctuation stopped being part of words
 * (SIA “Demo Reklāma” was stored as `“demo`): a stored word holding one was made by the old
 * rule and its application is indexed again.
 */
const NOT_IN_WORDS = [
	'"',
	"'",
	'„',
	'“',
	'”',
	'«',
	'»',
	'‘',
	'’',
	'‚',
	'‹',
	'›',
	'.',
	':',
	'!',
	'?',
	'(',
	')',
	'[',
	']',
	'—',
	'–'
];

export const facetsRepo = {
	deleteFor(db: DbOrTx, applicationId: string): void {
		db.delete(applicationFacet).where(eq(applicationFacet.applicationId, applicationId)).run();
	},
	insert(db: DbOrTx, rows: FacetRow[]): void {
		db.insert(applicationFacet).values(rows).onConflictDoNothing().run();
	},
	/**
	 * Submitted applications with no facets (data from before the queue existed) or whose
	 * search words were made by the old rule (./facets.ts backfillFacets).
	 */
	needingFacets(db: DbOrTx): ApplicationRow[] {
		const stale = or(...NOT_IN_WORDS.map((ch) => sql`instr(${applicationFacet.value}, ${ch}) > 0`));
		return db
			.select()
			.from(application)
			.where(
				and(
					ne(application.status, 'draft'),
					or(
						sql`NOT EXISTS (SELECT 1 FROM ${applicationFacet} WHERE ${applicationFacet.applicationId} = ${application.id})`,
						sql`EXISTS (SELECT 1 FROM ${applicationFacet} WHERE ${applicationFacet.applicationId} = ${application.id} AND ${applicationFacet.facet} = 'search' AND ${stale})`
					)
				)
			)
			.all();
	}
};
