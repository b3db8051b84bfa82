import Dexie, { type EntityTable } from 'dexie';
import type { Institution, Municipality } from '../domain/tenant';
import { trpc } from './trpc';

/**
 * Public reference data (municipalities, institutions) cached for offline use. Not
 * personal, so one database for the browser profile, apart from the per-person ones.
 */
type ReferenceDb = Dexie & {
	municipalities: EntityTable<Municipality, 'id'>;
	institutions: EntityTable<Institution, 'id'>;
};

let db: ReferenceDb | null = null;

export function referenceDb(): ReferenceDb {
	if (!db) {
		db = new Dexie('kopa-reference') as ReferenceDb;
		db.version(1).stores({ municipalities: 'id', institutions: 'id, municipalityId' });
	}
	return db;
}

/** Fetches the current lists when online; offline, the cached copy stays as it was. */
export async function refreshReferenceData(): Promise<void> {
	const municipalities = await trpc.tenants.municipalities.query();
	const institutions = (
		await Promise.all(
			municipalities.map((m) => trpc.tenants.institutions.query({ municipalityId: m.id }))
		)
	).flat();
	const ref = referenceDb();
	await ref.transaction('rw', [ref.municipalities, ref.institutions], async () => {
		await ref.municipalities.clear();
		await ref.municipalities.bulkPut(municipalities);
		await ref.institutions.clear();
		await ref.institutions.bulkPut(institutions);
	});
}
