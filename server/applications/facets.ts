import { and, eq, ne, or, sql } from 'drizzle-orm';
import { searchTokens } from '../../src/lib/domain/queue';
import { getService } from '../../src/lib/services/registry';
import type { Db, DbOrTx } from '../db/client.server';
import { application } from '../db/schema/application';
import { person } from '../db/schema/identity';
import { applicationFacet } from '../db/schema/facet';
import type { ApplicationRow } from './applications.repo';

/** Values longer than this are cut: a facet is a key to filter by, not a copy of the text. */
const MAX_VALUE = 120;

/**
 * The facet rows of one application: what its service declares (institutions chosen, …) and
 * the 'search' words: the applicant's names and personal code, the registration number and
 * the service's own search words, normalised (see searchTokens).
 */
export function facetRowsOf(
	app: Pick<ApplicationRow, 'id' | 'municipalityId' | 'service' | 'data' | 'registrationNumber'>,
	applicant: { givenName: string; surname: string; personalCode: string } | null
): (typeof applicationFacet.$inferInsert)[] {
	const declared = getService(app.service)?.facets?.(app.data) ?? {};
	const words = [
		...(declared.search ?? []),
		app.registrationNumber ?? '',
		applicant ? `${applicant.givenName} ${applicant.surname} ${applicant.personalCode}` : ''
	];
	const byFacet = new Map<string, Set<string>>();
	for (const [facet, values] of Object.entries(declared)) {
		if (facet !== 'search') {
			byFacet.set(facet, new Set(values.map((v) => v.slice(0, MAX_VALUE))));
		}
	}
	byFacet.set('search', new Set(words.flatMap(searchTokens)));
	return [...byFacet].flatMap(([facet, values]) =>
		[...values].map((value) => ({
			applicationId: app.id,
			municipalityId: app.municipalityId,
			facet,
			value
		}))
	);
}

/**
 * Replaces the facet rows of one application with what its current answers say. Call in the
 * transaction of every change to a submitted application's answers or status; a draft has
 * none (drafts never reach the queue).
 */
export function writeFacets(db: DbOrTx, app: ApplicationRow): void {
	db.delete(applicationFacet).where(eq(applicationFacet.applicationId, app.id)).run();
	if (app.status === 'draft') {
		return;
	}
	const applicant =
		db
			.select({
				givenName: person.givenName,
				surname: person.surname,
				personalCode: person.personalCode
			})
			.from(person)
			.where(eq(person.id, app.applicantId))
			.get() ?? null;
	const rows = facetRowsOf(app, applicant);
	if (rows.length > 0) {
		db.insert(applicationFacet).values(rows).onConflictDoNothing().run();
	}
}

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

/**
 * Writes the facets of submitted applications that have none (data from before the queue
 * existed) or whose search words were made before quotes and punctuation were dropped from
 * them, so old applications are found too. Idempotent: run at every start; returns how many
 * it wrote.
 */
export function backfillFacets(db: Db): number {
	return db.transaction((tx) => {
		const stale = or(...NOT_IN_WORDS.map((ch) => sql`instr(${applicationFacet.value}, ${ch}) > 0`));
		const rows = tx
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
		for (const row of rows) {
			writeFacets(tx, row);
		}
		return rows.length;
	});
}
