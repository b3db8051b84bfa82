import fc from 'fast-check';
import { CONTENT_FIELDS, VALUES, type ContentField, type FieldValue } from './values';

/**
 * What fast-check generates: who holds which device, the operations in order, and the fate
 * of each network call. Arbitraries list their simplest case first, so a failure shrinks
 * towards fewer people, fewer operations and a network that just delivers.
 */

export type Choice = 'client' | 'server';

export type Op =
	| { kind: 'create'; device: number; complete: boolean }
	| { kind: 'edit'; device: number; app: number; field: ContentField; value: FieldValue }
	/** Every device of the person of `device` edits the same field, each to its own value. */
	| {
			kind: 'editEverywhere';
			device: number;
			app: number;
			field: ContentField;
			value: FieldValue;
	  }
	| { kind: 'submit'; device: number; app: number }
	| { kind: 'resolve'; device: number; conflict: number; choice: Choice }
	| { kind: 'sync'; device: number }
	| { kind: 'partition'; device: number; steps: number }
	| { kind: 'kill'; device: number }
	| { kind: 'officerEdit'; app: number; field: ContentField; value: FieldValue; stale: boolean }
	| { kind: 'officerReview'; app: number }
	| { kind: 'officerResolve'; app: number; conflict: number; choice: Choice }
	| { kind: 'wait' };

/** What the network does with one call (SYNC.md T3's chaos monkey). */
export type Fate =
	| { kind: 'ok' }
	/** The request reaches the server `steps` operations later. */
	| { kind: 'delayRequest'; steps: number }
	/** The server commits at once; the answer arrives `steps` operations later. */
	| { kind: 'delayResponse'; steps: number }
	/** Delivered and answered, and a copy of the request reaches the server again later. */
	| { kind: 'duplicate'; steps: number }
	/** The server commits; the answer never arrives. */
	| { kind: 'loseResponse' }
	/** The request never arrives. */
	| { kind: 'dropRequest' };

export interface Scenario {
	/** The person signed in on each device; one person may have several devices. */
	devices: string[];
	ops: Op[];
	/** Consumed in turn by every call, round and round. */
	fates: Fate[];
}

export const ANNA = 'demo-citizen-anna';

/** Anna on two or three devices (same-field concurrent edits), maybe Jānis and Līga too. */
const devicesArb: fc.Arbitrary<string[]> = fc
	.record({
		anna: fc.integer({ min: 2, max: 3 }),
		// Others come less often: their devices mostly make their own, separate drafts.
		janis: fc
			.boolean()
			.map((b) => !b)
			.chain((b) => (b ? fc.constant(false) : fc.boolean())),
		liga: fc
			.boolean()
			.map((b) => !b)
			.chain((b) => (b ? fc.constant(false) : fc.boolean()))
	})
	.map(({ anna, janis, liga }) => {
		const devices: string[] = Array.from({ length: anna }, () => ANNA);
		if (janis) {
			devices.push('demo-citizen-janis');
		}
		if (liga) {
			devices.push('demo-citizen-liga');
		}
		while (devices.length < 3) {
			devices.push(ANNA);
		}
		return devices;
	});

const device = fc.nat(4);
const index = fc.nat(3);
const choice = fc.constantFrom<Choice>('server', 'client');
const steps = fc.integer({ min: 1, max: 4 });
/** Most edits go to two fields, so that concurrent edits of the same field are common. */
const FIELD_WEIGHTS: Readonly<Record<ContentField, number>> = {
	childGivenName: 4,
	childPersonalCode: 3,
	childSurname: 1,
	institutionChoices: 1,
	startDate: 1
};
const fieldValue = fc.oneof(
	...CONTENT_FIELDS.map((field) => ({
		weight: FIELD_WEIGHTS[field],
		arbitrary: fc.record({ field: fc.constant(field), value: fc.constantFrom(...VALUES[field]) })
	}))
);

const opArb: fc.Arbitrary<Op> = fc.oneof(
	{ weight: 22, arbitrary: fc.record({ kind: fc.constant('sync' as const), device }) },
	{
		weight: 35,
		arbitrary: fc
			.tuple(device, index, fieldValue)
			.map(([d, app, fv]): Op => ({ kind: 'edit', device: d, app, ...fv }))
	},
	{
		weight: 6,
		arbitrary: fc
			.tuple(device, index, fieldValue)
			.map(([d, app, fv]): Op => ({ kind: 'editEverywhere', device: d, app, ...fv }))
	},
	{ weight: 5, arbitrary: fc.record({ kind: fc.constant('wait' as const) }) },
	{
		weight: 3,
		arbitrary: fc.record({ kind: fc.constant('create' as const), device, complete: fc.boolean() })
	},
	{ weight: 6, arbitrary: fc.record({ kind: fc.constant('submit' as const), device, app: index }) },
	{
		weight: 10,
		arbitrary: fc.record({
			kind: fc.constant('resolve' as const),
			device,
			conflict: index,
			choice
		})
	},
	{ weight: 4, arbitrary: fc.record({ kind: fc.constant('partition' as const), device, steps }) },
	{ weight: 4, arbitrary: fc.record({ kind: fc.constant('kill' as const), device }) },
	{
		weight: 8,
		arbitrary: fc
			.tuple(index, fieldValue, fc.boolean())
			.map(([app, fv, stale]): Op => ({ kind: 'officerEdit', app, ...fv, stale }))
	},
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('officerReview' as const), app: index }) },
	{
		weight: 6,
		arbitrary: fc.record({
			kind: fc.constant('officerResolve' as const),
			app: index,
			conflict: index,
			choice
		})
	}
);

const fateArb: fc.Arbitrary<Fate> = fc.oneof(
	{ weight: 10, arbitrary: fc.constant({ kind: 'ok' as const }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('delayRequest' as const), steps }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('delayResponse' as const), steps }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), steps }) },
	{ weight: 2, arbitrary: fc.constant({ kind: 'loseResponse' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'dropRequest' as const }) }
);

export function scenarioArb(maxOps: number): fc.Arbitrary<Scenario> {
	return fc.record({
		devices: devicesArb,
		// 'max': lengths spread up to maxOps (fast-check's default size keeps arrays near 5).
		ops: fc.array(opArb, { maxLength: maxOps, size: 'max' }),
		fates: fc.array(fateArb, { minLength: 1, maxLength: 30 })
	});
}
