import { z } from 'zod';
import { zMunicipalityId, zServiceId } from './names';

/** An e-service a municipality offers, with its settings (public: tariffs, limits, lists). */
export const zOfferedService = z.object({
	municipalityId: zMunicipalityId,
	service: zServiceId,
	settings: z.unknown()
});
export type OfferedService = z.infer<typeof zOfferedService>;

/** How a municipality has set up one e-service, as its admin sees it. */
export const zServiceSetupView = z.object({
	service: zServiceId,
	enabled: z.boolean(),
	settings: z.unknown(),
	invalidStored: z.boolean(),
	updatedAt: z.number().int().nullable()
});
export type ServiceSetupView = z.infer<typeof zServiceSetupView>;

export const zUpdateServiceSetupInput = z.object({
	municipalityId: zMunicipalityId,
	service: zServiceId,
	enabled: z.boolean(),
	// Checked against the service's own settings schema on the server.
	settings: z.unknown()
});
