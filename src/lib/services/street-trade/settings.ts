import { z } from 'zod';
import { settingsText } from '../settings-meta';
import { TRADE_CHECKS, TRADE_CHECK_NAMES } from './checks';
import { CLOSING_OPTIONS, OPENING_OPTIONS } from './options';

/**
 * What each municipality sets for the street trade permit: its duty zones with a daily rate,
 * the longest period, the trading hours and stall sizes it allows, its processing term, its
 * territory, where the duty is paid and how its inspectors check trading places. Stored in
 * service_settings and edited on the admin page; nothing here is per-municipality code.
 */

const zText = z.object({ lv: z.string().min(1).max(200), en: z.string().min(1).max(200) });

/** A duty zone: the historic centre dearer than the rest, as municipal duty rules set it. */
export const zTradeZone = z.object({
	value: z.string().min(1).max(40).meta(settingsText('Kods', 'Code')),
	label: zText.meta(settingsText('Nosaukums', 'Name')),
	hint: zText
		.optional()
		.meta(settingsText('Paskaidrojums (nav obligāts)', 'Explanation (optional)')),
	/** The duty for one trading day in this zone, in euro cents. */
	dailyRateCents: z
		.number()
		.int()
		.min(0)
		.max(1_000_000)
		.meta({ ...settingsText('Nodeva par dienu, EUR', 'Duty per day, EUR'), unit: 'cents' })
});
export type TradeZone = z.infer<typeof zTradeZone>;

/** A closed ring of WGS84 points [lon, lat]: the municipality's territory or a box round it. */
export const zTerritory = z.object({
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
export type Territory = z.infer<typeof zTerritory>;

const openingTimes = OPENING_OPTIONS.map((o) => o.value) as [string, ...string[]];
const closingTimes = CLOSING_OPTIONS.map((o) => o.value) as [string, ...string[]];

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

export const zTradePayment = z.object({
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

/** The checks an inspector answers: at least one, each once (check boxes). */
const zChecklist = z
	.array(z.enum(TRADE_CHECKS))
	.min(1)
	.max(TRADE_CHECKS.length)
	.refine((keys) => new Set(keys).size === keys.length, 'field.invalid')
	.meta({
		...settingsText('Pārbaudāmais', 'What is checked', {
			lv: 'Jautājumi, uz kuriem inspektors atbild apsekošanas veidlapā.',
			en: 'The questions the inspector answers on the inspection form.'
		}),
		optionLabels: TRADE_CHECK_NAMES
	});

export const zTradeInspection = z
	.object({
		checklist: zChecklist,
		/** Metres from the permitted point beyond which the inspector's form warns. */
		maxDistanceMetres: z
			.number()
			.int()
			.min(5)
			.max(1000)
			.meta(
				settingsText(
					'Pieļaujamais attālums no atļautās vietas, m',
					'Allowed distance from the permitted place, m'
				)
			),
		/** A position fix less sure than this (metres) cannot tell the place; the form warns. */
		maxAccuracyMetres: z
			.number()
			.int()
			.min(1)
			.max(500)
			.meta(
				settingsText(
					'Pieļaujamā atrašanās vietas neprecizitāte, m',
					'Allowed position inaccuracy, m'
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
	.meta(settingsText('Apsekošana uz vietas', 'Field inspections'));
export type TradeInspectionSettings = z.infer<typeof zTradeInspection>;

export const zTradeSettings = z.object({
	/** Duty zones; the applicant picks the one the place is in. */
	zones: z
		.array(zTradeZone)
		.min(1)
		.max(50)
		// The applicant's choice names a zone by its code: two zones of one code would make the
		// daily rate depend on which comes first.
		.refine((zones) => new Set(zones.map((z) => z.value)).size === zones.length, 'field.invalid')
		.meta(settingsText('Nodevas zonas', 'Duty zones')),
	/** Charged once per permit (preparing it), in euro cents; 0 = none. */
	issueFeeCents: z
		.number()
		.int()
		.min(0)
		.max(10_000_000)
		.meta({
			...settingsText('Maksa par atļaujas izsniegšanu, EUR', 'Fee for issuing the permit, EUR'),
			unit: 'cents'
		}),
	/** Longest period from–to (both days counted), in days. */
	maxPeriodDays: z
		.number()
		.int()
		.min(1)
		.max(366)
		.meta(settingsText('Garākais periods, dienās', 'Longest period, in days')),
	hours: z
		.object({
			earliestOpening: z.enum(openingTimes).meta(settingsText('Ne agrāk kā', 'Not before')),
			latestClosing: z.enum(closingTimes).meta(settingsText('Ne vēlāk kā', 'Not after'))
		})
		.meta(settingsText('Atļautais tirdzniecības laiks', 'Trading hours allowed')),
	stall: z
		.object({
			maxWidthM: z
				.number()
				.min(0.5)
				.max(20)
				.meta(settingsText('Lielākais platums, m', 'Largest width, m')),
			maxDepthM: z
				.number()
				.min(0.5)
				.max(20)
				.meta(settingsText('Lielākais dziļums, m', 'Largest depth, m'))
		})
		.meta(settingsText('Tirdzniecības vietas izmēri', 'Size of the trading place')),
	/** Working days to decide. */
	processingDays: z
		.number()
		.int()
		.min(1)
		.max(60)
		.meta(settingsText('Izskatīšanas termiņš, darba dienās', 'Processing term, in working days')),
	/** null = the point is not checked against a territory. */
	boundary: zTerritory
		.nullable()
		.meta(
			settingsText(
				'Pārbaudīt, vai vieta ir pašvaldības teritorijā',
				'Check that the place is in the municipality'
			)
		),
	inspection: zTradeInspection,
	/** Null until set: the decision then states the duty without where to pay it. */
	payment: zTradePayment
		.nullable()
		.default(null)
		.meta(
			settingsText(
				'Nodevas maksājuma rekvizīti lēmumā',
				'Where the duty is paid, as the decision states it'
			)
		)
});

export type TradeSettings = z.infer<typeof zTradeSettings>;
