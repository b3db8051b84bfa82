import Dexie, { type EntityTable } from 'dexie';
import type { OfferedService } from '../domain/service-setup';
import type { Institution, Municipality } from '../domain/tenant';
import { trpc } from './trpc';

/**
 * Public reference data (municipalities, institutions) cached for offline use. Not
 * personal, so one database for the browser profile, apart from the per-person ones.
 */
type ReferenceDb = Dexie & {
	municipalities: EntityTable<Municipality, 'id'>;
	institutions: EntityTable<Institution, 'id'>;
	services: Dexie.Table<OfferedService, [string, string]>;
};

let db: ReferenceDb | null = null;

export function referenceDb(): ReferenceDb {
	if (!db) {
		db = new Dexie('kopa-reference') as ReferenceDb;
		// Keep every earlier version's declaration: a device may skip app versions.
		db.version(1).stores({ municipalities: 'id', institutions: 'id, municipalityId' });
		db.version(2).stores({ services: '[municipalityId+service], municipalityId' });
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
	const services = (
		await Promise.all(
			municipalities.map((m) => trpc.tenants.services.query({ municipalityId: m.id }))
		)
	).flat();
	const ref = referenceDb();
	await ref.transaction('rw', [ref.municipalities, ref.institutions, ref.services], async () => {
		await ref.municipalities.clear();
		await ref.municipalities.bulkPut(municipalities);
		await ref.institutions.clear();
		await ref.institutions.bulkPut(institutions);
		await ref.services.clear();
		await ref.services.bulkPut(services.map((o) => ({ ...o, settings: o.settings ?? null })));
	});
}

/**
 * A municipality's settings for a service as last fetched (for rules and fees offline), or
 * undefined when this device has never seen the municipality offer it.
 */
export async function offeredServiceSettings(
	municipalityId: string,
	service: string
): Promise<unknown> {
	return (await referenceDb().services.get([municipalityId, service]))?.settings;
}
