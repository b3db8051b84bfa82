import { TRPCError } from '@trpc/server';
import {
	DEFAULT_PLACEMENT_SETTINGS,
	zPlacementSettings,
	type PlacementSettings
} from '../../src/lib/domain/placement-settings';
import { audit } from '../audit/audit.service';
import type { DbOrTx } from '../db/client.server';
import type { Actor } from '../kernel/context';
import type { Tenant } from '../kernel/trpc';
import { placementRepo } from './placement.repo';

/** The municipality's placement settings; never set, or stored in an older shape: defaults. */
export function placementSettingsOf(db: DbOrTx, municipalityId: string): PlacementSettings {
	const row = placementRepo.settings(db, municipalityId);
	if (!row) {
		return DEFAULT_PLACEMENT_SETTINGS;
	}
	const parsed = zPlacementSettings.safeParse(row.settings);
	return parsed.success ? parsed.data : DEFAULT_PLACEMENT_SETTINGS;
}

/**
 * The municipal admin saves the placement settings. An inconsistent set (a window ending
 * before it starts, a reminder after the deadline, an intake twice) is refused with issues by
 * path, so the form shows each reason at its field; nothing is stored.
 */
export function savePlacementSettings(
	db: DbOrTx,
	tenant: Tenant,
	actor: Actor,
	settings: unknown,
	now: number
): PlacementSettings {
	const parsed = zPlacementSettings.safeParse(settings);
	if (!parsed.success) {
		throw new TRPCError({
			code: 'BAD_REQUEST',
			message: 'placement.settings.invalid',
			cause: parsed.error
		});
	}
	return db.transaction((tx) => {
		placementRepo.saveSettings(tx, {
			municipalityId: tenant.municipalityId,
			settings: parsed.data,
			updatedAt: now,
			updatedBy: actor.id
		});
		audit(
			tx,
			{
				action: 'placement.settings',
				actor,
				municipalityId: tenant.municipalityId,
				subject: { type: 'placement_settings', id: tenant.municipalityId }
			},
			now
		);
		return parsed.data;
	});
}
