import { searchTokens } from '../../src/lib/domain/queue';
import { getService } from '../../src/lib/services/registry';
import type { Db, DbOrTx } from '../db/client.server';
import type { ApplicationRow } from './applications.repo';
import { facetsRepo, type FacetRow } from './facets.repo';
import { people } from '../identity/people.service';

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
): FacetRow[] {
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
	facetsRepo.deleteFor(db, app.id);
	if (app.status === 'draft') {
		return;
	}
	const applicant = people.findById(db, app.applicantId);
	const rows = facetRowsOf(app, applicant);
	if (rows.length > 0) {
		facetsRepo.insert(db, rows);
	}
}

/**
 * Writes the facets of submitted applications that have none (data from before the queue
 * existed) or whose search words were made before quotes and punctuation were dropped from
 * them, so old applications are found too. Idempotent: run at every start; returns how many
 * it wrote.
 */
export function backfillFacets(db: Db): number {
	return db.transaction((tx) => {
		const rows = facetsRepo.needingFacets(tx);
		for (const row of rows) {
			writeFacets(tx, row);
		}
		return rows.length;
	});
}
