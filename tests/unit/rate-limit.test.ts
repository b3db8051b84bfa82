import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRateLimits, limitConfig, tooManyAttemptsMessage } from '../../server/kernel/limits';
import { retryAfterSeconds, SlidingWindowLimiter } from '../../server/kernel/rate-limit';

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
	let t = start;
	return { now: () => t, set: (value: number) => (t = value) };
}

/** Attempts as (gap since the previous one, key); times never go backwards. */
const zAttempts = fc.array(
	fc.record({ gap: fc.nat({ max: 3_000 }), key: fc.constantFrom('a', 'b', 'c') }),
	{ maxLength: 300 }
);

describe('SlidingWindowLimiter', () => {
	it('never allows more than N attempts of one key in any window', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 8 }),
				fc.integer({ min: 1, max: 10_000 }),
				zAttempts,
				(limit, windowMs, attempts) => {
					const clock = manualClock();
					const limiter = new SlidingWindowLimiter(limit, windowMs, clock.now);
					const allowed: { at: number; key: string }[] = [];
					let t = clock.now();
					for (const { gap, key } of attempts) {
						t += gap;
						clock.set(t);
						if (limiter.take(key).allowed) {
							allowed.push({ at: t, key });
						}
					}
					// Every window [start, start + windowMs) that begins at an allowed attempt
					// (the worst case: any window can be slid right until it does).
					for (const first of allowed) {
						const inWindow = allowed.filter(
							(a) => a.key === first.key && a.at >= first.at && a.at < first.at + windowMs
						);
						expect(inWindow.length).toBeLessThanOrEqual(limit);
					}
				}
			)
		);
	});

	it('refuses only when N attempts were allowed in the last window, and says when room comes', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 8 }),
				fc.integer({ min: 1, max: 10_000 }),
				zAttempts,
				(limit, windowMs, attempts) => {
					const clock = manualClock();
					const limiter = new SlidingWindowLimiter(limit, windowMs, clock.now);
					const allowed: { at: number; key: string }[] = [];
					let t = clock.now();
					for (const { gap, key } of attempts) {
						t += gap;
						clock.set(t);
						const decision = limiter.take(key);
						const recent = allowed.filter((a) => a.key === key && a.at > t - windowMs);
						if (decision.allowed) {
							expect(recent.length).toBeLessThan(limit);
							allowed.push({ at: t, key });
						} else {
							expect(recent.length).toBe(limit);
							// Exactly when the oldest of them leaves the window, and not before.
							expect(decision.retryAfterMs).toBe(recent[0]!.at + windowMs - t);
							expect(decision.retryAfterMs).toBeGreaterThan(0);
						}
					}
				}
			)
		);
	});

	it('forgets keys that went quiet', () => {
		const clock = manualClock();
		const limiter = new SlidingWindowLimiter(2, 1000, clock.now);
		for (let i = 0; i < 50; i++) {
			limiter.take(`address-${i}`);
		}
		expect(limiter.size).toBe(50);
		clock.set(clock.now() + 1001);
		limiter.take('someone-else');
		expect(limiter.size).toBe(1);
	});

	it('refuses nonsense limits at start-up rather than limiting nothing', () => {
		expect(() => new SlidingWindowLimiter(0, 1000)).toThrow(RangeError);
		expect(() => new SlidingWindowLimiter(1.5, 1000)).toThrow(RangeError);
		expect(() => new SlidingWindowLimiter(3, 0)).toThrow(RangeError);
	});
});

describe('server rate limits', () => {
	it('counts a person and their address, and a refusal uses up neither', () => {
		const clock = manualClock();
		const limits = createRateLimits(
			{
				signIn: { person: null, address: 10 },
				push: { person: 2, address: 3 },
				upload: { person: 5, address: 5 },
				myData: { person: 5, address: 5 },
				search: { person: 5, address: 5 }
			},
			clock.now
		);
		const anna = { person: 'anna', address: '10.0.0.1' };
		expect(limits.check('push', anna).allowed).toBe(true);
		expect(limits.check('push', anna).allowed).toBe(true);
		// Anna is at her limit; the refusals must not use up the shared address.
		expect(limits.check('push', anna)).toEqual({ allowed: false, retryAfter: 60 });
		expect(limits.check('push', anna).allowed).toBe(false);
		const janis = { person: 'janis', address: '10.0.0.1' };
		expect(limits.check('push', janis).allowed).toBe(true);
		// Now the address (3 a minute) is full, for Jānis as well.
		expect(limits.check('push', janis).allowed).toBe(false);
		// Kinds are separate.
		expect(limits.check('upload', anna).allowed).toBe(true);
		clock.set(clock.now() + 30_000);
		expect(limits.check('push', anna)).toEqual({ allowed: false, retryAfter: 30 });
		clock.set(clock.now() + 30_000);
		expect(limits.check('push', anna).allowed).toBe(true);
	});

	it('reads its limits from the environment, with defaults, and refuses a bad value', () => {
		expect(limitConfig({})).toEqual({
			signIn: { person: null, address: 10 },
			push: { person: 120, address: 600 },
			upload: { person: 600, address: 3000 },
			myData: { person: 5, address: 30 },
			search: { person: 60, address: 600 }
		});
		expect(limitConfig({ KOPA_RATE_PUSH: '5000', KOPA_RATE_SIGN_IN: '' }).push.person).toBe(5000);
		// The my-data export and the queue search: a few exports, a search a second, per person.
		expect(limitConfig({})).toMatchObject({
			myData: { person: 5, address: 30 },
			search: { person: 60, address: 600 }
		});
		expect(limitConfig({ KOPA_RATE_SEARCH: '20' }).search.person).toBe(20);
		expect(() => limitConfig({ KOPA_RATE_MY_DATA: '-1' })).toThrow(/KOPA_RATE_MY_DATA/);
		expect(() => limitConfig({ KOPA_RATE_UPLOAD: 'many' })).toThrow(/KOPA_RATE_UPLOAD/);
		expect(() => limitConfig({ KOPA_RATE_SIGN_IN: '0' })).toThrow(/KOPA_RATE_SIGN_IN/);
	});

	it('announces whole seconds, at least one, in both languages', () => {
		expect(retryAfterSeconds(1)).toBe(1);
		expect(retryAfterSeconds(1000)).toBe(1);
		expect(retryAfterSeconds(1001)).toBe(2);
		expect(tooManyAttemptsMessage(7)).toBe(
			'Pārāk daudz mēģinājumu. Mēģiniet vēlreiz pēc 7 s. / Too many attempts. Try again in 7 s.'
		);
	});
});
