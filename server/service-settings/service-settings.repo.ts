import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../db/client.server';
import { serviceSettings } from '../db/schema/service-settings';

export type ServiceSettingsRow = typeof serviceSettings.$inferSelect;

/** One municipality's set-up of its e-services: read and written within that municipality. */
export const serviceSettingsRepo = {
	find(db: DbOrTx, municipalityId: string, service: string): ServiceSettingsRow | null {
		return (
			db
				.select()
				.from(serviceSettings)
				.where(
					and(
						eq(serviceSettings.municipalityId, municipalityId),
						eq(serviceSettings.service, service)
					)
				)
				.get() ?? null
		);
	},
	listForMunicipality(db: DbOrTx, municipalityId: string): ServiceSettingsRow[] {
		return db
			.select()
			.from(serviceSettings)
			.where(eq(serviceSettings.municipalityId, municipalityId))
			.all();
	},
	upsert(db: DbOrTx, row: ServiceSettingsRow): void {
		db.insert(serviceSettings)
			.values(row)
			.onConflictDoUpdate({
				target: [serviceSettings.municipalityId, serviceSettings.service],
				set: {
					enabled: row.enabled,
					settings: row.settings,
					updatedAt: row.updatedAt,
					updatedBy: row.updatedBy
				}
			})
			.run();
	}
};
