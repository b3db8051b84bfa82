import type { Institution } from '$lib/domain/tenant';
import { todayInLatvia } from '$lib/domain/time';
import type { EServiceDefinition, MunicipalContext } from '$lib/services/types';

/**
 * This municipality's settings for a service, from what the device cached with the
 * reference data (`offeredServiceSettings`). Settings this version cannot read (an older
 * or newer shape), or none cached yet, give the definition's defaults; the server checks
 * again with the municipality's own at submission.
 */
export function serviceSettingsFor<S>(def: EServiceDefinition<S>, cached: unknown): S {
	if (cached === undefined || cached === null) {
		return def.defaultSettings;
	}
	const parsed = def.settingsSchema.safeParse(cached);
	return parsed.success ? parsed.data : def.defaultSettings;
}

/** The facts a service's rules need, from what this device has cached. */
export function municipalContextFor<S>(
	def: EServiceDefinition<S>,
	municipalityId: string,
	institutions: readonly Institution[],
	cachedSettings: unknown,
	today: string = todayInLatvia()
): MunicipalContext<S> {
	return {
		municipalityId,
		institutionIds: new Set(institutions.map((i) => i.id)),
		institutions: institutions.map((i) => ({ id: i.id, kind: i.kind })),
		settings: serviceSettingsFor(def, cachedSettings),
		today
	};
}
