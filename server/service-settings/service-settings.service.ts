import { TRPCError } from '@trpc/server';
import { getService, listServices } from '../../src/lib/services/registry';
import type { EServiceDefinition } from '../../src/lib/services/types';
import { audit } from '../audit/audit.service';
import type { Db, DbOrTx } from '../db/client.server';
import type { AdminActor } from '../kernel/context';
import { serviceSettingsRepo } from './service-settings.repo';

export type ServiceSetup = {
	service: string;
	enabled: boolean;
	settings: unknown;
	/** True when the stored settings no longer satisfy the service's schema (defaults used). */
	invalidStored: boolean;
	updatedAt: number | null;
};

/**
 * A municipality's settings for one service, parsed by the service's schema. A service a
 * municipality never set up is not offered there; its defaults still describe it.
 */
export function serviceSetup(
	db: DbOrTx,
	municipalityId: string,
	def: EServiceDefinition<unknown>
): ServiceSetup {
	const row = serviceSettingsRepo.find(db, municipalityId, def.id);
	if (!row) {
		return {
			service: def.id,
			enabled: false,
			settings: def.defaultSettings,
			invalidStored: false,
			updatedAt: null
		};
	}
	const parsed = def.settingsSchema.safeParse(row.settings);
	return {
		service: def.id,
		enabled: row.enabled,
		// Settings written for an older version of the service fall back to its defaults
		// rather than break applying; the admin page shows that they need attention.
		settings: parsed.success ? parsed.data : def.defaultSettings,
		invalidStored: !parsed.success,
		updatedAt: row.updatedAt
	};
}

export function listServiceSetups(db: DbOrTx, municipalityId: string): ServiceSetup[] {
	return listServices().map((def) => serviceSetup(db, municipalityId, def));
}

/** The services a municipality offers, with their settings, for the public reference data. */
export function listOfferedServices(db: DbOrTx, municipalityId: string) {
	return listServiceSetups(db, municipalityId)
		.filter((s) => s.enabled)
		.map((s) => ({ municipalityId, service: s.service, settings: s.settings }));
}

/** Whether a municipality offers a service (citizens may apply for it there). */
export function isServiceOffered(db: DbOrTx, municipalityId: string, service: string): boolean {
	return serviceSettingsRepo.find(db, municipalityId, service)?.enabled ?? false;
}

/**
 * Changes a municipality's set-up of a service: the settings must satisfy the service's
 * schema (issues come back with their paths), and every change is audited.
 */
export function updateServiceSetup(
	db: Db,
	by: AdminActor,
	municipalityId: string,
	input: { service: string; enabled: boolean; settings: unknown }
): ServiceSetup {
	const def = getService(input.service);
	if (!def) {
		throw new TRPCError({ code: 'NOT_FOUND', message: 'No such e-service' });
	}
	const parsed = def.settingsSchema.safeParse(input.settings);
	if (!parsed.success) {
		throw new TRPCError({ code: 'BAD_REQUEST', message: 'Invalid settings', cause: parsed.error });
	}
	return db.transaction((tx) => {
		serviceSettingsRepo.upsert(tx, {
			municipalityId,
			service: def.id,
			enabled: input.enabled,
			settings: parsed.data as Record<string, unknown>,
			updatedAt: by.now,
			updatedBy: by.person.id
		});
		audit(
			tx,
			{
				action: 'settings.update',
				actor: by.person,
				municipalityId,
				subject: { type: 'service', id: def.id },
				details: { enabled: input.enabled },
				address: by.address
			},
			by.now
		);
		return serviceSetup(tx, municipalityId, def);
	});
}
