import type { OfferedService } from '../../domain/service-setup';
import type { Institution, Municipality } from '../../domain/tenant';
import { Live } from '../live.svelte';
import { offeredServiceSettings, referenceDb } from '../reference-data';

/**
 * Public reference data as this browser last fetched it (reference-data.ts), live across
 * tabs, so the pages that need it open offline.
 */

export function liveMunicipalities(): Live<Municipality[]> {
	return new Live(() => referenceDb().municipalities.orderBy('id').toArray());
}

export function liveMunicipality(municipalityId: () => string): Live<Municipality | null> {
	return new Live(
		async () => (await referenceDb().municipalities.get(municipalityId())) ?? null,
		() => municipalityId()
	);
}

/** The services a municipality offers (as last fetched). */
export function liveOfferedServices(municipalityId: () => string): Live<OfferedService[]> {
	return new Live(
		() => referenceDb().services.where('municipalityId').equals(municipalityId()).toArray(),
		() => municipalityId()
	);
}

export function liveInstitutions(municipalityId: () => string): Live<Institution[]> {
	return new Live(
		() => referenceDb().institutions.where('municipalityId').equals(municipalityId()).toArray(),
		() => municipalityId()
	);
}

/**
 * A municipality's settings for a service, wrapped: `value` undefined (none cached) is an
 * answer too, apart from "still reading".
 */
export function liveServiceSettings(
	municipalityId: () => string,
	service: () => string
): Live<{ value: unknown }> {
	return new Live(
		async () => ({ value: await offeredServiceSettings(municipalityId(), service()) }),
		() => [municipalityId(), service()]
	);
}
