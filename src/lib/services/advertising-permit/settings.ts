import { z } from 'zod';
import { settingsText } from '../settings-meta';
import { CHECK_KEYS, CHECK_NAMES, DEFAULT_INSPECTION_SETTINGS } from './inspection-setup';
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

/** The checks an inspector answers for one kind: at least one, each once (check boxes). */
const zChecklist = z
	.array(z.enum(CHECK_KEYS))
	.min(1)
	.max(CHECK_KEYS.length)
	.refine((keys) => new Set(keys).size === keys.length, 'field.invalid')
	.meta({ optionLabels: CHECK_NAMES });

/**
 * Field inspections (issue 7). Settings stored before inspections existed have no such
 * block: the default fills it in when they are read, so they still parse (a failed parse
 * would drop the municipality's whole settings for the defaults).
 */
export const zInspectionSettings = z
	.object({
		checklists: kindRecord(zChecklist).meta(
			settingsText('Pārbaudāmais pēc atļaujas veida', 'What is checked, by kind of permit', {
				lv: 'Jautājumi, uz kuriem inspektors atbild apsekošanas veidlapā.',
				en: 'The questions the inspector answers on the inspection form.'
			})
		),
		/** Metres from the permitted point beyond which the form warns (the place may differ). */
		maxDistanceMetres: z
			.number()
			.int()
			.min(5)
			.max(1000)
			.meta(
				settingsText(
					'Pieļaujamais attālums no atļautās vietas, m',
					'Allowed distance from the permitted place, m',
					{
						lv: 'Ja ierīces atrašanās vieta ir tālāk, inspektors redz brīdinājumu.',
						en: 'When the device is farther away, the inspector sees a warning.'
					}
				)
			),
		/** A fix less sure than this (metres) cannot place the object; the form warns. */
		maxAccuracyMetres: z
			.number()
			.int()
			.min(1)
			.max(500)
			.meta(
				settingsText(
					'Pieļaujamā atrašanās vietas neprecizitāte, m',
					'Allowed position inaccuracy, m',
					{
						lv: 'Ja ierīce savu atrašanās vietu zina neprecīzāk, inspektors redz brīdinājumu.',
						en: 'When the device knows its position less precisely, the inspector sees a warning.'
					}
				)
			),
		/** 0 = issued permits are not inspected periodically. */
		periodicMonths: z
			.number()
			.int()
			.min(0)
			.max(120)
			.meta(
				settingsText(
					'Kārtējās apsekošanas biežums, mēnešos',
					'Periodic inspection every, in months',
					{
						lv: '0 nozīmē, ka izsniegtās atļaujas kārtējā kārtā neapseko.',
						en: '0 means issued permits are not inspected periodically.'
					}
				)
			)
	})
	.default(DEFAULT_INSPECTION_SETTINGS)
	.meta(settingsText('Apsekošana uz vietas', 'Field inspections'));

/** ISO 13616 check digits: the IBAN with its first four characters moved last, mod 97 = 1. */
function ibanChecksumOk(iban: string): boolean {
	const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (c) =>
		String(c.charCodeAt(0) - 55)
	);
	let rest = 0;
	for (const d of digits) {
		rest = (rest * 10 + Number(d)) % 97;
	}
	return rest === 1;
}

/** Where the permit fee is paid: printed with the fee on the decision (issue 13, item 8). */
export const zPaymentDetails = z.object({
	recipient: z
		.string()
		.trim()
		.min(1, 'field.required')
		.max(200)
		.meta(settingsText('Saņēmējs', 'Recipient')),
	iban: z
		.string()
		.regex(/^LV\d{2}[A-Z]{4}[A-Z0-9]{13}$/, 'permitPayment.iban')
		.refine(ibanChecksumOk, 'permitPayment.iban')
		.meta(
			settingsText('Konts (IBAN)', 'Account (IBAN)', {
				lv: 'Latvijas IBAN bez atstarpēm, piemēram, LV44DEMO0000000000001.',
				en: 'A Latvian IBAN without spaces, e.g. LV44DEMO0000000000001.'
			})
		)
});
export type PaymentDetails = z.infer<typeof zPaymentDetails>;

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
	),
	inspection: zInspectionSettings,
	/** Null until set: the decision then states the fee without where to pay it. */
	payment: zPaymentDetails
		.nullable()
		.default(null)
		.meta(
			settingsText(
				'Nodevas maksājuma rekvizīti lēmumā',
				'Where the fee is paid, as the decision states it'
			)
		)
});

export type PermitSettings = z.infer<typeof zPermitSettings>;
