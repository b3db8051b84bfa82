import { servicesWith } from '../../src/lib/services/registry';
import type { StoredAnswersUpgrade } from '../../src/lib/services/types';
import type { Db } from '../db/client.server';
import { writeFacets } from './facets';
import { applicationsRepo } from './applications.repo';
import { sequenceRepo } from '../kernel/sequence.repo';
import { tenantRecords as tenantsRepo } from '../tenants/tenants.service';

/**
 * Answers stored in an older shape rewritten by their service's `upgrades` (e.g. enrolments
 * saved by the one-page form, with `institutionId`, as answers of the complete form), each
 * as a new version, so every device pulls the new shape and nothing typed is lost.
 * Idempotent: run at every start; returns how many it rewrote.
 */
export function upgradeStoredAnswers(db: Db, now = Date.now()): number {
	let rewritten = 0;
	for (const def of servicesWith('upgrades')) {
		for (const upgrade of def.upgrades) {
			rewritten += upgradeOf(db, def.id, upgrade, now);
		}
	}
	return rewritten;
}

function upgradeOf(db: Db, service: string, upgrade: StoredAnswersUpgrade, now: number): number {
	return db.transaction((tx) => {
		const rows = applicationsRepo.listHavingKey(tx, service, upgrade.legacyKey);
		for (const row of rows) {
			const institutions = tenantsRepo
				.listInstitutions(tx, row.municipalityId)
				.map((i) => ({ id: i.id, kind: i.kind }));
			const data = upgrade.migrate(row.data, institutions);
			const version = row.version + 1;
			applicationsRepo.update(tx, row.municipalityId, row.id, {
				data,
				version,
				serverSeq: sequenceRepo.nextSeq(tx),
				updatedAt: now
			});
			writeFacets(tx, { ...row, data, version });
			// Recorded as the applicant's own change: it is their answers, reshaped, not anyone
			// else's edit, so it never meets their later edits as a conflict.
			applicationsRepo.insertChange(tx, {
				applicationId: row.id,
				municipalityId: row.municipalityId,
				version,
				fields: changedKeys(row.data, data),
				actorId: row.applicantId,
				actorRole: 'citizen',
				clientId: null,
				createdAt: now
			});
		}
		return rows.length;
	});
}

/** The keys whose values differ: only those count as changed (kept names are untouched). */
function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
	return [...new Set([...Object.keys(before), ...Object.keys(after)])]
		.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
		.sort();
}
