import { z } from 'zod';
import { PERMIT_KINDS, type PermitKind } from './kinds';

/**
 * What each municipality sets for the advertising permit: which kinds it issues, how long a
 * permit of each kind may run, its tariff, its processing terms and its territory. Stored in
 * service_settings, edited on the admin page; nothing here is per-municipality code.
 */

const zText = z.object({ lv: z.string().min(1).max(200), en: z.string().min(1).max(200) });

/** How the variable part of the fee grows. 'fixed' = the base fee only (e.g. a design change). */
export const FEE_UNITS = ['m2PerDay', 'm2PerMonth', 'fixed'] as const;
export type FeeUnit = (typeof FEE_UNITS)[number];

export const zTariff = z.object({
	/** Charged once per application (the permit itself), in euro cents. */
	baseCents: z.number().int().min(0).max(10_000_000),
	/** Per m² per day or per month, in euro cents (fractions allowed: 0.5 = half a cent). */
	rateCents: z.number().min(0).max(1_000_000),
	unit: z.enum(FEE_UNITS),
	/** Zone id → multiplier of the variable part; a zone not listed counts as 1. */
	zoneMultipliers: z.record(z.string().max(40), z.number().min(0).max(100)).default({})
});
export type Tariff = z.infer<typeof zTariff>;

export const zZone = z.object({
	value: z.string().min(1).max(40),
	label: zText,
	hint: zText.optional()
});

/** A closed ring of WGS84 points [lon, lat]; the municipality's territory or a box round it. */
export const zBoundary = z.object({
	/** Says whether the ring is the real border or a rough box (demo data is rough). */
	approximate: z.boolean(),
	ring: z
		.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]))
		.min(3)
		.max(5000)
});
export type Boundary = z.infer<typeof zBoundary>;

const kindRecord = <T extends z.ZodType>(value: T) =>
	z.object(Object.fromEntries(PERMIT_KINDS.map((k) => [k, value])) as Record<PermitKind, T>);

export const zPermitSettings = z.object({
	enabledKinds: z.array(z.enum(PERMIT_KINDS)).max(PERMIT_KINDS.length),
	/** Longest period from–to (both days counted) of each kind, in days. */
	maxPeriodDays: kindRecord(z.number().int().min(1).max(3660)),
	tariffs: kindRecord(zTariff),
	/** Fee zones of the municipality (city centre, rest of the city …), for the zone choice. */
	zones: z.array(zZone).max(50),
	processingDays: z.object({
		/** Working days to decide. */
		normal: z.number().int().min(1).max(60),
		/** Working days when the heritage authority must approve first. */
		heritage: z.number().int().min(1).max(90)
	}),
	/** null = the point is not checked against a territory. */
	boundary: zBoundary.nullable()
});

export type PermitSettings = z.infer<typeof zPermitSettings>;
