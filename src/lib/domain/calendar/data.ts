import { z } from 'zod';
import { isoWeekday, zCalendarDate } from './dates';
import raw from './holidays-lv.json';

/**
 * The per-year facts no rule can compute (holidays-lv.json), checked when the module loads so
 * a mistyped edit fails every test at once instead of shifting due dates quietly.
 */

/** Darba likums Art. 133(4): a working day between a holiday and the weekend moves to a Saturday. */
const zTransfer = z
	.object({
		dayOff: zCalendarDate,
		workingDay: zCalendarDate,
		source: z.string().min(1)
	})
	.refine((transfer) => isoWeekday(transfer.dayOff) <= 5, 'the day off must be Monday to Friday')
	.refine(
		(transfer) => isoWeekday(transfer.workingDay) === 6,
		'the working day must be a Saturday'
	);

/**
 * Where the data wins over the rules for exactly one day: a one-off holiday decided by the
 * Saeima, the observed day after the Song and Dance Celebration, or a correction. It changes
 * that day only (add the day before separately if it becomes a pre-holiday day).
 */
const zOverride = z.discriminatedUnion('kind', [
	z.object({
		date: zCalendarDate,
		kind: z.literal('holiday'),
		nameLv: z.string().min(1),
		nameEn: z.string().min(1),
		source: z.string().min(1)
	}),
	z.object({
		date: zCalendarDate,
		kind: z.enum(['working', 'shortened']),
		source: z.string().min(1)
	})
]);

/**
 * Whether a year's transfers are known: 'published' (the order is in `transfers`), 'none' (no
 * order was issued, or there was no day to move: known to have no transfers) or 'unknown'.
 */
const zYearStatus = z.discriminatedUnion('cabinetOrder', [
	z.object({ cabinetOrder: z.literal('published'), source: z.string().min(1) }),
	z.object({ cabinetOrder: z.literal('none'), source: z.string().min(1) }),
	z.object({
		cabinetOrder: z.literal('unknown'),
		note: z.string().min(1),
		candidates: z.array(zCalendarDate)
	})
]);

export const zCalendarData = z
	.object({
		title: z.string(),
		provenance: z.unknown(),
		years: z.record(z.string().regex(/^\d{4}$/), zYearStatus),
		transfers: z.array(zTransfer),
		overrides: z.array(zOverride)
	})
	.refine((data) => unique(data.overrides.map((o) => o.date)), 'one override per date')
	.refine(
		(data) => unique(data.transfers.flatMap((t) => [t.dayOff, t.workingDay])),
		'a date takes part in one transfer at most'
	)
	.refine(
		(data) =>
			data.transfers.every((t) => data.years[t.dayOff.slice(0, 4)]?.cabinetOrder === 'published'),
		'a transfer belongs to a year whose order is published'
	);

export type CalendarData = z.infer<typeof zCalendarData>;
export type Transfer = z.infer<typeof zTransfer>;
export type Override = z.infer<typeof zOverride>;

function unique(values: string[]): boolean {
	return new Set(values).size === values.length;
}

/** The data shipped with Kopa. */
export const latvianCalendarData: CalendarData = zCalendarData.parse(raw);
