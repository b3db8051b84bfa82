import { z } from 'zod';

/** Slugs that name municipalities and e-services in URLs, rows and mutations. */
export const zMunicipalityId = z
	.string()
	.min(1)
	.max(40)
	.regex(/^[a-z0-9-]+$/, 'format');
export const zServiceId = z
	.string()
	.min(1)
	.max(60)
	.regex(/^[a-z0-9-]+$/, 'format');
