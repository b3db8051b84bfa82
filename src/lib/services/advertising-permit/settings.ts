import { z } from 'zod';
import { settingsText } from '../settings-meta';
import { KIND_NAMES, PERMIT_KINDS, type PermitKind } from './kinds';

/**
 * What each municipality sets for the advertising permit: which kinds it issues, how long a
 * permit of each kind may run, its tariff, its processing terms and its territory. Stored in
 * service_settings, edited on the admin page; nothing here is per-municipality code.
 */

const zText = z.object({ lv: z.string().min(1).max(200), en: z.string().min(1).max(200) });

/** How the variable part of the fee grows. 'fixed' = the base fee only (e.g. a design change). */
export const FEE_UNITS = ['m2PerDay', 'm2PerMonth', 'fixed'] as const;
export type FeeUnit = (typeof FEE_UNITS)[number];

const UNIT_NAMES: Record<FeeUnit, { lv: string; en: string }> = {
	m2PerDay: { lv: 'Par m² dienā', en: 'Per m² per day' },
	m2PerMonth: { lv: 'Par m² mēnesī', en: 'Per m² per month' },
	fixed: { lv: 'Tikai pamatmaksa', en: 'Base fee only' }
};

export const zTariff = z.object({
	/** Charged once per application (the permit itself), in euro cents. */
	baseCents: z
		.number()
		.int()
		.min(0)
		.max(10_000_000)
		.meta({ ...settingsText('Pamatmaksa, EUR', 'Base fee, EUR'), unit: 'cents' }),
	/** Per m² per day or per month, in euro cents (fractions allowed: 0.5 = half a cent). */
	rateCents: z
		.number()
		.min(0)
		.max(1_000_000)
		.meta({ ...settingsText('Likme, EUR', 'Rate, EUR'), unit: 'cents' }),
	unit: z
		.enum(FEE_UNITS)
		.meta({ ...settingsText('Likmes vienība', 'Rate per'), optionLabels: UNIT_NAMES }),
	/** Zone id → multiplier of the variable part; a zone not listed counts as 1. */
	zoneMultipliers: z
		.record(z.string().max(40), z.number().min(0).max(100))
		.default({})
		.meta(
			settingsText('Zonu koeficienti', 'Zone multipliers', {
				lv: 'Zonas kods un reizinātājs; zona, kuras nav sarakstā, skaitās 1.',
				en: 'Zone code and multiplier; a zone not listed counts as 1.'
			})
		)
});
export type Tariff = z.infer<typeof zTariff>;

export const zZone = z.object({
	value: z.string().min(1).max(40).meta(settingsText('Kods', 'Code')),
	label: zText.meta(settingsText('Nosaukums', 'Name')),
	hint: zText
		.optional()
		.meta(settingsText('Paskaidrojums (nav obligāts)', 'Explanation (optional)'))
});

/** A closed ring of WGS84 points [lon, lat]; the municipality's territory or a box round it. */
export const zBoundary = z.object({
	/** Says whether the ring is the real border or a rough box (demo data is rough). */
	approximate: z.boolean().meta(settingsText('Robeža ir aptuvena', 'The boundary is approximate')),
	ring: z
		.array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]))
		.min(3)
		.max(5000)
		.meta(
			settingsText('Robežas punkti', 'Boundary points', {
				lv: 'Katrā rindā viens punkts: garums, platums (WGS84), piemēram 24.1052, 56.9496.',
				en: 'One point per line: longitude, latitude (WGS84), e.g. 24.1052, 56.9496.'
			})
		)
});
export type Boundary = z.infer<typeof zBoundary>;

const kindRecord = <T extends z.ZodType>(value: T) =>
	z.object(
		Object.fromEntries(
			PERMIT_KINDS.map((k) => [k, value.meta({ label: KIND_NAMES[k] })])
		) as Record<PermitKind, T>
	);

export const zPermitSettings = z.object({
	enabledKinds: z
		.array(z.enum(PERMIT_KINDS))
		.max(PERMIT_KINDS.length)
		.meta({
			...settingsText('Atļauju veidi, ko pašvaldība izsniedz', 'Kinds of permit issued here'),
			optionLabels: KIND_NAMES
		}),
	/** Longest period from–to (both days counted) of each kind, in days. */
	maxPeriodDays: kindRecord(z.number().int().min(1).max(3660)).meta(
		settingsText('Garākais periods, dienās', 'Longest period, in days')
	),
	tariffs: kindRecord(zTariff).meta(settingsText('Nodevas tarifi', 'Fee tariffs')),
	/** Fee zones of the municipality (city centre, rest of the city …), for the zone choice. */
	zones: z.array(zZone).max(50).meta(settingsText('Nodevas zonas', 'Fee zones')),
	processingDays: z
		.object({
			/** Working days to decide. */
			normal: z.number().int().min(1).max(60).meta(settingsText('Parasti', 'Normally')),
			/** Working days when the heritage authority must approve first. */
			heritage: z
				.number()
				.int()
				.min(1)
				.max(90)
				.meta(
					settingsText(
						'Ja jāsaņem Nacionālā kultūras mantojuma pārvaldes saskaņojums',
						'When the National Heritage Board must approve'
					)
				)
		})
		.meta(settingsText('Izskatīšanas termiņš, darba dienās', 'Processing term, in working days')),
	/** null = the point is not checked against a territory. */
	boundary: zBoundary.nullable().meta(
		settingsText(
			'Pārbaudīt, vai vieta ir pašvaldības teritorijā',
			'Check that the place is in the municipality',
			{
				lv: 'Ja nav atzīmēts, vietas koordinātas netiek salīdzinātas ar teritoriju.',
				en: 'If not ticked, the coordinates of the place are not compared with a territory.'
			}
		)
	)
});

export type PermitSettings = z.infer<typeof zPermitSettings>;
